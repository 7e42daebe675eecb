/**
 * A deliberately naive model of design.md's speech metrics for the property tests: explicit
 * interval lists per pid, then a sweep for union and overlap. It shares no code with the
 * fold's running counters, so agreement between the two means something.
 */
import type { MeetingEvent } from '../../../shared/core/record/events';

/** Each pid's speech intervals inside the window, in order, following design.md. */
export function referenceIntervals(events: MeetingEvent[], now: number) {
  const startedAt = events.find((e) => e.type === 'meeting.started')?.t;
  const T0w = startedAt ?? events[0]?.t ?? 0;
  const endEv = events.find((e) => e.type === 'meeting.ended');
  const T1 = endEv ? endEv.t : Math.max(now, events[events.length - 1]?.t ?? now);
  const open = new Map<string, number>();
  // The third element: the interval was ended (by its speech.ended, a leave or meeting.ended);
  // an ended interval of zero length is no speech (no turn), an open one is speech under way.
  const intervals = new Map<string, [number, number, boolean][]>();
  const add = (p: string, a: number, b: number, ended: boolean) => {
    const lo = Math.max(a, T0w);
    const hi = Math.min(b, T1);
    if (!intervals.has(p)) intervals.set(p, []);
    if (hi >= lo) intervals.get(p)!.push([lo, hi, ended]);
  };
  for (const e of events) {
    if (e.t > T1 || (endEv && e === endEv)) break;
    if (e.type === 'speech.started' && !open.has(e.pid)) open.set(e.pid, e.t);
    else if ((e.type === 'speech.ended' || e.type === 'participant.left') && open.has(e.pid)) {
      add(e.pid, open.get(e.pid)!, e.t, true);
      open.delete(e.pid);
    }
  }
  for (const [p, a] of open) add(p, a, T1, endEv !== undefined);
  return { T0: T0w, T1, intervals };
}

/** Interval lists per pid following design.md, then a sweep for union and overlap. */
export function reference(events: MeetingEvent[], now: number, minGapMs: number) {
  const { T0: T0w, intervals } = referenceIntervals(events, now);
  const talk = new Map<string, number>();
  const turns = new Map<string, number>();
  const points: [number, number][] = [];
  for (const [p, xs] of intervals) {
    // Intervals that lie before T0 were clipped to [T0, T0]: keep only those that reach into the window.
    const inside = xs.filter(([a, b]) => b > T0w || a >= T0w);
    talk.set(p, inside.reduce((acc, [a, b]) => acc + b - a, 0));
    let n = 0;
    let lastEnd: number | null = null;
    for (const [a, b, ended] of inside) {
      if (ended && a === b) continue;
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

/**
 * design.md's floor dynamics, read off the page literally: join each pid's intervals into
 * turns, mark backchannels by searching every other turn, sort the rest, walk the pairs.
 */
export function referenceFloor(events: MeetingEvent[], now: number, minGapMs: number, backchannelMs: number) {
  const { T0, T1, intervals } = referenceIntervals(events, now);
  type Turn = { pid: string; start: number; end: number };
  const turns: Turn[] = [];
  for (const [pid, xs] of intervals) {
    let cur: Turn | null = null;
    for (const [a, b, ended] of xs) {
      if (ended && a === b) continue; // zero-length speech is no speech: no turn, no backchannel (as reference() counts turns)
      if (cur && a - cur.end < minGapMs) cur.end = b;
      else turns.push((cur = { pid, start: a, end: b }));
    }
  }
  const people = new Map<string, { longestTurnMs: number; backchannels: number; interruptionsMade: number; interruptionsReceived: number }>();
  const who = (pid: string) => {
    if (!people.has(pid)) people.set(pid, { longestTurnMs: 0, backchannels: 0, interruptionsMade: 0, interruptionsReceived: 0 });
    return people.get(pid)!;
  };
  const isBackchannel = (p: Turn) => p.end - p.start < backchannelMs && turns.some((q) => q.pid !== p.pid && q.start <= p.start && p.end <= q.end);
  for (const x of turns) who(x.pid).longestTurnMs = Math.max(who(x.pid).longestTurnMs, x.end - x.start);
  const floorTurns = turns.filter((x) => {
    if (!isBackchannel(x)) return true;
    who(x.pid).backchannels++;
    return false;
  });
  floorTurns.sort((a, b) => a.start - b.start || a.end - b.end || (a.pid < b.pid ? -1 : a.pid > b.pid ? 1 : 0));
  const gaps: number[] = [];
  const transitions = new Map<string, number>();
  const interruptions = new Map<string, number>();
  for (let i = 1; i < floorTurns.length; i++) {
    const x = floorTurns[i - 1]!;
    const y = floorTurns[i]!;
    if (x.pid === y.pid) continue;
    gaps.push(y.start - x.end);
    const k = `${x.pid}>${y.pid}`;
    transitions.set(k, (transitions.get(k) ?? 0) + 1);
    if (y.start < x.end && y.end > x.end) {
      const j = `${y.pid}>${x.pid}`;
      interruptions.set(j, (interruptions.get(j) ?? 0) + 1);
      who(y.pid).interruptionsMade++;
      who(x.pid).interruptionsReceived++;
    }
  }
  gaps.sort((a, b) => a - b);
  const m = gaps.length >> 1;
  const medianGapMs = gaps.length === 0 ? null : gaps.length % 2 ? gaps[m]! : (gaps[m - 1]! + gaps[m]!) / 2;
  const windowMs = T1 - T0;
  return { changes: gaps.length, switchesPerMin: windowMs > 0 ? gaps.length / (windowMs / 60_000) : 0, medianGapMs, transitions, interruptions, people };
}
