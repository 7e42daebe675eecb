/**
 * Components whose code a page loads after its first render (a dynamic import: a chunk of its
 * own), so the side panel shows the live meeting before it has parsed its forms and cards.
 * preload() starts every such load once the page has rendered: a control shown later (a
 * disclosure opened by keyboard, then Tab) is then already there, not a chunk away.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Lazy<P> extends FunctionComponent<P> {
  load(): Promise<FunctionComponent<P>>;
}

const all: Lazy<never>[] = [];

/** `load` resolves to the component; until it has, the component renders nothing. */
export function lazy<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  let loading: Promise<FunctionComponent<P>> | null = null;
  const start = () =>
    (loading ??= load().then((c) => (loaded = c), (e: unknown) => {
      loading = null; // a later render tries again
      throw e;
    }));
  const Component: Lazy<P> = (props: P) => {
    const [, setReady] = useState(false);
    const Loaded = loaded;
    useEffect(() => {
      if (Loaded) return; // rendered the component itself: nothing to wait for
      let mounted = true;
      start().then(
        () => mounted && setReady(true),
        (e: unknown) => console.error('Roundtable: a part of this page failed to load', e),
      );
      return () => void (mounted = false);
    }, []);
    return Loaded ? <Loaded {...props} /> : null;
  };
  Component.load = start;
  all.push(Component as unknown as Lazy<never>);
  return Component;
}

/** Loads every lazy component's code now (call after the first render). */
export function preload(): void {
  for (const c of all) c.load().catch((e: unknown) => console.error('Roundtable: a part of this page failed to load', e));
}
