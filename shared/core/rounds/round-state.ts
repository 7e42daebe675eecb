/**
 * Rounds as folded state: what the round.* events have established. The commands that emit
 * those events (and refuse impossible ones) live in round-commands.ts; the view at `now`
 * (deadline, remaining, marks) in round-view.ts.
 *
 *                round.started
 *                     |
 *                     v        round.paused
 *   round.turn -> [running] ------------------> [paused]
 *   round.passed      |   <------------------      |
 *   round.extended    |        round.resumed       |
 *                     +--------- round.ended ------+--> [ended]   (also at meeting.ended)
 *
 * Time boxes are stored as timestamps and spans, never as counted ticks: a turn's deadline is
 * start + slot + extensions + paused time, so it is the same however often anyone looks.
 * The fold is tolerant (a record may come from anywhere): an event that does not fit the
 * round's state is ignored and counted, it never throws.
 */
import type { Pid, QueueOrder, RoundBox, RoundKind, RoundStarted } from '../record/events';
import { talkAt, type ParticipantEntry } from '../talk/ledger';

export type RoundStatus = 'running' | 'paused' | 'ended';

export interface TurnRecord {
  pid: Pid;
  startedAt: number;
  endedAt: number | null;
  /** Extensions granted to this turn (slot-per-turn rounds). */
  extendedMs: number;
  /** Closed paused time inside this turn. */
  pausedMs: number;
  passed: boolean;
  /** The speaker's talk total when the turn began; measured speech = total at end − this. */
  talkAtStart: number;
  /** Measured speech during the turn, set when it closes. */
  spokeMs: number;
  /**
   * Talk totals when the turn began (`notedTalk[i]` for `notedPids[i]`), of everyone whose talk can
   * differ by its end: who was speaking as it began, and whoever starts or stops speaking during it
   * (noted by the fold before their first change, `noteTalker`, once each: the fold's
   * ParticipantEntry.notedTurn says who is noted already). Everyone else's talk did not move, so
   * cross-talk (others' speech during this turn, their totals at the end minus these) only needs
   * these. Copying everyone's totals at every turn cost people x turns (3,000 x 3,000: 5.7 s,
   * 433 MB). Two lists, not a Map by pid: a note is two appends, and the close walks them without
   * a callback. Emptied once the turn closes (its crossTalk is kept instead).
   */
  notedPids: Pid[];
  notedTalk: number[];
  /** Others' speech during the turn, set when it closes (largest first). */
  crossTalk: CrossTalk[];
}

/** Someone other than the turn holder speaking during the turn, and for how long. */
export interface CrossTalk {
  pid: Pid;
  ms: number;
}

/** Others' speech during `turn`, given a talk total now by pid; largest first, then by pid. */
export function crossTalkBetween(turn: TurnRecord, totalNow: (pid: Pid) => number): CrossTalk[] {
  const out: CrossTalk[] = [];
  const pids = turn.notedPids;
  const talk = turn.notedTalk;
  for (let i = 0; i < pids.length; i++) {
    const pid = pids[i]!;
    if (pid === turn.pid) continue;
    const ms = totalNow(pid) - talk[i]!;
    if (ms > 0) out.push({ pid, ms });
  }
  return out.length > 1 ? out.sort(largestFirst) : out;
}

const largestFirst = (a: CrossTalk, b: CrossTalk): number => b.ms - a.ms || (a.pid < b.pid ? -1 : a.pid > b.pid ? 1 : 0);

const NO_TALK = (): number => 0;

/**
 * `p`'s talk is about to change during the current turn: keep its total at the turn's start first.
 * The caller notes each person once per turn (the fold: ParticipantEntry.notedTurn).
 */
export function noteTalker(r: RoundState | null, p: ParticipantEntry): void {
  const c = r?.current;
  // p has not changed since the turn began (this is its first change in it), so its fields give its total then.
  if (c) {
    c.notedPids.push(p.pid);
    c.notedTalk.push(talkAt(p, c.startedAt));
  }
}

export interface RoundState {
  rid: string;
  kind: RoundKind;
  topic: string;
  order: Pid[];
  slotMs: number;
  box: RoundBox;
  queue: QueueOrder;
  strategy: string;
  startedAt: number;
  endedAt: number | null;
  status: RoundStatus;
  pausedAt: number | null;
  /** Closed paused time of the whole round. */
  pausedMs: number;
  /** Extensions of the whole-round box. */
  extendedMs: number;
  turns: TurnRecord[];
  current: TurnRecord | null;
}

