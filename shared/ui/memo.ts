/**
 * `memo(Render)`: a component that renders Render only when one of its props changed (compared
 * one by one with Object.is), as preact/compat's memo does, without loading preact/compat (whose
 * module hooks into every element Preact creates). For parts redrawn often that mostly show the
 * same thing: give them what they show (texts, flags, numbers) and stable functions.
 */
import { Component, h, type FunctionComponent } from 'preact';

export function samePropsAs(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => k in b && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function memo<P extends object>(Render: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !samePropsAs(this.props, next);
    }
    override render(props: P) {
      return h(Render, props);
    }
  }
  (Memo as { displayName?: string }).displayName = `memo(${Render.displayName ?? Render.name})`;
  return Memo as unknown as FunctionComponent<P>;
}
