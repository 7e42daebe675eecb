/**
 * The round machine's commands: pure functions from (state, command, now) to the events to
 * append, or a typed error. They never throw and never touch the state: the caller appends
 * the events and folds them, so what happened is always what the record says.
 *
 *   command    allowed when                                   emits
 *   start      meeting open, no active round, valid kind/slot  round.started [+ round.turn first]
 *   next       active, not paused                              round.turn next | round.ended
 *   turn pid   active, not paused, pid in the round            round.turn
 *   pass       active, not paused, a current turn              round.passed + (round.turn next | round.ended)
 *   skip       active, not paused, someone after next          round.turn to the one after next
 *   extend ms  active, not paused, timed box running           round.extended
 *   pause      running                                         round.paused
 *   resume     paused                                          round.resumed
 *   end        active                                          round.ended
 *   raise/lower pid  meeting open, present / hand raised      hand.raised / hand.lowered (manual)
 *   lower-all        meeting open, a hand raised              hand.lowered (all) for each
 *   hands-follow on  meeting open, the switch differs          hands.follow
 */
import { QUEUE_ORDERS, ROUND_BOXES, ROUND_KINDS, type EventBody, type Pid, type QueueOrder, type RoundBox, type RoundKind } from '../record/events';
import type { MeetingState } from '../meeting/meeting-state';
import { handQueue, ORDER_STRATEGIES, orderBy, presentRoster, type OrderStrategy } from './orders';
import type { RoundState } from './round-state';
import { nextInOrder } from './round-view';

export type RoundCommand =
  | {
      type: 'start';
      kind: RoundKind;
      slotMs: number;
      topic?: string;
      /** Who takes part, in roster order; default: everyone present. */
      participants?: Pid[];
      strategy?: OrderStrategy;
      /** For 'shuffle'. */
      seed?: number;
      box?: RoundBox;
      queue?: QueueOrder;
      rid?: string;
    }
  | { type: 'next' }
  | { type: 'turn'; pid: Pid }
  | { type: 'pass' }
  | { type: 'skip' }
  | { type: 'extend'; ms: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'end' }
  | { type: 'raise'; pid: Pid }
  | { type: 'lower'; pid: Pid }
  | { type: 'lower-all' }
  /** The per-meeting switch: raised hands lower themselves when their owner takes the floor. */
  | { type: 'hands-follow'; on: boolean };

export type RoundErrorCode =
  | 'meeting-ended'
  | 'round-active'
  | 'no-active-round'
  | 'round-paused'
  | 'not-paused'
  | 'invalid-command'
  | 'empty-order'
  | 'unknown-participant'
  | 'duplicate-participant'
  | 'not-in-round'
  | 'not-present'
  | 'already-current'
  | 'no-current-turn'
  | 'no-turns'
  | 'nobody-next'
  | 'untimed'
  | 'hand-already-raised'
  | 'hand-not-raised'
  | 'no-hands'
  | 'already-set';

/** Every command type, defined once. */
export const ROUND_COMMANDS: readonly RoundCommand['type'][] = ['start', 'next', 'turn', 'pass', 'skip', 'extend', 'pause', 'resume', 'end', 'raise', 'lower', 'lower-all', 'hands-follow'];

export interface RoundError {
  code: RoundErrorCode;
  message: string;
}

export type CommandResult = { ok: true; events: EventBody[] } | { ok: false; error: RoundError };

/** Longest slot or extension accepted: a day. Beyond it a number is a mistake, not a time box. */
export const MAX_BOX_MS = 86_400_000;

const fail = (code: RoundErrorCode, message: string): CommandResult => ({ ok: false, error: { code, message } });
const emit = (...events: EventBody[]): CommandResult => ({ ok: true, events });

function validMs(v: unknown, allowZero: boolean): v is number {
  return typeof v === 'number' && Number.isFinite(v) && (allowZero ? v >= 0 : v > 0) && v <= MAX_BOX_MS;
}

function freshRid(s: MeetingState): string {
  let n = s.rounds.length + 1;
  while (s.roundsById.has(`r${n}`)) n++;
  return `r${n}`;
}

