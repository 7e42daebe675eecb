/**
 * The one typed message protocol of the browser extension. Every message type is defined
 * here once and named by direction:
 *
 *   content->background   a call page's content script reports what it sees
 *   ui->background        the side panel, popup and summary page ask or command
 *   background->ui        the worker tells open pages that the meeting changed
 *
 * The background worker owns the meeting; pages and content scripts hold no meeting state
 * of their own beyond what they are sent.
 */
import type { MeetingEvent, Pid } from '../../shared/core/record/events';
import type { RoundCommand } from '../../shared/core/rounds/round-commands';

export const MSG = {
  observed: 'content->background:observed',
  callEnded: 'content->background:call-ended',
  /** The page is going away (page hide): a reload returns within the grace period, a departure ends the call. */
  left: 'content->background:left',
  getMeeting: 'ui->background:get-meeting',
  listMeetings: 'ui->background:list-meetings',
  command: 'ui->background:command',
  deleteMeeting: 'ui->background:delete-meeting',
  deleteAll: 'ui->background:delete-all',
  /** Issue 6: consent, debrief and facilitator commands (webext/src/leadership/protocol.ts). */
  leadership: 'ui->background:leadership',
  changed: 'background->ui:changed',
} as const;

export type PlatformId = 'meet' | 'jitsi' | 'zoom' | 'teams' | 'demo' | 'manual';

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
  | { kind: 'round'; command: RoundCommand };

export interface GetMeetingMessage {
  type: typeof MSG.getMeeting;
  /** A meeting id; absent = the live meeting, else the most recent one. */
  id?: string;
}
export interface CommandMessage {
  type: typeof MSG.command;
  meetingId?: string;
  command: UiCommand;
}
export interface ListMeetingsMessage {
  type: typeof MSG.listMeetings;
}
export interface DeleteMeetingMessage {
  type: typeof MSG.deleteMeeting;
  id: string;
}
export interface DeleteAllMessage {
  type: typeof MSG.deleteAll;
  /** Clear the team roster too (otherwise only what refers to the deleted meetings leaves it). */
  roster?: boolean;
}
export interface ChangedMessage {
  type: typeof MSG.changed;
  meetingId: string;
}

export type ToBackground = ObservedMessage | CallEndedMessage | LeftMessage | GetMeetingMessage | CommandMessage | ListMeetingsMessage | DeleteMeetingMessage | DeleteAllMessage;

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

/** Reply to get-meeting: the whole record (events are few; pages fold them with the core at render time). */
export interface MeetingSnapshot {
  meeting: MeetingInfo | null;
  events: MeetingEvent[];
  health: Health | null;
  manual: boolean;
}

