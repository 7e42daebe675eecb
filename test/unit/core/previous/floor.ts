// The previous implementation (main a9c47a0, shared/core/talk/floor.ts), kept verbatim but for its
// import paths as the reference that floor-equivalence.test.ts compares the current tracker with.
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
 */
import type { Pid } from '../../../../shared/core/record/events';
import { RunningMedian } from './running-median';

export const DEFAULT_BACKCHANNEL_MS = 1000;

interface Turn {
  readonly pid: Pid;
  /** The person's roster index: per-person tallies and pair counts are kept by it. */
  readonly idx: number;
  readonly start: number;
  end: number;
  /** Speaking now (the end is not known yet). */
  open: boolean;
  /** When the interval now open (or last closed) began, and the turn's end before it (null: it began the turn). */
  openedAt: number;
  endBefore: number | null;
}

/**
 * Pair counts by roster indexes: `m[a][b]` (absent: 0). Dense rows, so the hot path allocates no
 * strings or maps, and a copy to fold on copies a few short rows (copying a Map of every pair
 * through its iterator was most of a TimeOrderedFold rebuild).
 */
type PairCounts = number[][];

export interface FloorTracker {
  readonly minGapMs: number;
  readonly backchannelMs: number;
  alive: Turn[];
  /**
   * Final turns that end at the latest event's time. With minGapMs 0 a turn is final the
   * instant it ends, while a turn of someone else ending at that same instant is still open:
   * it may lie inside this one, so this one stays a candidate container until time moves on.
   */
  recent: Turn[];
  /** Final floor turns in floor order, waiting until no turn can precede them (see above): pending[pendingFrom..]. */
  pending: Turn[];
  /** Released turns before this index are dropped only now and then (see release). */
  pendingFrom: number;
  /** The last floor turn entered into the tallies (earlier ones are history). */
  last: Turn | null;
  /** Per roster index: the pid, and its tallies. */
  pids: Pid[];
  longest: number[];
  backchannels: number[];
  made: number[];
  received: number[];
  changes: number;
  /** from -> to -> floor changes. */
  transitions: PairCounts;
  /** by -> of -> interruptions. */
  interruptions: PairCounts;
  gaps: RunningMedian;
}

export function createFloor(minGapMs: number, backchannelMs = DEFAULT_BACKCHANNEL_MS): FloorTracker {
  return { minGapMs, backchannelMs, alive: [], recent: [], pending: [], pendingFrom: 0, last: null, pids: [], longest: [], backchannels: [], made: [], received: [], changes: 0, transitions: [], interruptions: [], gaps: new RunningMedian() };
}

function person(f: FloorTracker, pid: Pid, idx: number): void {
  if (f.pids[idx] === pid) return;
  f.pids[idx] = pid;
  f.longest[idx] = 0;
  f.backchannels[idx] = 0;
  f.made[idx] = 0;
  f.received[idx] = 0;
}

/** `pid` (roster index `idx`) starts speaking at `t` (the ledger opened an interval): a new turn, or the same one after a short gap. */
export function floorStart(f: FloorTracker, pid: Pid, idx: number, t: number): void {
  advance(f, t);
  person(f, pid, idx);
  const alive = f.alive;
  for (let i = 0; i < alive.length; i++)
    if (alive[i]!.pid === pid) {
      const a = alive[i]!;
      a.endBefore = a.end;
      a.openedAt = t;
      a.open = true;
      return;
    }
  alive.push({ pid, idx, start: t, end: t, open: true, openedAt: t, endBefore: null });
}

/** `pid` stops speaking at `t` (the ledger closed an interval). */
export function floorEnd(f: FloorTracker, pid: Pid, t: number): void {
  const alive = f.alive;
  for (let i = 0; i < alive.length; i++) {
    const a = alive[i]!;
    if (a.pid === pid && a.open) {
      a.open = false;
      if (t !== a.openedAt) a.end = t;
      // Zero length is no speech (as in the ledger): it neither starts a turn nor stretches one.
      else if (a.endBefore !== null) a.end = a.endBefore;
      else alive.splice(i, 1);
      break;
    }
  }
  advance(f, t);
}

function advance(f: FloorTracker, t: number): void {
  const recent = f.recent;
  if (recent.length > 0) {
    // In place (a filter allocated a new list per speech event while any turn was recent).
    let w = 0;
    for (let i = 0; i < recent.length; i++) if (recent[i]!.end >= t) recent[w++] = recent[i]!;
    recent.length = w;
  }
  settle(f, t);
}

