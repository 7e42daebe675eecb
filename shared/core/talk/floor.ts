/**
 * Floor dynamics (design.md, "Floor dynamics"), kept incrementally beside the talk-time ledger:
 * the ledger calls `floorStart` / `floorEnd` exactly where it opens and closes a speech
 * interval, so turns here are the ledger's turns (intervals joined across gaps < minGapMs).
 *
 * Why it is not a plain running count: whether a turn is a backchannel, and where it stands in
 * the floor order, depends on how the turns around it end. The tracker therefore keeps
 * - `alive`: turns that may still grow (open, or closed less than minGapMs ago), at most one
 *   per person;
 * - `pending`: final floor turns, in floor order (start, end, pid), that an alive turn or a turn
 *   to come could still precede;
 * - `last`: the last floor turn in floor order that nothing can precede any more;
 * - tallies over adjacent pairs of floor turns (changes, transitions, interruptions, gaps).
 *
 * A turn becomes final when minGapMs has passed since it ended (seen at the next speech event,
 * or when the window closes). At that moment it can be classified for good: any turn of
 * another person that could contain it is alive in the same step (a container that became
 * final earlier ended at least minGapMs before now, so the short turn would have been final
 * with it). A final floor turn waits in `pending` until every turn that could still precede it
 * in floor order is final too: every alive or later turn starts at or after min(now, the alive
 * turns' starts), so the pending turns that start before that follow `last` for good. Each
 * enters by appending: one pair (last, it) goes into the tallies, never taken out again.
 * (Entering turns as they became final, in the middle of a kept list, cost a splice and three
 * pair updates per turn, 4-5x the whole fold.) So one event costs O(people speaking lately)
 * plus a binary search in the few pending turns, and once the window closes the tallies equal
 * design.md's definitions applied to the final turns.
 *
 * Live, T1 is `now`: `floorSnapshot` finishes a copy (open turns closed at `now`, everything
 * final) and reads it, in O(participants + distinct pairs), never touching history.
 *
 * Why numbers in arrays: this runs at every speech event, and the fold as a whole is meant to
 * cost what it did before floor dynamics. A turn is three numbers (start, end, roster index), kept
 * in per-person arrays while alive and in parallel arrays once final: no object per turn, no
 * boxed times, one shape for the tracker. `soonest` (no closed alive turn ends before it) lets a
 * speech event skip the scan for turns that ran out when none can have.
 */
import type { Pid } from '../record/events';
import { GapList, medianOf } from './gap-list';

export const DEFAULT_BACKCHANNEL_MS = 1000;

/** A person's turn state (FloorTracker.state). */
const NONE = 0;
const OPEN = 1;
/** Closed less than minGapMs ago: the person may still go on with it. */
const PAUSED = 2;
/** endBefore of a turn whose open interval began it. */
const NO_END = -Infinity;

/**
 * Pair counts by roster indexes: `m[a][b]` (absent or 0: none). Dense rows, so the hot path allocates no
 * strings or maps, and a copy to fold on copies a few short rows (copying a Map of every pair
 * through its iterator was most of a TimeOrderedFold rebuild).
 */
type PairCounts = number[][];

export interface FloorTracker {
  readonly minGapMs: number;
  readonly backchannelMs: number;
  /** Per roster index: the pid (absent until they speak), and their tallies. */
  pids: Pid[];
  longest: number[];
  backchannels: number[];
  made: number[];
  received: number[];
  /** Per roster index, their alive turn (may still grow): NONE, OPEN or PAUSED, its start and end. */
  state: number[];
  start: number[];
  end: number[];
  /** When the interval now open (or last closed) began, and the turn's end before it (NO_END: it began the turn). */
  openedAt: number[];
  endBefore: number[];
  /** Roster indexes of the alive turns, in the order the turns began (held turns are listed in it). */
  alive: number[];
  /** No paused turn ends before this (Infinity: none is paused); may lag behind, never ahead. */
  soonest: number;
  /**
   * Final turns that end at the latest event's time. With minGapMs 0 a turn is final the
   * instant it ends, while a turn of someone else ending at that same instant is still open:
   * it may lie inside this one, so this one stays a candidate container until time moves on.
   */
  recentStart: number[];
  recentEnd: number[];
  recentIdx: number[];
  /** Final floor turns in floor order, waiting until no turn can precede them (see above): [pendingFrom..]. */
  pendingStart: number[];
  pendingEnd: number[];
  pendingIdx: number[];
  /** Released turns before this index are dropped only now and then (see release). */
  pendingFrom: number;
  /** The last floor turn entered into the tallies (lastIdx -1: none yet). */
  lastStart: number;
  lastEnd: number;
  lastIdx: number;
  changes: number;
  /** from -> to -> floor changes. */
  transitions: PairCounts;
  /** by -> of -> interruptions. */
  interruptions: PairCounts;
  /** Y.start − X.end of each floor change, in the order entered (gap-list.ts: the median is read when asked). */
  gaps: GapList;
}

