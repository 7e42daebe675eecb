/**
 * The one typed message protocol of the browser extension, named by direction:
 *
 *   content->background   a call page's content script reports what it sees (observed, call ended)
 *   ui->background        an extension page asks or commands (one request, one reply)
 *   view<->background     an extension page's port: the record once, then only new events (views.ts)
 *
 * Every request type is in `Requests`, with the body it carries and the value its reply holds;
 * `send` (pages/connection.ts) is typed by it, and the worker's router (background/router.ts)
 * checks every message where it arrives (background/parse-request.ts) and who sent it: content
 * requests from a tab, ui requests only from the extension's own pages. Every reply is an
 * envelope, `{ ok: true, value }` or `{ ok: false, error: { code, message } }`, with a code from
 * `ErrorCode` (the core's refusal codes included) so a page can say what went wrong in its own words.
 */
import type { MeetingEvent, Pid } from '../../shared/core/record/events';
import type { CoreErrorCode } from '../../shared/core/meeting/errors';
import type { ConsentCommand } from '../../shared/core/decisions/consent';
import type { DebriefCommand } from '../../shared/core/debrief/debrief';
import type { RoundCommand } from '../../shared/core/rounds/round-commands';
import type { AgendaCommand } from '../../shared/core/agenda/agenda-commands';

export const MSG = {
  observed: 'content->background:observed',
  callEnded: 'content->background:call-ended',
  /** The page is going away (page hide): a reload returns within the grace period, a departure ends the call. */
  left: 'content->background:left',
  getMeeting: 'ui->background:get-meeting',
  listMeetings: 'ui->background:list-meetings',
  command: 'ui->background:command',
  leadership: 'ui->background:leadership',
  deleteMeeting: 'ui->background:delete-meeting',
  deleteAll: 'ui->background:delete-all',
  refusals: 'ui->background:refusals',
  /** A meeting was opened, ended or deleted: list pages (history, trends, playbook) refresh. Never sent per event. */
  changed: 'background->ui:changed',
} as const;

/**
 * A call page's content script keeps a port of this name open while it watches a call: when the
 * page goes away the browser closes it, and the worker hears that the tab left even where the
 * page-hide message is lost (Firefox). Nothing is sent over it.
 */
export const CALL_PORT = 'roundtable:call';

export type PlatformId = 'meet' | 'jitsi' | 'zoom' | 'teams' | 'demo' | 'manual';
export const PLATFORMS: readonly PlatformId[] = ['meet', 'jitsi', 'zoom', 'teams', 'demo', 'manual'];

/** One participant as a call page shows them. `pid` is the platform's stable id; `name` is untrusted display text. */
export interface SeenParticipant {
  pid: Pid;
  name: string;
  self: boolean;
  /** When the tile first appeared (it is reported only after a dwell): the worker back-dates the join to it. */
  since?: number;
}

/** A debounced speaking change: `t` is when the indicator really changed (onset and hang-over are back-dated). */
export interface SpeakingChange {
  pid: Pid;
  speaking: boolean;
  t: number;
}

/** `flooded`: the page shows more people or changes than a call can (issue 15); detection stopped writing. */
export type HealthProblem = 'no-signals' | 'all-speaking' | 'audio-but-silent' | 'unknown-layout' | 'flooded';
export const HEALTH_PROBLEMS: readonly HealthProblem[] = ['no-signals', 'all-speaking', 'audio-but-silent', 'unknown-layout', 'flooded'];

export interface Health {
  problems: HealthProblem[];
  /** Names of the candidate selectors that matched, e.g. "tile: span.videocontainer". */
  matched: string[];
  layout: string | null;
}

export interface CallIdentity {
  /** Stable for one meeting across tabs and reloads: platform plus room (two tabs of one call share it). */
  key: string;
  platform: PlatformId;
  title: string;
}

export interface ObservedMessage {
  type: typeof MSG.observed;
  call: CallIdentity;
  participants: SeenParticipant[];
  changes: SpeakingChange[];
  /** Who this tab believes is speaking after `changes`: lets the worker reconcile after a restart. */
  speakingNow: Pid[];
  health: Health;
}

/** The tab's last word on page hide: its unsent changes, then its claims end at `t`. */
export interface LeftMessage {
  type: typeof MSG.left;
  call: CallIdentity;
  t: number;
  changes: SpeakingChange[];
}

export interface CallEndedMessage {
  type: typeof MSG.callEnded;
  call: CallIdentity;
  t: number;
}

