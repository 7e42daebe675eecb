/**
 * A panel's own single keys (Next's N, manual marking's digits): one keydown listener on the
 * document for as long as the component is mounted, calling the handler of the latest render.
 *
 * It subscribes in a layout effect, in the same task that puts the controls naming the keys on
 * screen, and never re-subscribes. An effect runs after the next frame (Preact: up to a frame
 * plus a timer later) and one keyed on a prop re-subscribes after every change of it; either
 * leaves a moment in which the keys are shown but a press is dropped. That lost the "2" of a
 * CI run that pressed it as soon as manual mode's marks appeared; a facilitator on a busy
 * machine would lose it the same way.
 *
 * Keys typed into a field or pressed with Alt, Ctrl or Meta, and keys another handler already
 * took, never reach `onKey`. It returns true when it used the key (its default is prevented).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

export function usePageKeys(onKey: (e: KeyboardEvent) => boolean): void {
  const latest = useRef(onKey);
  latest.current = onKey;
  useLayoutEffect(() => {
    const listener = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || target?.closest?.('input, select, textarea, [contenteditable="true"]')) return;
      if (latest.current(e)) e.preventDefault();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