/**
 * An empty list that holds doubles from the start. Times (epoch ms) are beyond V8's small
 * integers, so a list made empty (`[]`: small integers) changed its kind at its first time, and
 * code optimized for one kind met the other in the next tracker: settle, wait and finalise were
 * deoptimized and recompiled well into a long run (--trace-deopt: "not a Smi", "wrong map").
 * A list that has held a double keeps that kind once emptied; a 0 stored in it is still 0.
 */
function doubles(): number[] {
  const a = [0.5];
  a.pop();
  return a;
}

/** The one place a tracker is built (creation, reset, copies), so every tracker has the same shape. */
function tracker(minGapMs: number, backchannelMs: number, gaps: GapList): FloorTracker {
  return {
    minGapMs,
    backchannelMs,
    pids: [],
    longest: doubles(),
    backchannels: [],
    made: [],
    received: [],
    state: [],
    start: doubles(),
    end: doubles(),
    openedAt: doubles(),
    endBefore: doubles(),
    alive: [],
    soonest: Infinity,
    recentStart: doubles(),
    recentEnd: doubles(),
    recentIdx: [],
    pendingStart: doubles(),
    pendingEnd: doubles(),
    pendingIdx: [],
    pendingFrom: 0,
    lastStart: NO_END,
    lastEnd: NO_END,
    lastIdx: -1,
    changes: 0,
    transitions: [],
    interruptions: [],
    gaps,
  };
}

export function createFloor(minGapMs: number, backchannelMs = DEFAULT_BACKCHANNEL_MS): FloorTracker {
  return tracker(minGapMs, backchannelMs, new GapList());
}

/** First sight of `pid` (at roster index `idx`) speaking: per-person slots up to idx, tallies at 0. */
function person(f: FloorTracker, pid: Pid, idx: number): void {
  f.pids[idx] = pid;
  // Dense (no holes): every per-person array stays a packed array of numbers.
  while (f.state.length <= idx) {
    f.longest.push(0);
    f.backchannels.push(0);
    f.made.push(0);
    f.received.push(0);
    f.state.push(NONE);
    f.start.push(0);
    f.end.push(0);
    f.openedAt.push(0);
    f.endBefore.push(NO_END);
  }
  f.longest[idx] = 0;
  f.backchannels[idx] = 0;
  f.made[idx] = 0;
  f.received[idx] = 0;
}

/** `pid` (roster index `idx`) starts speaking at `t` (the ledger opened an interval): a new turn, or the same one after a short gap. */
export function floorStart(f: FloorTracker, pid: Pid, idx: number, t: number): void {
  advance(f, t);
  if (f.pids[idx] !== pid) person(f, pid, idx);
  f.openedAt[idx] = t;
  if (f.state[idx] !== NONE) {
    f.endBefore[idx] = f.end[idx]!;
    f.state[idx] = OPEN;
    return;
  }
  f.state[idx] = OPEN;
  f.start[idx] = t;
  f.end[idx] = t;
  f.endBefore[idx] = NO_END;
  f.alive.push(idx);
}

/** Roster index `idx` stops speaking at `t` (the ledger closed an interval). */
export function floorEnd(f: FloorTracker, idx: number, t: number): void {
  if (f.state[idx] === OPEN) {
    // Zero length is no speech (as in the ledger): it neither starts a turn nor stretches one.
    const end = t !== f.openedAt[idx] ? t : f.endBefore[idx]!;
    if (end === NO_END) {
      f.state[idx] = NONE;
      removeAlive(f, idx);
    } else {
      f.state[idx] = PAUSED;
      f.end[idx] = end;
      if (end < f.soonest) f.soonest = end;
    }
  }
  advance(f, t);
}

/** Drops `idx` from the alive list, keeping the order of the rest (splice would allocate). */
function removeAlive(f: FloorTracker, idx: number): void {
  const alive = f.alive;
  let w = 0;
  for (let i = 0; i < alive.length; i++) if (alive[i] !== idx) alive[w++] = alive[i]!;
  truncate(alive, w);
}

/**
 * Shortens `a` to `n` values by popping: setting `length` lower makes V8 free or trim the backing
 * store (always at 0), so the next push allocates it again; pop keeps it.
 */
