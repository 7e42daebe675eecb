/**
 * What the side panel does beyond its own page when a time box runs: the toolbar badge (the
 * countdown, amber in the warning time, red with "+" once over: badge.ts) and the optional
 * chime when time is up. Applied from the panel's render, which comes once a second and reads
 * timestamps, so the badge never counts; it is only written when its text, colour or title
 * changes. When the panel goes away the badge is cleared rather than left frozen.
 */
import { useEffect, useRef } from 'preact/hooks';
import { playTimeUp } from '../../../shared/ui/chime';
import type { LiveState } from '../../../shared/ui/types';
import { badgeFor, type Badge } from '../badge';
import { msg } from '../i18n';
import { browser } from '../platform/browser';
import type { Settings } from '../settings';

function apply(badge: Badge): void {
  const action = browser.action;
  void action.setBadgeText({ text: badge.text }).catch(() => undefined);
  void action.setBadgeBackgroundColor({ color: badge.color }).catch(() => undefined);
  // Not in every browser version: the white text is the default where it is missing.
  void action.setBadgeTextColor?.({ color: '#ffffff' })?.catch(() => undefined);
  void action.setTitle({ title: badge.title }).catch(() => undefined);
}

const TEXTS = {
  left: (name: string, clock: string) => msg('badgeLeft', name, clock),
  up: (name: string, clock: string) => msg('badgeUp', name, clock),
  paused: (name: string, clock: string) => msg('badgePaused', name, clock),
  get idle() {
    return msg('actionTitle');
  },
};

export function useTimeBoxAlerts(live: LiveState | null, settings: Settings): void {
  const shown = useRef('');
  const last = useRef<{ box: string; remainingMs: number } | null>(null);
  const badge = badgeFor(live?.timer ?? null, live?.turnName ?? null, TEXTS);
  const key = `${badge.text}|${badge.color}|${badge.title}`;
  useEffect(() => {
    if (key === shown.current) return;
    shown.current = key;
    apply(badge);
  });

  // The chime: once when a box crosses zero while this panel watches it (not on opening a panel over a box already over).
  const box = live?.round && live.timer ? `${live.round.rid}|${live.turnName ?? ''}` : null;
  const remaining = live?.timer && !live.timer.paused ? live.timer.remainingMs : null;
  useEffect(() => {
    const prev = last.current;
    last.current = box !== null && remaining !== null ? { box, remainingMs: remaining } : null;
    if (settings.chime === 'off' || !prev || box === null || remaining === null) return;
    if (prev.box === box && prev.remainingMs > 0 && remaining <= 0) playTimeUp(settings.chime);
  }, [box, remaining, settings.chime]);

  useEffect(() => {
    const clear = () => apply({ text: '', color: '#0b5cad', title: msg('actionTitle') });
    addEventListener('pagehide', clear);
    return () => {
      removeEventListener('pagehide', clear);
      clear();
    };
  }, []);
}
