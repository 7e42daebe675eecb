/**
 * The toolbar badge during a time box, so time-up reaches a facilitator who is watching the
 * call and not the panel: the countdown as "0:42" (or "12m" past ten minutes), amber in the
 * warning time, and once over, red with a "+" ("+12", "+3m"): the text changes as well as the
 * colour. Empty outside a timed box. Pure, so the wording is unit-tested; the panel applies it.
 */
import type { TimerView } from '../../../shared/ui/types';

export interface Badge {
  text: string;
  /** Background colour (the badge's text is white in every browser). */
  color: string;
  /** The toolbar button's tooltip. */
  title: string;
}

export const BADGE_COLORS = { running: '#0b5cad', warning: '#8a4b00', over: '#b3261e', paused: '#57606a' } as const;

// Whole seconds as the badge shows them. Time left rounds up (a box never reads 0:00 before it
// is up) and time over rounds down (it reads +0 until a full second has passed), as the panel's
// clock does; the text and the tooltip both read these, so they can never differ by a second.
const secondsLeft = (ms: number) => Math.ceil(ms / 1000);
const secondsOver = (ms: number) => Math.floor(ms / 1000);

function clock(s: number): string {
  if (s < 600) return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return `${Math.floor(s / 60)}m`;
}

function over(s: number): string {
  return s < 100 ? `+${s}` : `+${Math.floor(s / 60)}m`;
}

/** `texts`: the localised tooltips (time left / time up / paused, with the turn's name and the figure). */
export function badgeFor(
  timer: TimerView | null,
  turnName: string | null,
  texts: { left(name: string, clock: string): string; up(name: string, clock: string): string; paused(name: string, clock: string): string; idle: string },
): Badge {
  if (!timer) return { text: '', color: BADGE_COLORS.running, title: texts.idle };
  const name = turnName ?? '';
  if (timer.remainingMs <= 0) {
    const s = secondsOver(-timer.remainingMs);
    return { text: over(s), color: BADGE_COLORS.over, title: texts.up(name, `+${clock(s)}`) };
  }
  const left = clock(secondsLeft(timer.remainingMs));
  if (timer.paused) return { text: left, color: BADGE_COLORS.paused, title: texts.paused(name, left) };
  const warning = timer.remainingMs <= timer.warnMs;
  return { text: left, color: warning ? BADGE_COLORS.warning : BADGE_COLORS.running, title: texts.left(name, left) };
}
