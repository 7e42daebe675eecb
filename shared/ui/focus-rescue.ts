/**
 * WCAG 2.4.3 after a form or control unmounts: when the focused element disappears (Start
 * round's form gives way to the round, End round's controls to the start button, the manual
 * start form to the live meeting), browsers drop focus to <body> and a keyboard user starts
 * over from the top. This hook remembers the last focused element inside `root` and, when it
 * is gone (removed or no longer rendered) and focus is on the body, moves focus to the first
 * of `targets` (selectors, best first) that exists. It never steals focus from anything else.
 */
import { useEffect, useRef } from 'preact/hooks';

export function rendered(el: Element): boolean {
  return el.isConnected && el.getClientRects().length > 0;
}

export function useFocusRescue(targets: readonly string[]): void {
  const last = useRef<Element | null>(null);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof Element) last.current = e.target;
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  // After every render: the render may just have removed the focused element.
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    if (!last.current || rendered(last.current)) return;
    for (const selector of targets) {
      const el = document.querySelector<HTMLElement>(selector);
      if (el && rendered(el)) {
        el.focus();
        last.current = el;
        return;
      }
    }
  });
}
