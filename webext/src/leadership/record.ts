/**
 * A stored meeting's record, folded with its leadership (issue 6): what the side panel, the
 * summary page, its exports and the team pages all read. Pages fold the record at render time,
 * as use-meeting.ts does, so they never hold state of their own.
 */
import type { MeetingEvent, Pid } from '../../../shared/core/events';
import { foldLeadership, summarizeLeadership, type LeadershipSummary, type MeetingWithLeadership } from '../../../shared/core/leadership/leadership-state';
import { sortByTime } from '../../../shared/core/record';
import { summarize, type Summary } from '../../../shared/core/summary';
import type { MeetingInfo } from '../messages';

export function foldRecord(events: readonly MeetingEvent[]): MeetingWithLeadership {
  return foldLeadership(sortByTime(events));
}

/** The summary with its decision trail, debrief and facilitators: what every export renders. */
export function summaryWithLeadership(events: readonly MeetingEvent[], now: number): Summary {
  const { state, leadership } = foldRecord(events);
  return summarize(state, now, leadership);
}

export function leadershipView(events: readonly MeetingEvent[], now: number): { summary: LeadershipSummary; names: Map<Pid, string> } {
  const { state, leadership } = foldRecord(events);
  return { summary: summarizeLeadership(state, leadership, now), names: new Map([...state.participants].map(([pid, p]) => [pid, p.name])) };
}

/** The time a stored meeting's figures are taken at: its end, or now while it runs. */
export const endOf = (info: MeetingInfo, now: number): number => info.endedAt ?? now;
