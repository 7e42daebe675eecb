/**
 * Consent decisions as commands: pure functions from (state, trail, command, now) to the
 * events to append, or a typed error. Like decideRound they never throw and never touch the
 * state; the caller records the events (MeetingSession.record) and folds them into both the
 * meeting state and the trail.
 *
 *   command       allowed when                                         emits
 *   propose       meeting open, new did, title, >= 1 decider           decision.proposed
 *   start-round   meeting open, item undecided, no round running,      round.started (kind consent, did,
 *                 a decider in the meeting                             order = deciders present) + round.turn
 *   respond       meeting open, item undecided, pid a decider without  consent.response [+ round.turn next |
 *                 an open objection; in the item's running round only   round.ended]: the round moves on
 *                 the one whose turn it is; an objection needs a reason
 *   resolve /     item undecided, pid has an open objection            objection.resolved / .withdrawn
 *   withdraw
 *   record        item undecided and not blocked, an outcome           [round.ended] + decision.recorded
 *
 * Resolving, withdrawing and recording may follow the meeting's end: an objection is often met
 * after the call, and the fold accepts decisions after meeting.ended.
 */
import { CONSENT_ANSWERS, type ConsentAnswer, type DecisionRights, type EventBody, type Pid } from '../record/events';
import type { MeetingState } from '../meeting/meeting-state';
import type { OrderStrategy } from '../rounds/orders';
import { decideRound, type RoundErrorCode } from '../rounds/round-commands';
import { openObjection, statusOf, type DecisionItem, type DecisionTrail } from './decision-trail';

export type ConsentCommand =
  | { type: 'propose'; did?: string; title: string; proposal?: string; area?: string; rights: DecisionRights }
  | { type: 'start-round'; did: string; slotMs: number; strategy?: OrderStrategy; seed?: number; rid?: string }
  | { type: 'respond'; did: string; pid: Pid; response: ConsentAnswer; reason?: string }
  | { type: 'resolve'; did: string; pid: Pid; how?: string }
  | { type: 'withdraw'; did: string; pid: Pid; how?: string }
  | { type: 'record'; did: string; outcome: string; rationale?: string };

export const CONSENT_COMMANDS: readonly ConsentCommand['type'][] = ['propose', 'start-round', 'respond', 'resolve', 'withdraw', 'record'];

export type ConsentErrorCode =
  | 'invalid-command'
  | 'meeting-ended'
  | 'duplicate-item'
  | 'unknown-item'
  | 'already-decided'
  | 'no-deciders'
  | 'not-a-decider'
  | 'not-their-turn'
  | 'reason-required'
  | 'objection-open'
  | 'no-open-objection'
  | 'blocked'
  | RoundErrorCode;

export interface ConsentError {
  code: ConsentErrorCode;
  message: string;
}

export type ConsentResult = { ok: true; events: EventBody[] } | { ok: false; error: ConsentError };

const fail = (code: ConsentErrorCode, message: string): ConsentResult => ({ ok: false, error: { code, message } });
const emit = (...events: EventBody[]): ConsentResult => ({ ok: true, events });
const text = (v: unknown): v is string => typeof v === 'string';
const filled = (v: unknown): v is string => text(v) && v.trim() !== '';

function badRights(r: unknown): string | null {
  if (typeof r !== 'object' || r === null) return 'rights must be an object';
  const o = r as Record<string, unknown>;
  if (o.initiator !== null && !(text(o.initiator) && o.initiator !== '')) return 'rights.initiator must be a pid or null';
  for (const k of ['deciders', 'contributors', 'informed'])
    if (!Array.isArray(o[k]) || !(o[k] as unknown[]).every((p) => text(p) && p !== '')) return `rights.${k} must be a list of pids`;
  return null;
}

function freshDid(trail: DecisionTrail): string {
  let n = trail.items.length + 1;
  while (trail.byId.has(`d${n}`)) n++;
  return `d${n}`;
}

/** The item's consent round, if it is the one running now. */
function runningRound(s: MeetingState, item: DecisionItem) {
  const r = s.activeRound;
  return r && item.rounds.includes(r.rid) ? r : null;
}

function propose(trail: DecisionTrail, c: Extract<ConsentCommand, { type: 'propose' }>): ConsentResult {
  if (!text(c.title) || c.title.trim() === '') return fail('invalid-command', 'a decision needs a title');
  if (c.proposal !== undefined && !text(c.proposal)) return fail('invalid-command', 'proposal must be text');
  if (c.area !== undefined && !text(c.area)) return fail('invalid-command', 'area must be text');
  const bad = badRights(c.rights);
  if (bad) return fail('invalid-command', bad);
  if (c.rights.deciders.length === 0) return fail('no-deciders', 'a decision needs at least one decider');
  if (c.did !== undefined && (!text(c.did) || c.did === '')) return fail('invalid-command', 'did must be a non-empty id');
  const did = c.did ?? freshDid(trail);
  if (trail.byId.has(did)) return fail('duplicate-item', `a decision item ${JSON.stringify(did)} already exists`);
  const r = c.rights;
  const body: EventBody = { type: 'decision.proposed', did, title: c.title, rights: { initiator: r.initiator, deciders: r.deciders.slice(), contributors: r.contributors.slice(), informed: r.informed.slice() } };
  if (c.proposal !== undefined) body.proposal = c.proposal;
  if (c.area !== undefined) body.area = c.area;
  return emit(body);
}