function start(s: MeetingState, c: Extract<RoundCommand, { type: 'start' }>, now: number): CommandResult {
  if (s.activeRound) return fail('round-active', `round ${s.activeRound.rid} is still running; end it first`);
  if (!ROUND_KINDS.includes(c.kind)) return fail('invalid-command', `kind must be one of ${ROUND_KINDS.join(', ')}`);
  if (!validMs(c.slotMs, true)) return fail('invalid-command', `slotMs must be a number from 0 (untimed) to ${MAX_BOX_MS}`);
  if (c.box !== undefined && !ROUND_BOXES.includes(c.box)) return fail('invalid-command', `box must be one of ${ROUND_BOXES.join(', ')}`);
  if (c.queue !== undefined && !QUEUE_ORDERS.includes(c.queue)) return fail('invalid-command', `queue must be one of ${QUEUE_ORDERS.join(', ')}`);
  const strategy = c.strategy ?? 'as-entered';
  if (!ORDER_STRATEGIES.includes(strategy)) return fail('invalid-command', `strategy must be one of ${ORDER_STRATEGIES.join(', ')}`);
  if (c.rid !== undefined && (typeof c.rid !== 'string' || c.rid === '' || s.roundsById.has(c.rid))) return fail('invalid-command', 'rid must be a new, non-empty id');
  if (c.participants !== undefined && !Array.isArray(c.participants)) return fail('invalid-command', 'participants must be a list of pids');
  if (c.topic !== undefined && typeof c.topic !== 'string') return fail('invalid-command', 'topic must be text');
  if (c.seed !== undefined && !Number.isFinite(c.seed)) return fail('invalid-command', 'seed must be a number');
  const base = c.participants ?? presentRoster(s);
  const seen = new Set<Pid>();
  for (const pid of base) {
    if (typeof pid !== 'string' || !s.participants.has(pid)) return fail('unknown-participant', `no participant with pid ${JSON.stringify(pid) ?? String(pid)}`);
    if (seen.has(pid)) return fail('duplicate-participant', `pid ${JSON.stringify(pid)} is listed twice`);
    seen.add(pid);
  }
  const hasTurns = c.kind !== 'silent' && c.kind !== 'discussion';
  if (hasTurns && base.length === 0) return fail('empty-order', 'a round with turns needs at least one participant');
  const order = orderBy(strategy, s, base, now, c.seed ?? 0);
  const rid = c.rid ?? freshRid(s);
  const started: EventBody = { type: 'round.started', rid, kind: c.kind, order, slotMs: c.slotMs, strategy };
  if (c.topic !== undefined) started.topic = c.topic;
  if (c.box !== undefined && c.kind !== 'silent') started.box = c.box;
  if (c.kind === 'silent') started.box = 'round';
  if (c.queue !== undefined) started.queue = c.queue;
  return hasTurns ? emit(started, { type: 'round.turn', rid, pid: order[0]! }) : emit(started);
}

/** Who speaks after the current turn: the order's next, or the discussion queue's head. */
function upcoming(s: MeetingState, r: RoundState, now: number): Pid | null {
  if (r.kind === 'discussion') return handQueue(s, r.queue, now)[0]?.pid ?? null;
  return nextInOrder(r);
}