function truncate(a: number[], n: number): void {
  while (a.length > n) a.pop();
}

function advance(f: FloorTracker, t: number): void {
  const ends = f.recentEnd;
  if (ends.length > 0) {
    // In place: only the final turns still ending at or after t stay candidate containers.
    let w = 0;
    for (let i = 0; i < ends.length; i++)
      if (ends[i]! >= t) {
        f.recentStart[w] = f.recentStart[i]!;
        f.recentIdx[w] = f.recentIdx[i]!;
        ends[w++] = ends[i]!;
      }
    truncate(f.recentStart, w);
    truncate(f.recentIdx, w);
    truncate(ends, w);
  }
  // Nothing paused has run out yet (h - end is monotonic in end): the common case, no scan.
  if (t - f.soonest >= f.minGapMs) settle(f, t);
}

/** The window (re)opens at `t0`: nothing before counts; whoever is speaking starts a turn there. */
export function floorReset(f: FloorTracker, t0: number, speaking: Iterable<{ pid: Pid; index: number }>): void {
  Object.assign(f, tracker(f.minGapMs, f.backchannelMs, new GapList()));
  for (const p of speaking) floorStart(f, p.pid, p.index, t0);
}

/** The window closed (every interval already ended): all turns are final. */
export function floorClose(f: FloorTracker): void {
  settle(f, Infinity);
  release(f, Infinity);
}

/** Turns whose gap has run out by `h` become final, are classified, and enter the floor. */
function settle(f: FloorTracker, h: number): void {
  const alive = f.alive;
  const state = f.state;
  const start = f.start;
  const end = f.end;
  const gap = f.minGapMs;
  let n = 0;
  let first = -1;
  let soonest = Infinity;
  // One pass: which turns are due, when the next can be, and where the turns staying alive start
  // (no turn to come can precede the pending ones that start before that).
  let threshold = h;
  for (let i = 0; i < alive.length; i++) {
    const a = alive[i]!;
    if (state[a] === PAUSED && h - end[a]! >= gap) {
      if (n++ === 0) first = i;
      continue;
    }
    if (state[a] === PAUSED && end[a]! < soonest) soonest = end[a]!;
    if (start[a]! < threshold) threshold = start[a]!;
  }
  f.soonest = soonest;
  if (n === 0) return;
  if (n === 1) {
    // The common case (one turn at a time runs out): no lists to build.
    const d = alive[first]!;
    const backchannel = isBackchannel(f, d);
    for (let i = first; i < alive.length - 1; i++) alive[i] = alive[i + 1]!;
    alive.pop();
    finalise(f, d, h, backchannel);
  } else {
    // Classify every turn due now before any leaves `alive`: each may contain another.
    const done: number[] = [];
    const kinds: boolean[] = [];
    for (let i = 0; i < alive.length; i++) {
      const a = alive[i]!;
      if (state[a] === PAUSED && h - end[a]! >= gap) {
        done.push(a);
        kinds.push(isBackchannel(f, a));
      }
    }
    let w = 0;
    for (let i = 0; i < alive.length; i++) {
      const a = alive[i]!;
      if (state[a] !== PAUSED || h - end[a]! < gap) alive[w++] = a;
    }
    truncate(alive, w);
    for (let i = 0; i < done.length; i++) finalise(f, done[i]!, h, kinds[i]!);
  }
  release(f, threshold);
}

/**
 * The turn of `d` is final (it has left `alive`): it counts for its person, stays a candidate
 * container while it ends at or after `h`, then waits for its place in the floor unless it is a
 * backchannel.
 */
function finalise(f: FloorTracker, d: number, h: number, backchannel: boolean): void {
  f.state[d] = NONE;
  const start = f.start[d]!;
  const end = f.end[d]!;
  if (end >= h) {
    f.recentStart.push(start);
    f.recentEnd.push(end);
    f.recentIdx.push(d);
  }
  if (end - start > f.longest[d]!) f.longest[d] = end - start;
  if (backchannel) f.backchannels[d]!++;
  else wait(f, start, end, d);
}

/** Shorter than backchannelMs and inside one turn of someone else (an open one ends after now). */
function isBackchannel(f: FloorTracker, d: number): boolean {
  const start = f.start[d]!;
  const end = f.end[d]!;
  if (end - start >= f.backchannelMs) return false;
  const alive = f.alive;
  for (let i = 0; i < alive.length; i++) {
    const q = alive[i]!;
    if (q !== d && f.start[q]! <= start && (f.state[q] === OPEN || f.end[q]! >= end)) return true;
  }
  const ends = f.recentEnd;
  for (let i = 0; i < ends.length; i++) if (f.recentIdx[i] !== d && f.recentStart[i]! <= start && ends[i]! >= end) return true;
  return false;
}