/** The window (re)opens at `t0`: nothing before counts; whoever is speaking starts a turn there. */
export function floorReset(f: FloorTracker, t0: number, speaking: Iterable<{ pid: Pid; index: number }>): void {
  f.alive = [];
  f.recent = [];
  f.pending = [];
  f.pendingFrom = 0;
  f.last = null;
  f.pids = [];
  f.longest = [];
  f.backchannels = [];
  f.made = [];
  f.received = [];
  f.changes = 0;
  f.transitions = [];
  f.interruptions = [];
  f.gaps = new RunningMedian();
  for (const p of speaking) floorStart(f, p.pid, p.index, t0);
}

/** The window closed (every interval already ended): all turns are final. */
export function floorClose(f: FloorTracker): void {
  settle(f, Infinity);
  release(f, Infinity);
}

const due = (a: Turn, h: number, minGapMs: number) => !a.open && h - a.end >= minGapMs;

/** Turns whose gap has run out by `h` become final, are classified, and enter the floor. */
function settle(f: FloorTracker, h: number): void {
  const alive = f.alive;
  const gap = f.minGapMs;
  let n = 0;
  let first = -1;
  for (let i = 0; i < alive.length; i++)
    if (due(alive[i]!, h, gap)) {
      if (n++ === 0) first = i;
    }
  if (n === 0) return;
  if (n === 1) {
    // The common case (one turn at a time runs out): no lists to build.
    const d = alive[first]!;
    const backchannel = isBackchannel(f, d);
    // Removed in place, keeping the order (held turns are listed in it); splice would allocate.
    for (let i = first; i < alive.length - 1; i++) alive[i] = alive[i + 1]!;
    alive.pop();
    if (d.end >= h) f.recent.push(d);
    finalise(f, d, backchannel);
  } else {
    // Classify every turn due now before any leaves `alive`: each may contain another.
    const done: Turn[] = [];
    const kinds: boolean[] = [];
    for (let i = 0; i < alive.length; i++)
      if (due(alive[i]!, h, gap)) {
        done.push(alive[i]!);
        kinds.push(isBackchannel(f, alive[i]!));
      }
    let w = 0;
    for (let i = 0; i < alive.length; i++) {
      const a = alive[i]!;
      if (!due(a, h, gap)) alive[w++] = a;
      else if (a.end >= h) f.recent.push(a);
    }
    alive.length = w;
    for (let i = 0; i < done.length; i++) finalise(f, done[i]!, kinds[i]!);
  }
  let threshold = h;
  for (let i = 0; i < alive.length; i++) if (alive[i]!.start < threshold) threshold = alive[i]!.start;
  release(f, threshold);
}

/** A final turn counts for its person, then waits for its place in the floor unless it is a backchannel. */
function finalise(f: FloorTracker, d: Turn, backchannel: boolean): void {
  if (d.end - d.start > f.longest[d.idx]!) f.longest[d.idx] = d.end - d.start;
  if (backchannel) f.backchannels[d.idx]!++;
  else wait(f, d);
}

function contains(q: Turn, d: Turn): boolean {
  return q.pid !== d.pid && q.start <= d.start && (q.open || q.end >= d.end);
}

/** Shorter than backchannelMs and inside one turn of someone else (an open one ends after now). */
function isBackchannel(f: FloorTracker, d: Turn): boolean {
  if (d.end - d.start >= f.backchannelMs) return false;
  for (const q of f.alive) if (contains(q, d)) return true;
  for (const q of f.recent) if (contains(q, d)) return true;
  return false;
}

/** Floor order: start, then end, then pid. */
function before(a: Turn, b: Turn): boolean {
  return a.start !== b.start ? a.start < b.start : a.end !== b.end ? a.end < b.end : a.pid < b.pid;
}