export function decideRound(s: MeetingState, c: RoundCommand, now: number): CommandResult {
  if (typeof c !== 'object' || c === null || !ROUND_COMMANDS.includes(c.type)) return fail('invalid-command', `unknown command ${JSON.stringify((c as { type?: unknown } | null)?.type ?? null)}`);
  if (s.windowEnd !== null) return fail('meeting-ended', 'the meeting has ended');
  if (c.type === 'start') return start(s, c, now);
  if (c.type === 'raise') {
    const p = s.participants.get(c.pid);
    if (!p) return fail('unknown-participant', `no participant with pid ${JSON.stringify(c.pid)}`);
    if (!p.present) return fail('not-present', `${p.name} is not in the meeting`);
    if (s.hands.has(c.pid)) return fail('hand-already-raised', `${p.name}'s hand is already raised`);
    return emit({ type: 'hand.raised', pid: c.pid });
  }
  if (c.type === 'lower') {
    if (!s.hands.has(c.pid)) return fail('hand-not-raised', `no raised hand for pid ${JSON.stringify(c.pid)}`);
    return emit({ type: 'hand.lowered', pid: c.pid, reason: 'manual' });
  }
  if (c.type === 'lower-all') {
    if (s.hands.size === 0) return fail('no-hands', 'no hand is raised');
    return emit(...Array.from(s.hands.keys(), (pid): EventBody => ({ type: 'hand.lowered', pid, reason: 'all' })));
  }
  if (c.type === 'hands-follow') {
    if (typeof c.on !== 'boolean') return fail('invalid-command', 'on must be true or false');
    if (s.handsFollowFloor === c.on) return fail('already-set', `hands already ${c.on ? 'follow' : 'do not follow'} the floor`);
    return emit({ type: 'hands.follow', on: c.on });
  }
  const r = s.activeRound;
  if (!r) return fail('no-active-round', 'no round is running');
  const rid = r.rid;
  switch (c.type) {
    case 'end':
      return emit({ type: 'round.ended', rid });
    case 'pause':
      return r.status === 'paused' ? fail('round-paused', 'the round is already paused') : emit({ type: 'round.paused', rid });
    case 'resume':
      return r.status !== 'paused' ? fail('not-paused', 'the round is not paused') : emit({ type: 'round.resumed', rid });
  }
  if (r.status === 'paused') return fail('round-paused', 'the round is paused; resume it first');
  if (c.type === 'extend') {
    if (!validMs(c.ms, false)) return fail('invalid-command', `ms must be a number above 0 and at most ${MAX_BOX_MS}`);
    if (r.slotMs === 0) return fail('untimed', 'this round has no time box to extend');
    if (r.box === 'turn' && !r.current) return fail('no-current-turn', 'nobody has the turn');
    return emit({ type: 'round.extended', rid, ms: c.ms });
  }
  if (r.kind === 'silent') return fail('no-turns', 'a silent round has no turns');
  switch (c.type) {
    case 'turn': {
      if (!s.participants.has(c.pid)) return fail('unknown-participant', `no participant with pid ${JSON.stringify(c.pid)}`);
      if (r.kind !== 'discussion' && !r.order.includes(c.pid)) return fail('not-in-round', `pid ${JSON.stringify(c.pid)} is not in this round`);
      if (r.current?.pid === c.pid) return fail('already-current', 'that person already has the turn');
      return emit({ type: 'round.turn', rid, pid: c.pid });
    }
    case 'next': {
      const pid = upcoming(s, r, now);
      if (pid !== null) return emit({ type: 'round.turn', rid, pid });
      if (r.kind === 'discussion') return fail('nobody-next', 'no hand is raised');
      return emit({ type: 'round.ended', rid });
    }
    case 'pass': {
      if (!r.current) return fail('no-current-turn', 'nobody has the turn');
      const pid = upcoming(s, r, now);
      if (pid !== null) return emit({ type: 'round.passed', rid }, { type: 'round.turn', rid, pid });
      return r.kind === 'discussion' ? emit({ type: 'round.passed', rid }) : emit({ type: 'round.passed', rid }, { type: 'round.ended', rid });
    }
    case 'skip': {
      if (r.kind === 'discussion') {
        const head = handQueue(s, r.queue, now)[0];
        return head ? emit({ type: 'hand.lowered', pid: head.pid, reason: 'skipped' }) : fail('nobody-next', 'no hand is raised');
      }
      const next = nextInOrder(r);
      if (next === null) return fail('nobody-next', 'nobody is left to skip');
      const after = r.order.slice(r.order.indexOf(next) + 1).find((pid) => !r.turns.some((x) => x.pid === pid));
      if (after === undefined) return fail('nobody-next', 'nobody comes after the one skipped');
      return emit({ type: 'round.turn', rid, pid: after });
    }
  }
}
