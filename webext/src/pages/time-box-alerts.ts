/**
 * What the side panel does beyond its own page when a time box runs: the optional chime when
 * time is up (audio needs a page; the worker has none). The toolbar badge is the worker's
 * (background/badge-clock.ts), so it runs with the panel closed. Applied from the panel's render,
 * which comes once a second and reads timestamps. The chime's code is imported when it plays, not
 * with the live part: the settings panel (loaded after the live part) has it already, so by a
 * time-up it is in the page, and an import of a module already there resolves at once.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { LiveState } from '../../../shared/ui/types';
import type { Settings } from '../storage/settings';
import { partFailed } from './lazy';

export function useTimeBoxAlerts(live: LiveState | null, settings: Settings): void {
  const last = useRef<{ box: string; remainingMs: number } | null>(null);
  // The chime: once when a box crosses zero while this panel watches it (not on opening a panel over a box already over).
  const box = live?.round && live.timer ? `${live.round.rid}|${live.turnName ?? ''}` : null;
  const remaining = live?.timer && !live.timer.paused ? live.timer.remainingMs : null;
  useEffect(() => {
    const prev = last.current;
    last.current = box !== null && remaining !== null ? { box, remainingMs: remaining } : null;
    if (settings.chime === 'off' || !prev || box === null || remaining === null) return;
    if (prev.box === box && prev.remainingMs > 0 && remaining <= 0) {
      const tone = settings.chime;
      import('../../../shared/ui/chime').then((m) => m.playTimeUp(tone), partFailed);
    }
  }, [box, remaining, settings.chime]);
}