/** A final floor turn joins `pending`, in floor order (usually at its end). */
function wait(f: FloorTracker, x: Turn): void {
  const pending = f.pending;
  let lo = f.pendingFrom;
  let hi = pending.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(x, pending[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  if (lo === pending.length) pending.push(x);
  else pending.splice(lo, 0, x);
}

/**
 * Pending turns that start before `threshold` (no alive or later turn does) are in their final
 * place: each follows `last`, and its pair with it enters the tallies.
 */
function release(f: FloorTracker, threshold: number): void {
  const pending = f.pending;
  let k = f.pendingFrom;
  while (k < pending.length && pending[k]!.start < threshold) {
    const x = pending[k++]!;
    if (f.last) pair(f, f.last, x);
    f.last = x;
  }
  // Released turns are dropped in batches: emptying the array each time (length = 0) frees its
  // storage, and the next push allocates it again (once per turn, most of this fold's garbage).
  if (k > 64) {
    pending.splice(0, k);
    k = 0;
  }
  f.pendingFrom = k;
}

function bump(m: PairCounts, a: number, b: number): void {
  const row = (m[a] ??= []);
  row[b] = (row[b] ?? 0) + 1;
}

const copyPairs = (m: PairCounts): PairCounts => m.map((row) => row.slice());

/** Adds the consecutive floor turns (x, y) to the tallies. */
function pair(f: FloorTracker, x: Turn, y: Turn): void {
  if (x.pid === y.pid) return;
  f.changes++;
  bump(f.transitions, x.idx, y.idx);
  f.gaps.insert(y.start - x.end);
  if (y.start < x.end && y.end > x.end) {
    bump(f.interruptions, y.idx, x.idx);
    f.made[y.idx]!++;
    f.received[x.idx]!++;
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
  /** Median of Y.start − X.end over floor changes; null when there is none. */
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
 * A copy of the tracker. `for: 'query'`: a live view finishes it at `now` and drops it; its gaps
 * are an overlay over these (nothing copied) and `withPairs` false starts its pair counts empty (a
 * view that reads no pair lists skips copying them). `for: 'fold'`: a copy to fold on
 * (TimeOrderedFold's checkpoint) with everything it writes its own; the gaps share their chunks
 * copy-on-write. Final turns are never written again: both share them.
 */
export function cloneFloor(f: FloorTracker, use: { for: 'query'; withPairs: boolean } | { for: 'fold' }): FloorTracker {
  const fold = use.for === 'fold';
  const withPairs = fold || use.withPairs;
  return {
    minGapMs: f.minGapMs,
    backchannelMs: f.backchannelMs,
    alive: f.alive.map((a) => ({ ...a })),
    recent: f.recent.slice(),
    pending: fold ? f.pending.slice() : f.pending.slice(f.pendingFrom),
    pendingFrom: fold ? f.pendingFrom : 0,
    last: f.last,
    pids: fold ? f.pids.slice() : f.pids,
    longest: f.longest.slice(),
    backchannels: f.backchannels.slice(),
    made: f.made.slice(),
    received: f.received.slice(),
    changes: f.changes,
    transitions: withPairs ? copyPairs(f.transitions) : [],
    interruptions: withPairs ? copyPairs(f.interruptions) : [],
    gaps: fold ? f.gaps.clone() : f.gaps.overlay(),
  };
}

/** Pairs in roster order of the first, then the second. */
function pairs(f: FloorTracker, m: PairCounts): { a: Pid; b: Pid; count: number }[] {
  const out: { a: Pid; b: Pid; count: number }[] = [];
  m.forEach((row, a) => row.forEach((count, b) => out.push({ a: f.pids[a]!, b: f.pids[b]!, count })));
  return out;
}

/**
 * The floor as if the window closed at `at` (>= the last event): open turns end there.
 * `windowMs` gives switches per minute. Lists come in roster order; `pairs: false` leaves
 * `transitions` and `interruptions` empty (what a live nudge needs costs O(people) then).
 */
export function floorSnapshot(f: FloorTracker, at: number, windowMs: number, options: { pairs?: boolean } = {}): FloorSnapshot {
  const withPairs = options.pairs ?? true;
  const held = f.alive.map((a) => ({ pid: a.pid, start: a.start, speaking: a.open }));
  let g = f;
  if (f.alive.length > 0 || f.pending.length > f.pendingFrom) {
    g = cloneFloor(f, { for: 'query', withPairs });
    for (const a of g.alive)
      if (a.open) {
        a.end = Math.max(a.end, at);
        a.open = false;
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
      medianGapMs: g.gaps.median(),
      transitions: withPairs ? pairs(g, g.transitions).map(({ a, b, count }) => ({ from: a, to: b, count })) : [],
      interruptions: withPairs ? pairs(g, g.interruptions).map(({ a, b, count }) => ({ by: a, of: b, count })) : [],
    },
    people,
    held,
  };
}
