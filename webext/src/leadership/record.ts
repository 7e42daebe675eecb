/**
 * A stored meeting's record, folded with its leadership (issue 6): what the side panel, the
 * summary page, its exports and the team pages all read. Pages fold the record at render time,
 * as use-meeting.ts does, so they never hold state of their own.
 */
import type { MeetingEvent, Pid } from '../../../shared/core/record/events';
import { foldLeadership, type MeetingWithLeadership } from '../../../shared/core/meeting/leadership-state';
import { sortByTime } from '../../../shared/core/record/record';
import { summarize, type Summary } from '../../../shared/core/summary/summary';

export function foldRecord(events: readonly MeetingEvent[]): MeetingWithLeadership {
  return foldLeadership(sortByTime(events));
}

/** The summary with its decision trail, debrief and facilitators: what every export renders. */
export function summaryWithLeadership(events: readonly MeetingEvent[], now: number): Summary {
  const { state, leadership } = foldRecord(events);
  return summarize(state, now, leadership);
}

/** pid -> display name of a summarized meeting (names stay untrusted text). */
export function namesOf(summary: Summary): Map<Pid, string> {
  return new Map(summary.participants.map((p) => [p.pid, p.name]));
}
