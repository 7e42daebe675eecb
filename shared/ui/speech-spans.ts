/**
 * Speech intervals for the timeline, read from the event record. The core's ledger keeps only
 * running totals (so a live meeting never refolds), which is right for metrics but has no
 * "who spoke when"; the summary views read the record once instead.
 *
 * Follows design.md: an interval runs from speech.started to the next speech.ended of the same
 * pid; a repeated start while speaking and an end without a start are ignored; an open
 * interval closes at the participant's participant.left, at meeting.ended, or at the window's
 * end. Intervals are clipped to the window and returned relative to its start, in start order.
 */
import type { MeetingEvent, Pid } from '../core/record/events';
import type { SpeechSpan } from './types';

export function speechSpans(events: readonly MeetingEvent[], windowStart: number, windowEnd: number): SpeechSpan[] {
  const open = new Map<Pid, number>();
  const spans: SpeechSpan[] = [];
  const close = (pid: Pid, at: number) => {
    const from = open.get(pid);
    if (from === undefined) return;
    open.delete(pid);
    const start = Math.max(from, windowStart);
    const end = Math.min(at, windowEnd);
    if (end > start) spans.push({ pid, startMs: start - windowStart, endMs: end - windowStart });
  };
  // Stable sort by time, as readers do before folding.
  const sorted = events.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => a.t - b.t || i - j);
  for (const [e] of sorted) {
    if (e.type === 'speech.started') {
      if (!open.has(e.pid)) open.set(e.pid, e.t);
    } else if (e.type === 'speech.ended' || e.type === 'participant.left') close(e.pid, e.t);
    else if (e.type === 'meeting.ended') for (const pid of [...open.keys()]) close(pid, e.t);
  }
  for (const pid of [...open.keys()]) close(pid, windowEnd);
  return spans.sort((a, b) => a.startMs - b.startMs || (a.pid < b.pid ? -1 : a.pid > b.pid ? 1 : 0));
}
