/**
 * What a UI shows of a meeting at `now` (`viewAt`), from the folded state alone. Apart from the
 * session (session.ts re-exports it) so that a view, which folds pushed events and never runs
 * commands, does not import the session's command modules (the round start, consent, debrief).
 */
import { currentFacilitator, type MeetingState } from './meeting-state';
import type { Pid } from '../record/events';
import { computeMetrics, type MeetingMetrics } from '../talk/metrics';
import { handQueue } from '../rounds/orders';
import { activeRoundView, type RoundView } from '../rounds/round-view';

export interface MeetingInfo {
  id: string;
  title: string;
  platform: string;
  facilitator: Pid | null;
  startedAt: number | null;
  endedAt: number | null;
}

export interface SessionView {
  now: number;
  meeting: MeetingInfo;
  metrics: MeetingMetrics;
  round: RoundView | null;
  /** Raised hands in the order they will be taken (the active discussion's rule, else first come). */
  hands: Pid[];
}

export function meetingInfo(s: MeetingState): MeetingInfo {
  return { id: s.id, title: s.title, platform: s.platform, facilitator: currentFacilitator(s), startedAt: s.windowStart, endedAt: s.windowEnd };
}

/** Everything a UI shows, at `now`. */
export function viewAt(s: MeetingState, now: number): SessionView {
  const round = activeRoundView(s, now);
  return {
    now,
    meeting: meetingInfo(s),
    metrics: computeMetrics(s, now),
    round,
    hands: round?.kind === 'discussion' ? round.hands : handQueue(s, 'fifo', now).map((h) => h.pid),
  };
}
