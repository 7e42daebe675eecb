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
import { ORDER_STRATEGIES, orderBy, presentRoster, type OrderStrategy } from './orders';
import { decideTurn, emit, fail, MAX_BOX_MS, validMs, type CommandResult, type TurnCommand } from './turn-commands';

export { MAX_BOX_MS, type CommandResult, type RoundError, type RoundErrorCode, type TurnCommand } from './turn-commands';

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
  | TurnCommand;

/** Every command type, defined once. */
export const ROUND_COMMANDS: readonly RoundCommand['type'][] = ['start', 'next', 'turn', 'pass', 'skip', 'extend', 'pause', 'resume', 'end', 'raise', 'lower', 'lower-all', 'hands-follow'];

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

export function decideRound(s: MeetingState, c: RoundCommand, now: number): CommandResult {
  if (typeof c !== 'object' || c === null || !ROUND_COMMANDS.includes(c.type)) return fail('invalid-command', `unknown command ${JSON.stringify((c as { type?: unknown } | null)?.type ?? null)}`);
  if (c.type !== 'start') return decideTurn(s, c, now);
  if (s.windowEnd !== null) return fail('meeting-ended', 'the meeting has ended');
  return start(s, c, now);
}
