/**
 * Decision items as plain data at `now`: what the decision records, summaries, exports and
 * both shells' views show. Fresh objects (JSON-safe, no Maps), names resolved from the meeting.
 * An open item's participation window runs to `now` (or T1 once the meeting ended).
 */
import type { ConsentAnswer, DecisionRights, Pid } from '../record/events';
import type { MeetingState } from '../meeting/meeting-state';
import { copyRights, statusOf, type DecisionItem, type DecisionStatus, type DecisionTrail, type ObjectionState } from './decision-trail';
import { markNow, participationBetween, type ItemParticipation } from './participation';

export interface ResponseView {
  pid: Pid;
  name: string;
  /** null: a decider who has not answered. */
  response: ConsentAnswer | null;
  reason: string;
  t: number | null;
  /** Answered without being a decider (tolerated in a record, never produced by the commands). */
  decider: boolean;
}

export interface ObjectionView {
  pid: Pid;
  name: string;
  reason: string;
  raisedAt: number;
  state: ObjectionState;
  closedAt: number | null;
  how: string;
}

export interface DecisionItemView {
  did: string;
  title: string;
  proposal: string;
  area: string;
  status: DecisionStatus;
  proposedAt: number;
  decidedAt: number | null;
  rights: DecisionRights;
  /** Every decider in rights order (answered or not), then anyone else who answered. */
  responses: ResponseView[];
  objections: ObjectionView[];
  outcome: string;
  rationale: string;
  rounds: string[];
  participation: ItemParticipation;
}

const nameIn = (s: MeetingState, pid: Pid): string => s.participants.get(pid)?.name ?? pid;

/** Every decider in rights order (answered or not), then anyone else who answered, a view at a time. */
export function* responseViews(s: MeetingState, item: DecisionItem): Generator<ResponseView> {
  const deciders = item.rights.deciders;
  for (const pid of deciders) {
    const r = item.responses.get(pid);
    yield { pid, name: nameIn(s, pid), response: r?.response ?? null, reason: r?.reason ?? '', t: r?.t ?? null, decider: true };
  }
  // A set, not a search per response: a hostile record can name any number of deciders.
  const isDecider = deciders.length > 0 ? new Set(deciders) : null;
  for (const r of item.responses.values())
    if (!isDecider?.has(r.pid)) yield { pid: r.pid, name: nameIn(s, r.pid), response: r.response, reason: r.reason, t: r.t, decider: false };
}

/** The item's objections in the order raised, a view at a time. */
export function* objectionViews(s: MeetingState, item: DecisionItem): Generator<ObjectionView> {
  for (const o of item.objections) yield { pid: o.pid, reason: o.reason, raisedAt: o.raisedAt, state: o.state, closedAt: o.closedAt, how: o.how, name: nameIn(s, o.pid) };
}

/**
 * `lists: false` leaves `responses` and `objections` empty, in their places: summary-json.ts
 * writes them from the trail instead of holding every view at once.
 */
export function viewItem(s: MeetingState, item: DecisionItem, now: number, lists = true): DecisionItemView {
  return {
    did: item.did,
    title: item.title,
    proposal: item.proposal,
    area: item.area,
    status: statusOf(item),
    proposedAt: item.proposedAt,
    decidedAt: item.decidedAt,
    rights: copyRights(item.rights),
    responses: lists ? Array.from(responseViews(s, item)) : [],
    objections: lists ? Array.from(objectionViews(s, item)) : [],
    outcome: item.outcome,
    rationale: item.rationale,
    rounds: item.rounds.slice(),
    participation: participationBetween(s, item.startMarks, item.endMarks ?? markNow(s, now), item.rights),
  };
}

/** Every item in the order proposed (or recorded, for items without a proposal). */
export function viewTrail(s: MeetingState, trail: DecisionTrail, now: number): DecisionItemView[] {
  return trail.items.map((item) => viewItem(s, item, now));
}
