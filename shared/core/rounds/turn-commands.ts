/**
 * The commands on a running round and on raised hands (every round command but `start`, which is
 * round-commands.ts's): pure functions from (state, command, now) to the events to append, or a
 * typed error. A view asks them which controls apply (shared/ui's abilities) without loading the
 * round start and its ordering strategies; decideRound (round-commands.ts) runs every command.
 */
import type { EventBody, Pid } from '../record/events';
import type { MeetingState } from '../meeting/meeting-state';
import { handQueue } from './orders';
import type { RoundState } from './round-state';
import { nextInOrder } from './round-view';

/** Every round command but start (round-commands.ts's RoundCommand is it and these). */
export type TurnCommand =
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

export interface RoundError {
  code: RoundErrorCode;
  message: string;
}

export type CommandResult = { ok: true; events: EventBody[] } | { ok: false; error: RoundError };

/** Longest slot or extension accepted: a day. Beyond it a number is a mistake, not a time box. */
export const MAX_BOX_MS = 86_400_000;

export const fail = (code: RoundErrorCode, message: string): CommandResult => ({ ok: false, error: { code, message } });
export const emit = (...events: EventBody[]): CommandResult => ({ ok: true, events });

export function validMs(v: unknown, allowZero: boolean): v is number {
  return typeof v === 'number' && Number.isFinite(v) && (allowZero ? v >= 0 : v > 0) && v <= MAX_BOX_MS;
}

/** Who speaks after the current turn: the order's next, or the discussion queue's head. */
function upcoming(s: MeetingState, r: RoundState, now: number): Pid | null {
  if (r.kind === 'discussion') return handQueue(s, r.queue, now)[0]?.pid ?? null;
  return nextInOrder(r);
}

/** The controls a view offers on the running round (shared/ui's abilities): every TurnCommand but picks and hands. */
export type RoundControl = Extract<TurnCommand, { type: 'next' | 'pass' | 'extend' | 'pause' | 'resume' | 'end' }>;

/**
 * A command on the running round or on hands; never throws. Three functions, one per kind of
 * command, so that a view that only asks which controls apply (decideControl) does not bring
 * the hands' and the picks' code and messages into its bundle (README, *Bundles*).
 */
export function decideTurn(s: MeetingState, c: TurnCommand, now: number): CommandResult {
  switch (c.type) {
    case 'raise':
    case 'lower':
    case 'lower-all':
    case 'hands-follow':
      return decideHand(s, c);
    case 'turn':
    case 'skip':
      return decidePick(s, c, now);
    default:
      return decideControl(s, c, now);
  }
}

/** Raised hands and the meeting's hands-follow switch. */
function decideHand(s: MeetingState, c: Extract<TurnCommand, { type: 'raise' | 'lower' | 'lower-all' | 'hands-follow' }>): CommandResult {
  if (s.windowEnd !== null) return fail('meeting-ended', 'the meeting has ended');
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
  if (typeof c.on !== 'boolean') return fail('invalid-command', 'on must be true or false');
  if (s.handsFollowFloor === c.on) return fail('already-set', `hands already ${c.on ? 'follow' : 'do not follow'} the floor`);
  return emit({ type: 'hands.follow', on: c.on });
}

/** The running round a command acts on, or why there is none (the meeting ended, no round runs). */
function runningRound(s: MeetingState): RoundState | CommandResult {
  if (s.windowEnd !== null) return fail('meeting-ended', 'the meeting has ended');
  return s.activeRound ?? fail('no-active-round', 'no round is running');
}

/** Whether a round that is not paused and not silent can take a turn command now; null: it can. */
function refusesTurns(r: RoundState): CommandResult | null {
  if (r.status === 'paused') return fail('round-paused', 'the round is paused; resume it first');
  if (r.kind === 'silent') return fail('no-turns', 'a silent round has no turns');
  return null;
}

/** The controls on the running round: what a view asks to enable its buttons (shared/ui's abilities). */
export function decideControl(s: MeetingState, c: RoundControl, now: number): CommandResult {
  const r = runningRound(s);
  if (!('rid' in r)) return r;
  const rid = r.rid;
  switch (c.type) {
    case 'end':
      return emit({ type: 'round.ended', rid });
    case 'pause':
      return r.status === 'paused' ? fail('round-paused', 'the round is already paused') : emit({ type: 'round.paused', rid });
    case 'resume':
      return r.status !== 'paused' ? fail('not-paused', 'the round is not paused') : emit({ type: 'round.resumed', rid });
  }
  if (c.type === 'extend') {
    if (r.status === 'paused') return fail('round-paused', 'the round is paused; resume it first');
    if (!validMs(c.ms, false)) return fail('invalid-command', `ms must be a number above 0 and at most ${MAX_BOX_MS}`);
    if (r.slotMs === 0) return fail('untimed', 'this round has no time box to extend');
    if (r.box === 'turn' && !r.current) return fail('no-current-turn', 'nobody has the turn');
    return emit({ type: 'round.extended', rid, ms: c.ms });
  }
  const refused = refusesTurns(r);
  if (refused) return refused;
  if (c.type === 'next') {
    const pid = upcoming(s, r, now);
    if (pid !== null) return emit({ type: 'round.turn', rid, pid });
    if (r.kind === 'discussion') return fail('nobody-next', 'no hand is raised');
    return emit({ type: 'round.ended', rid });
  }
  if (!r.current) return fail('no-current-turn', 'nobody has the turn');
  const pid = upcoming(s, r, now);
  if (pid !== null) return emit({ type: 'round.passed', rid }, { type: 'round.turn', rid, pid });
  return r.kind === 'discussion' ? emit({ type: 'round.passed', rid }) : emit({ type: 'round.passed', rid }, { type: 'round.ended', rid });
}

/** Picks: a turn given to someone, the next one skipped. */
function decidePick(s: MeetingState, c: Extract<TurnCommand, { type: 'turn' | 'skip' }>, now: number): CommandResult {
  const r = runningRound(s);
  if (!('rid' in r)) return r;
  const rid = r.rid;
  const refused = refusesTurns(r);
  if (refused) return refused;
  if (c.type === 'turn') {
    if (!s.participants.has(c.pid)) return fail('unknown-participant', `no participant with pid ${JSON.stringify(c.pid)}`);
    if (r.kind !== 'discussion' && !r.order.includes(c.pid)) return fail('not-in-round', `pid ${JSON.stringify(c.pid)} is not in this round`);
    if (r.current?.pid === c.pid) return fail('already-current', 'that person already has the turn');
    return emit({ type: 'round.turn', rid, pid: c.pid });
  }
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
