/**
 * The meeting record, version 1 (../shared/design.md, "The meeting record").
 *
 * Everything that happens in a meeting is one of these events; every state is a fold over
 * them. `t` is milliseconds since the Unix epoch, `v` the format version. Names are display
 * text from untrusted pages: they are data, never markup.
 */
export const RECORD_VERSION = 1;

export type Pid = string;
export type RoundKind = 'go-around' | 'check-in' | 'consent' | 'discussion' | 'silent';
export const ROUND_KINDS: readonly RoundKind[] = ['go-around', 'check-in', 'consent', 'discussion', 'silent'];

export interface DecisionRights {
  initiator: Pid | null;
  deciders: Pid[];
  contributors: Pid[];
  informed: Pid[];
}

interface Base<T extends string> {
  v: number;
  t: number;
  type: T;
}

export type MeetingStarted = Base<'meeting.started'> & { id: string; title: string; platform?: string; facilitator?: Pid };
export type ParticipantJoined = Base<'participant.joined'> & { pid: Pid; name: string; self?: boolean };
export type ParticipantRenamed = Base<'participant.renamed'> & { pid: Pid; name: string };
export type ParticipantLeft = Base<'participant.left'> & { pid: Pid };
export type SpeechStarted = Base<'speech.started'> & { pid: Pid };
export type SpeechEnded = Base<'speech.ended'> & { pid: Pid };
/** How a round's time box applies: one slot per turn (default), or one box for the whole round. */
export type RoundBox = 'turn' | 'round';
export const ROUND_BOXES: readonly RoundBox[] = ['turn', 'round'];
/** How a discussion round picks the next raised hand: first come, or furthest below fair share first. */
export type QueueOrder = 'fifo' | 'deficit';
export const QUEUE_ORDERS: readonly QueueOrder[] = ['fifo', 'deficit'];
/**
 * `slotMs` 0 means untimed. `box`, `queue` and `strategy` are optional additions to v1: a record
 * without them reads as a slot per turn, first-come queue, order as given.
 */
export type RoundStarted = Base<'round.started'> & {
  rid: string;
  kind: RoundKind;
  topic?: string;
  order: Pid[];
  slotMs: number;
  box?: RoundBox;
  queue?: QueueOrder;
  strategy?: string;
  /** A consent round names the decision item (decision.proposed) whose deciders it takes in turn. */
  did?: string;
};
export type RoundTurn = Base<'round.turn'> & { rid: string; pid: Pid };
export type RoundPassed = Base<'round.passed'> & { rid: string };
export type RoundExtended = Base<'round.extended'> & { rid: string; ms: number };
export type RoundPaused = Base<'round.paused'> & { rid: string };
export type RoundResumed = Base<'round.resumed'> & { rid: string };
export type RoundEnded = Base<'round.ended'> & { rid: string };
export type HandRaised = Base<'hand.raised'> & { pid: Pid };
/**
 * Why a hand went down (issue 11): lowered by a command for that one hand, on its owner taking
 * the floor, by "Lower all hands", or skipped at the head of a discussion queue. Absent (older
 * records) means `manual`: a command lowered it.
 */
export type HandLowerReason = 'manual' | 'floor' | 'all' | 'skipped';
export const HAND_LOWER_REASONS: readonly HandLowerReason[] = ['manual', 'floor', 'all', 'skipped'];
export type HandLowered = Base<'hand.lowered'> & { pid: Pid; reason?: HandLowerReason };
/** The per-meeting switch: a raised hand lowers itself when its owner takes the floor (on unless a record says off). */
export type HandsFollow = Base<'hands.follow'> & { on: boolean };
export type DecisionRecorded = Base<'decision.recorded'> & {
  did: string;
  title: string;
  outcome: string;
  rationale?: string;
  rights: DecisionRights;
  objections?: { pid: Pid; reason: string; resolved?: boolean }[];
};
export type MeetingEnded = Base<'meeting.ended'>;

/*
 * Shared leadership (issue 6), additive to v1: an older reader skips none of these (they are
 * v1 types), and a record without them reads exactly as before. Folds live in meeting/leadership-state.ts, decisions/ and debrief/.
 */

/** A consent answer: consent, a concern (voiced, not blocking), or an objection (blocks until resolved or withdrawn). */
export type ConsentAnswer = 'consent' | 'concern' | 'objection';
export const CONSENT_ANSWERS: readonly ConsentAnswer[] = ['consent', 'concern', 'objection'];
/** The debrief's three prompts: what worked, what did not, what we change next time. */
export type DebriefPrompt = 'worked' | 'did-not' | 'change';
export const DEBRIEF_PROMPTS: readonly DebriefPrompt[] = ['worked', 'did-not', 'change'];

