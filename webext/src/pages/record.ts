/**
 * A stored meeting's record, folded (decision trail, debrief and facilitators included): what the side panel, the
 * summary page, its exports and the team pages all read. Pages fold the record at render time,
 * as use-meeting.ts does, so they never hold state of their own.
 */
import type { MeetingEvent, Pid } from '../../../shared/core/record/events';
import { createMeetingState, type MeetingState } from '../../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { sortByTime } from '../../../shared/core/record/record';
import { summarize, type Summary } from '../../../shared/core/summary/summary';

export function foldRecord(events: readonly MeetingEvent[]): MeetingState {
  return foldEvents(sortByTime(events), createMeetingState());
}

/** The summary with its decision trail, debrief and facilitators: what every export renders. */
export function summaryWithLeadership(events: readonly MeetingEvent[], now: number): Summary {
  return summarize(foldRecord(events), now, { leadership: true });
}

/** pid -> display name of a summarized meeting (names stay untrusted text). */
export function namesOf(summary: Summary): Map<Pid, string> {
  return new Map(summary.participants.map((p) => [p.pid, p.name]));
}