/** A final floor turn joins the pending ones, in floor order (start, then end, then pid; usually at the end). */
function wait(f: FloorTracker, start: number, end: number, idx: number): void {
  const starts = f.pendingStart;
  const ends = f.pendingEnd;
  const idxs = f.pendingIdx;
  let lo = f.pendingFrom;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = starts[mid]!;
    const e = ends[mid]!;
    if (start !== s ? start < s : end !== e ? end < e : f.pids[idx]! < f.pids[idxs[mid]!]!) hi = mid;
    else lo = mid + 1;
  }
  // Usually at the end; else shift the few after it by hand (splice allocates its result).
  starts.push(start);
  ends.push(end);
  idxs.push(idx);
  for (let i = starts.length - 1; i > lo; i--) {
    starts[i] = starts[i - 1]!;
    ends[i] = ends[i - 1]!;
    idxs[i] = idxs[i - 1]!;
  }
  starts[lo] = start;
  ends[lo] = end;
  idxs[lo] = idx;
}

/**
 * Pending turns that start before `threshold` (no alive or later turn does) are in their final
 * place: each follows the last, and its pair with it enters the tallies.
 */
function release(f: FloorTracker, threshold: number): void {
  const starts = f.pendingStart;
  let k = f.pendingFrom;
  while (k < starts.length && starts[k]! < threshold) {
    const start = starts[k]!;
    const end = f.pendingEnd[k]!;
    const idx = f.pendingIdx[k++]!;
    if (f.lastIdx >= 0 && f.lastIdx !== idx) change(f, f.lastStart, f.lastEnd, f.lastIdx, start, end, idx);
    f.lastStart = start;
    f.lastEnd = end;
    f.lastIdx = idx;
  }
  // Released turns are dropped in batches (emptying the lists each time would free their storage,
  // and the next push allocate it again).
  if (k > 64) {
    dropFront(starts, k);
    dropFront(f.pendingEnd, k);
    dropFront(f.pendingIdx, k);
    k = 0;
  }
  f.pendingFrom = k;
}

/** The first k values go; the rest move to the front (splice would allocate the removed ones; see truncate). */
function dropFront(a: number[], k: number): void {
  const n = a.length - k;
  for (let i = 0; i < n; i++) a[i] = a[i + k]!;
  truncate(a, n);
}

/** Rows and rows' cells are filled up to what is bumped, never read past their end: no holes, no out-of-bounds loads. */
function bump(m: PairCounts, a: number, b: number): void {
  while (m.length <= a) m.push([]);
  const row = m[a]!;
  while (row.length <= b) row.push(0);
  row[b]!++;
}

const copyPairs = (m: PairCounts): PairCounts => m.map((row) => row.slice());

/** The consecutive floor turns x, y of two people: a floor change, into the tallies. */
function change(f: FloorTracker, xStart: number, xEnd: number, x: number, yStart: number, yEnd: number, y: number): void {
  f.changes++;
  bump(f.transitions, x, y);
  f.gaps.push(yStart - xEnd);
  if (yStart < xEnd && yEnd > xEnd) {
    bump(f.interruptions, y, x);
    f.made[y]!++;
    f.received[x]!++;
  }
}

export interface FloorParticipant {
  /** The longest of this person's turns (0 if none). */
  longestTurnMs: number;
  backchannels: number;
  interruptionsMade: number;
  interruptionsReceived: number;
}

export interface FloorSummary {
  changes: number;
  switchesPerMin: number;
  /** Median of Y.start − X.end over floor changes; null when there is none (or not asked: floorSnapshot's `pairs: false`). */
  medianGapMs: number | null;
  transitions: { from: Pid; to: Pid; count: number }[];
  interruptions: { by: Pid; of: Pid; count: number }[];
}

/** A turn someone holds at the instant asked: open, or in a pause shorter than the minimum gap. */
export interface HeldTurn {
  pid: Pid;
  start: number;
  speaking: boolean;
}

export interface FloorSnapshot {
  floor: FloorSummary;
  people: Map<Pid, FloorParticipant>;
  /** Turns not final yet before the window closed at `at` (for live nudges). */
  held: HeldTurn[];
}

const NO_ONE: FloorParticipant = { longestTurnMs: 0, backchannels: 0, interruptionsMade: 0, interruptionsReceived: 0 };
export const floorOf = (snap: FloorSnapshot, pid: Pid): FloorParticipant => snap.people.get(pid) ?? NO_ONE;

