/**
 * The balance at evenly spaced instants of a finished meeting, for the summary's replay: the
 * core folds the record once and computes its metrics at each instant, so a replayed bar shows
 * exactly what the live panel showed then (never an approximation from the timeline).
 */
import { createMeetingState } from '../core/meeting/meeting-state';
import { applyEvent } from '../core/meeting/meeting-parts';
import type { MeetingEvent } from '../core/record/events';
import { computeMetrics } from '../core/talk/metrics';
import type { BalanceFrame } from './types';

/** At most this many frames: one per second of meeting, capped (a bar moves a 240th of the meeting at a time). */
export const MAX_FRAMES = 240;

export function balanceFrames(events: readonly MeetingEvent[], windowStart: number, durationMs: number, options: { minGapMs?: number } = {}): BalanceFrame[] {
  const n = Math.max(2, Math.min(MAX_FRAMES, Math.floor(durationMs / 1000) + 1));
  const sorted = events.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => a.t - b.t || i - j);
  const s = createMeetingState({ minGapMs: options.minGapMs });
  const frames: BalanceFrame[] = [];
  let next = 0;
  for (let k = 0; k < n; k++) {
    const atMs = Math.round((durationMs * k) / (n - 1));
    const t = windowStart + atMs;
    // Events at the frame's instant count (a meeting.ended at the last instant closes the window there).
    while (next < sorted.length && sorted[next]![0].t <= t) applyEvent(s, sorted[next++]![0]);
    const m = computeMetrics(s, t);
    frames.push({
      atMs,
      people: m.participants.filter((p) => p.counted).map((p) => ({ pid: p.pid, talkMs: p.talkMs, share: p.share, fairShare: p.fairShare, turns: p.turns, quiet: p.quiet, dominant: p.dominant })),
    });
  }
  return frames;
}
