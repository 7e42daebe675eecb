/**
 * The toolbar badge's countdown, kept by the worker (issue 12) so that it runs with the side
 * panel closed: a facilitator watching the call, not the panel, still sees the box run out.
 *
 * Nothing counts: each refresh reads the live meeting's round at `now` (deadline minus now, as
 * everywhere) and writes the badge only when its text, colour or title changes. While a box runs
 * the next refresh is set for the moment the shown second changes; a change of the meeting (a
 * turn, an extension, a pause, the end) refreshes at once. A stopped worker is woken by an alarm
 * while a box runs (`wake`), and refreshes on every wake-up, so the badge is never left counting
 * from a dead worker for longer than the alarm's period.
 */
import type { MeetingState } from '../../../shared/core/meeting/meeting-state';
import { activeRoundView } from '../../../shared/core/rounds/round-view';
import type { TimerView } from '../../../shared/ui/types';
import { badgeFor, type Badge } from './badge';

export type BadgeTexts = Parameters<typeof badgeFor>[2];

export interface BadgeClockDeps {
  /** Runs `read` on the live meeting the badge follows (null: none), once the host has it rebuilt. */
  withLive<T>(read: (state: MeetingState | null) => T): Promise<T>;
  warnMs(): Promise<number>;
  now(): number;
  apply(badge: Badge): void;
  texts: BadgeTexts;
  /** Keep waking the worker (an alarm) while a box runs; off when none does. */
  wake(on: boolean): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The running box at `now` and whose turn it is, as the badge reads them. */
export function boxAt(s: MeetingState | null, now: number, warnMs: number): { timer: TimerView | null; turnName: string | null } {
  const r = s ? activeRoundView(s, now) : null;
  if (!s || !r || r.status === 'ended' || r.remainingMs === null || r.allottedMs === null) return { timer: null, turnName: null };
  return {
    timer: { remainingMs: r.remainingMs, totalMs: r.allottedMs, paused: r.status === 'paused', warnMs },
    turnName: r.current ? (s.participants.get(r.current)?.name ?? r.current) : null,
  };
}

export class BadgeClock {
  private shown = '';
  private next: unknown = null;
  private generation = 0;
  private waking: boolean | null = null;

  constructor(private readonly deps: BadgeClockDeps) {}

  /** Reads the meeting now and shows it; call on every change of the meeting and on wake-up. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    if (this.next !== null) this.deps.clearTimeout(this.next);
    this.next = null;
    const warnMs = await this.deps.warnMs();
    const now = this.deps.now();
    const { timer, turnName } = await this.deps.withLive((s) => boxAt(s, now, warnMs));
    // A newer refresh started meanwhile: it shows a later instant.
    if (generation !== this.generation) return;
    const badge = badgeFor(timer, turnName, this.deps.texts);
    const key = `${badge.text}|${badge.color}|${badge.title}`;
    if (key !== this.shown) {
      this.shown = key;
      this.deps.apply(badge);
    }
    const running = timer !== null && !timer.paused;
    if (running !== this.waking) {
      this.waking = running;
      this.deps.wake(running);
    }
    if (!running) return;
    // When the shown second changes: remaining time counts down through whole seconds (rounded up), overtime up.
    const r = timer.remainingMs;
    const untilChange = r > 0 ? r % 1000 || 1000 : 1000 - (-r % 1000);
    this.next = this.deps.setTimeout(() => void this.refresh(), untilChange + 5);
  }
}