/** What a page may ask the worker to record. Rounds, hands and manual speech go through here. */
export type UiCommand =
  | { kind: 'start-manual'; title: string; names: string[] }
  | { kind: 'manual-speaking'; pid: Pid | null }
  | { kind: 'add-participant'; name: string }
  | { kind: 'rename'; pid: Pid; name: string }
  | { kind: 'end-meeting' }
  | { kind: 'manual-mode'; on: boolean }
  /** Rounds and hands: validated and turned into events by the core (decideRound). */
  | { kind: 'round'; command: RoundCommand }
  /** The agenda (issue 11): validated and turned into events by the core (decideAgenda). */
  | { kind: 'agenda'; command: AgendaCommand };

/** Consent, debrief and facilitator commands (issue 6), decided by the core against the meeting's record. */
export type LeadershipCommand =
  | { kind: 'consent'; command: ConsentCommand }
  | { kind: 'debrief'; command: DebriefCommand }
  /** Records who facilitates (facilitator.changed) and the facilitation on the team roster. */
  | { kind: 'facilitator'; pid: Pid };

export interface MeetingInfo {
  id: string;
  key: string;
  title: string;
  platform: PlatformId;
  startedAt: number;
  endedAt?: number;
  /** Speech is marked by hand (no call page, or the page's signals were lost). */
  manual?: boolean;
}

/** Reply to get-meeting: one stored meeting's whole record (for exports and the team pages, never per event). */
export interface MeetingSnapshot {
  meeting: MeetingInfo | null;
  events: MeetingEvent[];
  health: Health | null;
  manual: boolean;
}

/** How many messages the router refused since the worker started, by reason. */
export interface RefusalCounts {
  /** A ui request from anything but an extension page (a call page's content script, say). */
  sender: number;
  /** Not a request of this protocol, or a body of the wrong shape. */
  malformed: number;
}

/** Each request: the body it carries beside `type`, and the value of its successful reply. */
export interface Requests {
  [MSG.observed]: { body: Omit<ObservedMessage, 'type'>; value: null };
  [MSG.callEnded]: { body: Omit<CallEndedMessage, 'type'>; value: null };
  [MSG.left]: { body: Omit<LeftMessage, 'type'>; value: null };
  /** A meeting id; absent = the live meeting, else the most recent one. */
  [MSG.getMeeting]: { body: { id?: string }; value: MeetingSnapshot };
  [MSG.listMeetings]: { body: Record<never, never>; value: MeetingInfo[] };
  /** Replies with the id of the meeting it changed (null: nothing to do). */
  [MSG.command]: { body: { meetingId?: string; command: UiCommand }; value: { meetingId: string | null } };
  [MSG.leadership]: { body: { meetingId: string; command: LeadershipCommand }; value: null };
  [MSG.deleteMeeting]: { body: { id: string }; value: null };
  /** `roster`: clear the team roster too (otherwise only what refers to the deleted meetings leaves it). */
  [MSG.deleteAll]: { body: { roster?: boolean }; value: null };
  [MSG.refusals]: { body: Record<never, never>; value: RefusalCounts };
}

export type RequestType = keyof Requests;
/** The requests a call page's content script may send; every other request is the extension pages' alone. */
export const CONTENT_REQUESTS = [MSG.observed, MSG.callEnded, MSG.left] as const;
export type ContentRequestType = (typeof CONTENT_REQUESTS)[number];
export type PageRequestType = Exclude<RequestType, ContentRequestType>;

export type Request<K extends RequestType> = { type: K } & Requests[K]['body'];
export type ToBackground = { [K in RequestType]: Request<K> }[RequestType];

/**
 * Why a request was refused. The browser's own codes, then the core's (rounds, consent,
 * debrief): the code is for the page to word; `message` is English for logs and tests.
 */
export type ErrorCode =
  | 'forbidden-sender'
  | 'malformed'
  | 'no-meeting'
  | 'roster-damaged'
  /** The roster could not be stored (quota): the record has the change, the roster does not. */
  | 'roster-unsaved'
  | 'failed'
  | CoreErrorCode;

export interface ProtocolError {
  code: ErrorCode;
  message: string;
}

export type Reply<V> = { ok: true; value: V } | { ok: false; error: ProtocolError };
export type ReplyTo<K extends RequestType> = Reply<Requests[K]['value']>;

export const ok = <V>(value: V): Reply<V> => ({ ok: true, value });
export const refuse = (code: ErrorCode, message: string): { ok: false; error: ProtocolError } => ({ ok: false, error: { code, message } });

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A page's check of what came back: a reply envelope, or a refusal saying it was not one (a
 * worker of another version, or nothing listening). The value's type is the request's, from the
 * worker of this same build.
 */
export function parseReply<K extends RequestType>(raw: unknown): ReplyTo<K> {
  if (isObj(raw) && raw.ok === true && 'value' in raw) return raw as ReplyTo<K>;
  if (isObj(raw) && raw.ok === false && isObj(raw.error) && typeof raw.error.code === 'string' && typeof raw.error.message === 'string') return raw as ReplyTo<K>;
  return refuse('failed', 'no reply from the extension worker');
}