export function newRound(e: RoundStarted): RoundState {
  return {
    rid: e.rid,
    kind: e.kind,
    topic: e.topic ?? '',
    order: e.order.slice(),
    slotMs: e.slotMs,
    box: e.kind === 'silent' ? 'round' : (e.box ?? 'turn'),
    queue: e.queue ?? 'fifo',
    strategy: e.strategy ?? 'as-entered',
    startedAt: e.t,
    endedAt: null,
    status: 'running',
    pausedAt: null,
    pausedMs: 0,
    extendedMs: 0,
    turns: [],
    current: null,
  };
}

/**
 * A copy of a running round to fold on (TimeOrderedFold's checkpoint): its closed turns are never
 * written again (round events change the current turn only), so the copy shares them and copies
 * the current one.
 */
export function cloneRound(r: RoundState): RoundState {
  const c = r.current;
  const current = c && { ...c, notedPids: c.notedPids.slice(), notedTalk: c.notedTalk.slice() };
  return { ...r, turns: r.turns.map((t) => (t === c ? current! : t)), current };
}

/** Paused time inside [from, t] given the round's open pause, if any. */
function openPauseSince(r: RoundState, from: number, t: number): number {
  return r.pausedAt === null ? 0 : Math.max(0, t - Math.max(r.pausedAt, from));
}

/** Closes the current turn at `t`; `talkNow` is the speaker's talk total at `t`, `totals` anyone's. */
export function closeTurn(r: RoundState, t: number, talkNow: number, passed: boolean, totals: (pid: Pid) => number = NO_TALK): void {
  const c = r.current;
  if (!c) return;
  c.endedAt = t;
  c.pausedMs += openPauseSince(r, c.startedAt, t);
  c.passed = passed;
  c.spokeMs = Math.max(0, talkNow - c.talkAtStart);
  c.crossTalk = crossTalkBetween(c, totals);
  c.notedPids = [];
  c.notedTalk = [];
  r.current = null;
}

/** `notedPids` / `notedTalk`: the talk totals at `t` of who is speaking then (the turn keeps the lists and adds to them). */
export function openTurn(r: RoundState, pid: Pid, t: number, talkNow: number, notedPids: Pid[] = [], notedTalk: number[] = []): void {
  const turn: TurnRecord = { pid, startedAt: t, endedAt: null, extendedMs: 0, pausedMs: 0, passed: false, talkAtStart: talkNow, spokeMs: 0, notedPids, notedTalk, crossTalk: [] };
  r.turns.push(turn);
  r.current = turn;
}

export function pauseRound(r: RoundState, t: number): boolean {
  if (r.status !== 'running') return false;
  r.status = 'paused';
  r.pausedAt = t;
  return true;
}

export function resumeRound(r: RoundState, t: number): boolean {
  if (r.status !== 'paused' || r.pausedAt === null) return false;
  r.pausedMs += t - r.pausedAt;
  if (r.current) r.current.pausedMs += openPauseSince(r, r.current.startedAt, t);
  r.pausedAt = null;
  r.status = 'running';
  return true;
}

export function extendRound(r: RoundState, ms: number): boolean {
  if (r.status === 'ended') return false;
  if (r.box === 'round') r.extendedMs += ms;
  else if (r.current) r.current.extendedMs += ms;
  else return false;
  return true;
}

export function endRound(r: RoundState, t: number, talkNow: number, totals: (pid: Pid) => number = NO_TALK): void {
  if (r.status === 'ended') return;
  closeTurn(r, t, talkNow, false, totals);
  if (r.pausedAt !== null) r.pausedMs += t - r.pausedAt;
  r.pausedAt = null;
  r.status = 'ended';
  r.endedAt = t;
}

/** Paused time of the round up to `now` (closed spans plus an open pause). */
export function roundPausedAt(r: RoundState, now: number): number {
  return r.pausedMs + openPauseSince(r, r.startedAt, now);
}

/** Paused time of a turn up to `now`. */
export function turnPausedAt(r: RoundState, turn: TurnRecord, now: number): number {
  return turn.endedAt !== null ? turn.pausedMs : turn.pausedMs + openPauseSince(r, turn.startedAt, now);
}

/** A turn's time box, or null when untimed (slot 0, or one box for the whole round). */
export function turnAllotted(r: RoundState, turn: TurnRecord): number | null {
  return r.box === 'turn' && r.slotMs > 0 ? r.slotMs + turn.extendedMs : null;
}

/** The round's single box, or null when each turn has its own (or it is untimed). */
export function roundAllotted(r: RoundState): number | null {
  return r.box === 'round' && r.slotMs > 0 ? r.slotMs + r.extendedMs : null;
}