/** Opens a decision item: its participation window starts here and ends at its decision.recorded. `area` keys the team's decision matrix. */
export type DecisionProposed = Base<'decision.proposed'> & { did: string; title: string; proposal?: string; area?: string; rights: DecisionRights };
/** One decider's answer on item `did`; a later answer of the same pid replaces the earlier one. `rid`: the consent round it was given in. */
export type ConsentResponse = Base<'consent.response'> & { did: string; pid: Pid; response: ConsentAnswer; reason?: string; rid?: string };
/** `pid`'s open objection on `did` was resolved (the proposal changed, or the concern was met): `how` says what was done. */
export type ObjectionResolved = Base<'objection.resolved'> & { did: string; pid: Pid; how?: string };
/** `pid` withdrew their open objection on `did`. */
export type ObjectionWithdrawn = Base<'objection.withdrawn'> & { did: string; pid: Pid; how?: string };
/** One answer to a debrief prompt; `pid` is absent when the facilitator notes a group answer. */
export type DebriefAnswered = Base<'debrief.answered'> & { prompt: DebriefPrompt; pid?: Pid; text: string };
/** Facilitation passes to `pid` during the meeting (meeting.started names the first facilitator). */
export type FacilitatorChanged = Base<'facilitator.changed'> & { pid: Pid };

/*
 * The agenda (issue 11 item 5), additive to v1: items with time boxes, one in play at a time.
 * Folds live in agenda/agenda-state.ts.
 */

/** What an agenda item is for: to inform, to discuss, or to decide (a decision item links to the trail). */
export type AgendaKind = 'information' | 'discussion' | 'decision';
export const AGENDA_KINDS: readonly AgendaKind[] = ['information', 'discussion', 'decision'];
/** One planned item: `aid` is stable in the meeting, `boxMs` its time box, `owner` who leads it, `did` its decision item. */
export interface AgendaItemPlan {
  aid: string;
  title: string;
  boxMs: number;
  kind: AgendaKind;
  owner?: Pid;
  did?: string;
}
/** The agenda as planned (replaces an earlier plan; items already in play or done keep their time). */
export type AgendaSet = Base<'agenda.set'> & { items: AgendaItemPlan[] };
/** Item `aid` comes into play (the item in play before it ends). */
export type AgendaStarted = Base<'agenda.started'> & { aid: string };
/** The item in play ends; `carried`: it goes on to a later meeting unfinished. */
export type AgendaEnded = Base<'agenda.ended'> & { aid: string; carried?: boolean };
/** A planned item is skipped without coming into play (it carries over). */
export type AgendaSkipped = Base<'agenda.skipped'> & { aid: string };
/** Item `aid` is to be settled by decision item `did` (its own decision; replaces an earlier one). */
export type AgendaLinked = Base<'agenda.linked'> & { aid: string; did: string };

export type MeetingEvent =
  | MeetingStarted
  | ParticipantJoined
  | ParticipantRenamed
  | ParticipantLeft
  | SpeechStarted
  | SpeechEnded
  | RoundStarted
  | RoundTurn
  | RoundPassed
  | RoundExtended
  | RoundPaused
  | RoundResumed
  | RoundEnded
  | HandRaised
  | HandLowered
  | DecisionRecorded
  | MeetingEnded
  | DecisionProposed
  | ConsentResponse
  | ObjectionResolved
  | ObjectionWithdrawn
  | DebriefAnswered
  | FacilitatorChanged
  | HandsFollow
  | AgendaSet
  | AgendaStarted
  | AgendaEnded
  | AgendaSkipped
  | AgendaLinked;

export type EventType = MeetingEvent['type'];
/** Speech detected on the call, as against somebody's act (a round, a hand, a decision). */
export const isSpeech = (e: MeetingEvent): e is SpeechStarted | SpeechEnded => e.type === 'speech.started' || e.type === 'speech.ended';
/** Every v1 type, defined once. */
export const EVENT_TYPES: readonly EventType[] = [
  'meeting.started',
  'participant.joined',
  'participant.renamed',
  'participant.left',
  'speech.started',
  'speech.ended',
  'round.started',
  'round.turn',
  'round.passed',
  'round.extended',
  'round.paused',
  'round.resumed',
  'round.ended',
  'hand.raised',
  'hand.lowered',
  'decision.recorded',
  'meeting.ended',
  'decision.proposed',
  'consent.response',
  'objection.resolved',
  'objection.withdrawn',
  'debrief.answered',
  'facilitator.changed',
  'hands.follow',
  'agenda.set',
  'agenda.started',
  'agenda.ended',
  'agenda.skipped',
  'agenda.linked',
];
/** An event without its envelope, as code that emits events builds it (`t` and `v` are stamped by the recorder). */
export type EventBody = MeetingEvent extends infer E ? (E extends MeetingEvent ? Omit<E, 'v' | 't'> : never) : never;
