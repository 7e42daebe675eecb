/**
 * A deliberately naive model of design.md's speech metrics for the property tests: explicit
 * interval lists per pid, then a sweep for union and overlap. It shares no code with the
 * fold's running counters, so agreement between the two means something.
 */
import type { MeetingEvent } from '../../../shared/core/record/events';

/** Interval lists per pid following design.md, then a sweep for union and overlap. */
export function reference(events: MeetingEvent[], now: number, minGapMs: number) {
  const startedAt = events.find((e) => e.type === 'meeting.started')?.t;
  const T0w = startedAt ?? events[0]?.t ?? 0;
  const endEv = events.find((e) => e.type === 'meeting.ended');
  const T1 = endEv ? endEv.t : Math.max(now, events[events.length - 1]?.t ?? now);
  const open = new Map<string, number>();
  const intervals = new Map<string, [number, number][]>();
  const add = (p: string, a: number, b: number) => {
    const lo = Math.max(a, T0w);
    const hi = Math.min(b, T1);
    if (!intervals.has(p)) intervals.set(p, []);
    if (hi >= lo) intervals.get(p)!.push([lo, hi]);
  };
  for (const e of events) {
    if (e.t > T1 || (endEv && e === endEv)) break;
    if (e.type === 'speech.started' && !open.has(e.pid)) open.set(e.pid, e.t);
    else if ((e.type === 'speech.ended' || e.type === 'participant.left') && open.has(e.pid)) {
      add(e.pid, open.get(e.pid)!, e.t);
      open.delete(e.pid);
    }
  }
  for (const [p, a] of open) add(p, a, T1);
  const talk = new Map<string, number>();
  const turns = new Map<string, number>();
  const points: [number, number][] = [];
  for (const [p, xs] of intervals) {
    // Intervals that lie before T0 were clipped to [T0, T0]: keep only those that reach into the window.
    const inside = xs.filter(([a, b]) => b > T0w || a >= T0w);
    talk.set(p, inside.reduce((acc, [a, b]) => acc + b - a, 0));
    let n = 0;
    let lastEnd: number | null = null;
    for (const [a, b] of inside) {
      if (lastEnd === null || a - lastEnd >= minGapMs) n++;
      lastEnd = b;
    }
    turns.set(p, n);
    for (const [a, b] of inside) points.push([a, 1], [b, -1]);
  }
  points.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let depth = 0;
  let prev = 0;
  let union = 0;
  let overlap = 0;
  for (const [x, d] of points) {
    if (depth >= 1) union += x - prev;
    if (depth >= 2) overlap += x - prev;
    depth += d;
    prev = x;
  }
  return { talk, turns, union, overlap };
}
