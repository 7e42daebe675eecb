/**
 * The view port between an extension page and the worker (runtime.connect, name VIEW_PORT):
 * pushed views instead of pulled ones.
 *
 *   page -> worker   follow   which meeting (an id, or the live / most recent one), and where
 *                             the page's copy ends if it has one (resume: meeting id + the seq
 *                             of the last event it holds)
 *   worker -> page   record   the meeting's whole record, once (and again only if the page
 *                             follows the live meeting and another one starts)
 *                    events   only new events; `from` is the seq of the first (event n of the
 *                             record is seq n, 1-based); `speech` when every one is speech
 *                             (pages may draw those later: use-meeting.ts)
 *                    status   the meeting's info, detection health and manual mode, when they change
 *
 * A page never re-reads the record per event: it folds what is pushed (shared/ui MeetingModel).
 * When the worker stops (MV3 does, when idle) the port closes; the worker says `awake` to every
 * page when it starts again (MSG_AWAKE by runtime.sendMessage), and the page follows again with
 * `resume`: the worker sends only what the page lacks, so nothing is lost or shown twice.
 */
import type { MeetingEvent } from '../../shared/core/record/events';
import type { EventCheck, EventProblem } from '../../shared/core/record/record';
import type { Health, MeetingInfo } from './messages';

export const VIEW_PORT = 'roundtable:view';
export const MSG_AWAKE = 'background->ui:awake';

export interface FollowRequest {
  type: 'view->background:follow';
  /** A meeting id; absent: the live meeting, else the most recent one (and the next live one when it starts). */
  meetingId?: string;
  /** The page's copy: the meeting it has and the seq of the last event it holds. */
  resume?: { meetingId: string; seq: number };
}

export interface MeetingStatus {
  meeting: MeetingInfo | null;
  health: Health | null;
  manual: boolean;
}

export type ViewPush =
  /** `problem`: the stored record's first bad event (the events are those before it). */
  | ({ type: 'background->view:record'; events: readonly MeetingEvent[]; problem?: EventProblem } & MeetingStatus)
  | { type: 'background->view:events'; meetingId: string; from: number; events: readonly MeetingEvent[]; speech?: true }
  | ({ type: 'background->view:status' } & MeetingStatus);

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isSeq = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/** Worker side: a follow request, or null. */
export function parseFollow(x: unknown): FollowRequest | null {
  if (!isObj(x) || x.type !== 'view->background:follow') return null;
  if (x.meetingId !== undefined && typeof x.meetingId !== 'string') return null;
  const r = x.resume;
  if (r !== undefined && !(isObj(r) && typeof r.meetingId === 'string' && isSeq(r.seq))) return null;
  return { type: x.type, ...(x.meetingId !== undefined ? { meetingId: x.meetingId } : {}), ...(r !== undefined ? { resume: { meetingId: r.meetingId as string, seq: r.seq as number } } : {}) };
}

function isStatus(x: Record<string, unknown>): boolean {
  return (x.meeting === null || (isObj(x.meeting) && typeof x.meeting.id === 'string')) && (x.health === null || isObj(x.health)) && typeof x.manual === 'boolean';
}

/** Page side: the envelope of a push, or null. Events are the worker's, which checked each (view-hub.ts). */
export function parsePush(x: unknown): ViewPush | null {
  if (!isObj(x)) return null;
  if (x.type === 'background->view:record' && Array.isArray(x.events) && isStatus(x) && (x.problem === undefined || isObj(x.problem))) return x as ViewPush;
  if (x.type === 'background->view:events' && typeof x.meetingId === 'string' && isSeq(x.from) && x.from > 0 && Array.isArray(x.events)) return x as ViewPush;
  if (x.type === 'background->view:status' && isStatus(x)) return x as ViewPush;
  return null;
}

/**
 * Page side: the check a page's model gives pushed events (FoldedModel's `check`): none of its
 * own, as the worker checked every event it pushes (view-hub.ts) and names a stored record's first
 * bad one as the record's `problem`. Spares the pages the record's validator (5.5 KiB minified).
 */
export const checkedByWorker: EventCheck = (value) => ({ ok: true, event: value as MeetingEvent });
