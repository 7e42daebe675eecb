/**
 * WCAG 2.4.3 after a form or control unmounts: when the focused element disappears (Start
 * round's form gives way to the round, End round's controls to the start button, the manual
 * start form to the live meeting), browsers drop focus to <body> and a keyboard user starts
 * over from the top. This hook remembers the last focused element inside `root` and, when it
 * is gone (removed or no longer rendered) and focus is on the body, moves focus to the first
 * of `targets` (selectors, best first) that exists. It never steals focus from anything else.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

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
  // After every render: the render may just have removed the focused element. A layout effect,
  // in the render's own task, which asks only where focus is: a plain effect costs every render
  // two timer tasks of Preact's after-paint queue (a side panel redrawing twice a second and at
  // each act in a busy call: 4 or more tasks a second, issue 9). Whether the element is still
  // shown lays the page out, so that is asked after the task, and only when focus is on the body
  // after a control had it.
  useLayoutEffect(() => {
    if (onBody() && last.current) setTimeout(rescue);
  });
  function rescue() {
    if (!onBody() || !last.current || rendered(last.current)) return;
    for (const selector of targets) {
      const el = document.querySelector<HTMLElement>(selector);
      if (el && rendered(el)) {
        el.focus();
        last.current = el;
        return;
      }
    }
  }
}

function onBody(): boolean {
  const active = document.activeElement;
  return !active || active === document.body;
}