/**
 * A copy of the tracker. `for: 'query'`: a live view finishes it at `now` and drops it; released
 * pending turns are left out, and `withPairs` false starts its pair counts and gaps empty (a view
 * that reads no pair lists and no median, a live nudge, skips copying them). `for: 'fold'`: a copy
 * to fold on (TimeOrderedFold's checkpoint), equal to the original field for field; the gaps share
 * their full chunks. Everything else is a few numbers
 * per person or per turn not yet final.
 */
export function cloneFloor(f: FloorTracker, use: { for: 'query'; withPairs: boolean } | { for: 'fold' }): FloorTracker {
  const fold = use.for === 'fold';
  const withPairs = fold || use.withPairs;
  const from = fold ? 0 : f.pendingFrom;
  const c = tracker(f.minGapMs, f.backchannelMs, withPairs ? f.gaps.clone() : new GapList());
  c.pids = fold ? f.pids.slice() : f.pids;
  c.longest = f.longest.slice();
  c.backchannels = f.backchannels.slice();
  c.made = f.made.slice();
  c.received = f.received.slice();
  c.state = f.state.slice();
  c.start = f.start.slice();
  c.end = f.end.slice();
  c.openedAt = f.openedAt.slice();
  c.endBefore = f.endBefore.slice();
  c.alive = f.alive.slice();
  c.soonest = f.soonest;
  c.recentStart = f.recentStart.slice();
  c.recentEnd = f.recentEnd.slice();
  c.recentIdx = f.recentIdx.slice();
  c.pendingStart = f.pendingStart.slice(from);
  c.pendingEnd = f.pendingEnd.slice(from);
  c.pendingIdx = f.pendingIdx.slice(from);
  c.pendingFrom = f.pendingFrom - from;
  c.lastStart = f.lastStart;
  c.lastEnd = f.lastEnd;
  c.lastIdx = f.lastIdx;
  c.changes = f.changes;
  if (withPairs) {
    c.transitions = copyPairs(f.transitions);
    c.interruptions = copyPairs(f.interruptions);
  }
  return c;
}

/** Pairs in roster order of the first, then the second. */
function pairs(f: FloorTracker, m: PairCounts): { a: Pid; b: Pid; count: number }[] {
  const out: { a: Pid; b: Pid; count: number }[] = [];
  for (let a = 0; a < m.length; a++) {
    const row = m[a]!;
    for (let b = 0; b < row.length; b++) if (row[b]! > 0) out.push({ a: f.pids[a]!, b: f.pids[b]!, count: row[b]! });
  }
  return out;
}

/**
 * The floor as if the window closed at `at` (>= the last event): open turns end there.
 * `windowMs` gives switches per minute. Lists come in roster order; `pairs: false` leaves
 * `transitions` and `interruptions` empty and `medianGapMs` null (what a live nudge needs costs
 * O(people) then; the median costs O(changes)).
 */
export function floorSnapshot(f: FloorTracker, at: number, windowMs: number, options: { pairs?: boolean } = {}): FloorSnapshot {
  const withPairs = options.pairs ?? true;
  const held = f.alive.map((a) => ({ pid: f.pids[a]!, start: f.start[a]!, speaking: f.state[a] === OPEN }));
  let g = f;
  if (f.alive.length > 0 || f.pendingStart.length > f.pendingFrom) {
    g = cloneFloor(f, { for: 'query', withPairs });
    for (const a of g.alive)
      if (g.state[a] === OPEN) {
        g.end[a] = Math.max(g.end[a]!, at);
        g.state[a] = PAUSED;
      }
    floorClose(g);
  }
  const people = new Map<Pid, FloorParticipant>();
  g.pids.forEach((pid, i) => {
    if (pid !== undefined) people.set(pid, { longestTurnMs: g.longest[i]!, backchannels: g.backchannels[i]!, interruptionsMade: g.made[i]!, interruptionsReceived: g.received[i]! });
  });
  return {
    floor: {
      changes: g.changes,
      switchesPerMin: windowMs > 0 ? g.changes / (windowMs / 60_000) : 0,
      medianGapMs: withPairs ? medianOf(g.gaps.values()) : null,
      transitions: withPairs ? pairs(g, g.transitions).map(({ a, b, count }) => ({ from: a, to: b, count })) : [],
      interruptions: withPairs ? pairs(g, g.interruptions).map(({ a, b, count }) => ({ by: a, of: b, count })) : [],
    },
    people,
    held,
  };
}
