/**
 * What a round looks like at `now`: who speaks, who is next, each person's mark, and the
 * time box. Remaining time is computed here, from timestamps and paused spans, every time it
 * is asked for; nothing counts ticks, so a throttled tab or a restarted worker shows the
 * same figure as one that never slept.
 */
import type { Pid, QueueOrder, RoundBox, RoundKind } from '../record/events';
import { talkAt } from '../talk/ledger';
import type { MeetingState } from '../meeting/meeting-state';
import { handQueue } from './orders';
import { crossTalkBetween, roundAllotted, roundPausedAt, turnAllotted, turnPausedAt, type RoundState, type RoundStatus, type TurnRecord } from './round-state';
import { metricsInstant } from '../talk/metrics';

export type TurnMark = 'current' | 'done' | 'passed' | 'pending' | 'skipped';

export interface OrderEntry {
  pid: Pid;
  name: string;
  mark: TurnMark;
}

export interface TurnView {
  pid: Pid;
  name: string;
  startedAt: number;
  endedAt: number | null;
  /** The turn's box (slot + extensions), or null when untimed or boxed per round. */
  allottedMs: number | null;
  /** Wall time of the turn minus pauses. */
  elapsedMs: number;
  /** Measured speech of the speaker during the turn. */
  spokeMs: number;
  passed: boolean;
  /** What to compare with the box: measured speech when talk is tracked, else elapsed time. */
  usedMs: number;
  overranMs: number;
  /** Time added to this turn's box by extensions. */
  extendedMs: number;
  /** Others who spoke during the turn (measured speech, largest first); live for the open turn. */
  crossTalk: { pid: Pid; name: string; ms: number }[];
}

export interface RoundView {
  rid: string;
  kind: RoundKind;
  topic: string;
  status: RoundStatus;
  box: RoundBox;
  queue: QueueOrder;
  strategy: string;
  slotMs: number;
  startedAt: number;
  endedAt: number | null;
  current: Pid | null;
  next: Pid | null;
  order: OrderEntry[];
  turns: TurnView[];
  /** Raised hands in the order they will be taken (discussion rounds). */
  hands: Pid[];
  /** Deadline of the running box (turn or round) as an instant, moving while paused; null if untimed. */
  deadline: number | null;
  remainingMs: number | null;
  overtimeMs: number;
  /** The running box's length (slot + extensions), null if untimed. */
  allottedMs: number | null;
}

function nameOf(s: MeetingState, pid: Pid): string {
  return s.participants.get(pid)?.name ?? pid;
}

function turnView(s: MeetingState, r: RoundState, turn: TurnRecord, at: number): TurnView {
  const end = turn.endedAt ?? at;
  const elapsedMs = Math.max(0, end - turn.startedAt - turnPausedAt(r, turn, at));
  const p = s.participants.get(turn.pid);
  const spokeMs = turn.endedAt !== null ? turn.spokeMs : p ? Math.max(0, talkAt(p, at) - turn.talkAtStart) : 0;
  const allottedMs = turnAllotted(r, turn);
  const usedMs = turn.passed ? 0 : s.ledger.measured ? spokeMs : elapsedMs;
  const talkNow = (pid: Pid) => {
    const q = s.participants.get(pid);
    return q ? talkAt(q, at) : 0;
  };
  const cross = turn.endedAt !== null ? turn.crossTalk : crossTalkBetween(turn, talkNow);
  return {
    pid: turn.pid,
    name: nameOf(s, turn.pid),
    startedAt: turn.startedAt,
    endedAt: turn.endedAt,
    allottedMs,
    elapsedMs,
    spokeMs,
    passed: turn.passed,
    usedMs,
    overranMs: allottedMs === null ? 0 : Math.max(0, usedMs - allottedMs),
    extendedMs: turn.extendedMs,
    crossTalk: cross.map((c) => ({ pid: c.pid, name: nameOf(s, c.pid), ms: c.ms })),
  };
}

/** Index in the order from which "next" is searched: just after the latest turn's speaker. */
function cursor(r: RoundState): number {
  const last = r.turns[r.turns.length - 1];
  return last ? r.order.indexOf(last.pid) : -1;
}

/** The next person for an ordered round: the first after the cursor who has not had a turn. */
export function nextInOrder(r: RoundState): Pid | null {
  if (r.status === 'ended') return null;
  const had = new Set(r.turns.map((x) => x.pid));
  for (let i = cursor(r) + 1; i < r.order.length; i++) if (!had.has(r.order[i]!) && r.order[i] !== r.current?.pid) return r.order[i]!;
  return null;
}

function marks(s: MeetingState, r: RoundState): OrderEntry[] {
  const last = new Map<Pid, TurnRecord>();
  for (const x of r.turns) last.set(x.pid, x);
  const c = cursor(r);
  return r.order.map((pid, i) => {
    const turn = last.get(pid);
    let mark: TurnMark;
    if (r.current && r.current.pid === pid) mark = 'current';
    else if (turn) mark = turn.passed ? 'passed' : 'done';
    else mark = i < c || r.status === 'ended' ? 'skipped' : 'pending';
    return { pid, name: nameOf(s, pid), mark };
  });
}

export function viewRound(s: MeetingState, r: RoundState, now: number): RoundView {
  const at = r.endedAt ?? metricsInstant(s, now);
  const hands = r.kind === 'discussion' && r.status !== 'ended' ? handQueue(s, r.queue, at).map((h) => h.pid) : [];
  let deadline: number | null = null;
  let allottedMs: number | null = null;
  if (r.status !== 'ended') {
    const roundBox = roundAllotted(r);
    if (roundBox !== null) {
      allottedMs = roundBox;
      deadline = r.startedAt + roundBox + roundPausedAt(r, at);
    } else if (r.current) {
      allottedMs = turnAllotted(r, r.current);
      if (allottedMs !== null) deadline = r.current.startedAt + allottedMs + turnPausedAt(r, r.current, at);
    }
  }
  const remainingMs = deadline === null ? null : deadline - at;
  return {
    rid: r.rid,
    kind: r.kind,
    topic: r.topic,
    status: r.status,
    box: r.box,
    queue: r.queue,
    strategy: r.strategy,
    slotMs: r.slotMs,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    current: r.current?.pid ?? null,
    next: r.kind === 'discussion' ? (hands[0] ?? null) : nextInOrder(r),
    order: marks(s, r),
    turns: r.turns.map((x) => turnView(s, r, x, at)),
    hands,
    deadline,
    remainingMs,
    overtimeMs: remainingMs !== null && remainingMs < 0 ? -remainingMs : 0,
    allottedMs,
  };
}

/** The active round at `now`, or null between rounds. */
export function activeRoundView(s: MeetingState, now: number): RoundView | null {
  return s.activeRound ? viewRound(s, s.activeRound, now) : null;
}