function startRound(s: MeetingState, item: DecisionItem, c: Extract<ConsentCommand, { type: 'start-round' }>, now: number): ConsentResult {
  const deciders = item.rights.deciders.filter((pid) => s.participants.get(pid)?.present);
  if (deciders.length === 0) return fail('no-deciders', 'none of the deciders is in the meeting');
  const r = decideRound(s, { type: 'start', kind: 'consent', slotMs: c.slotMs, topic: item.title, participants: deciders, strategy: c.strategy, seed: c.seed, rid: c.rid }, now);
  if (!r.ok) return r;
  // The round machine built round.started; the did links it to the item in the record.
  return emit(...r.events.map((e): EventBody => (e.type === 'round.started' ? { ...e, did: item.did } : e)));
}

function respond(s: MeetingState, item: DecisionItem, c: Extract<ConsentCommand, { type: 'respond' }>, now: number): ConsentResult {
  if (!CONSENT_ANSWERS.includes(c.response)) return fail('invalid-command', `response must be one of ${CONSENT_ANSWERS.join(', ')}`);
  if (c.reason !== undefined && !text(c.reason)) return fail('invalid-command', 'reason must be text');
  if (!item.rights.deciders.includes(c.pid)) return fail('not-a-decider', `pid ${JSON.stringify(c.pid)} is not a decider of this item`);
  if (c.response === 'objection' && !filled(c.reason)) return fail('reason-required', 'an objection needs its reason');
  if (openObjection(item, c.pid)) return fail('objection-open', 'this decider has an open objection: resolve or withdraw it first');
  const body: EventBody = { type: 'consent.response', did: item.did, pid: c.pid, response: c.response };
  if (c.reason !== undefined && c.reason !== '') body.reason = c.reason;
  const round = runningRound(s, item);
  if (!round) return emit(body);
  if (round.current?.pid !== c.pid) return fail('not-their-turn', `it is ${round.current ? `${JSON.stringify(round.current.pid)}'s` : "nobody's"} turn in the consent round`);
  body.rid = round.rid;
  // The answer closes this decider's turn: the round passes to the next decider, or ends.
  const next = decideRound(s, { type: 'next' }, now);
  return next.ok ? emit(body, ...next.events) : next;
}

function record(s: MeetingState, item: DecisionItem, c: Extract<ConsentCommand, { type: 'record' }>): ConsentResult {
  if (!text(c.outcome) || c.outcome.trim() === '') return fail('invalid-command', 'a decision needs an outcome');
  if (c.rationale !== undefined && !text(c.rationale)) return fail('invalid-command', 'rationale must be text');
  const open = item.objections.filter((o) => o.state === 'open');
  if (open.length) return fail('blocked', `blocked by the open objection${open.length > 1 ? 's' : ''} of ${open.map((o) => JSON.stringify(o.pid)).join(', ')}`);
  const body: EventBody = {
    type: 'decision.recorded',
    did: item.did,
    title: item.title,
    outcome: c.outcome,
    rights: { initiator: item.rights.initiator, deciders: item.rights.deciders.slice(), contributors: item.rights.contributors.slice(), informed: item.rights.informed.slice() },
    // design.md's objection list keeps one flag: a withdrawn objection no longer blocks, so it reads as resolved.
    objections: item.objections.map((o) => ({ pid: o.pid, reason: o.reason, resolved: true })),
  };
  if (c.rationale !== undefined && c.rationale !== '') body.rationale = c.rationale;
  const round = runningRound(s, item);
  return round ? emit({ type: 'round.ended', rid: round.rid }, body) : emit(body);
}

export function decideConsent(s: MeetingState, trail: DecisionTrail, c: ConsentCommand, now: number): ConsentResult {
  if (typeof c !== 'object' || c === null || !CONSENT_COMMANDS.includes(c.type)) return fail('invalid-command', `unknown command ${JSON.stringify((c as { type?: unknown } | null)?.type ?? null)}`);
  const ended = s.windowEnd !== null;
  if (ended && (c.type === 'propose' || c.type === 'start-round' || c.type === 'respond')) return fail('meeting-ended', 'the meeting has ended');
  if (c.type === 'propose') return propose(trail, c);
  const item = trail.byId.get(c.did);
  if (!item) return fail('unknown-item', `no decision item ${JSON.stringify(c.did)}`);
  if (statusOf(item) === 'decided') return fail('already-decided', `${JSON.stringify(item.title)} is already decided`);
  switch (c.type) {
    case 'start-round':
      return startRound(s, item, c, now);
    case 'respond':
      return respond(s, item, c, now);
    case 'resolve':
    case 'withdraw': {
      if (!openObjection(item, c.pid)) return fail('no-open-objection', `pid ${JSON.stringify(c.pid)} has no open objection on this item`);
      if (c.how !== undefined && !text(c.how)) return fail('invalid-command', 'how must be text');
      const how = c.how !== undefined && c.how !== '' ? { how: c.how } : {};
      return emit({ type: c.type === 'resolve' ? 'objection.resolved' : 'objection.withdrawn', did: item.did, pid: c.pid, ...how });
    }
    case 'record':
      return record(s, item, c);
  }
}
