/**
 * Everything issue 6 adds to a meeting, folded beside the meeting state: the decision trail,
 * the debrief answers, and who facilitated when. One more event costs what the trail's costs
 * (decision-trail.ts), so it follows a live session without refolding.
 *
 * How a shell keeps it live: `followSession(l, session.state, session.events)` in a
 * `session.subscribe` listener. The session folds an event before notifying, and notifies after
 * every operation, so each event reaches the trail right after the meeting state took it (events
 * of one operation share one `t`, so their talk marks agree).
 */
import type { MeetingEvent, Pid } from '../record/events';
import { applyEvent, createMeetingState, type FoldOptions, type MeetingState } from './meeting-state';
import { applyDebriefEvent, type DebriefAnswer } from '../debrief/debrief';
import { applyTrailEvent, createDecisionTrail, type DecisionTrail } from '../decisions/decision-trail';
import { viewTrail, type DecisionItemView } from '../decisions/decision-view';

export interface FacilitatorSpan {
  pid: Pid;
  /** When they took over (meeting.started for the first). */
  from: number;
}

export interface LeadershipState {
  trail: DecisionTrail;
  debrief: DebriefAnswer[];
  facilitators: FacilitatorSpan[];
  /** How many of the session's events have been applied (followSession's cursor). */
  applied: number;
}

export function createLeadershipState(): LeadershipState {
  return { trail: createDecisionTrail(), debrief: [], facilitators: [], applied: 0 };
}

/** Applies one event; `s` must already include it (call after applyEvent). */
export function applyLeadershipEvent(l: LeadershipState, s: MeetingState, e: MeetingEvent): void {
  l.applied++;
  if (e.type === 'meeting.started' || e.type === 'facilitator.changed') {
    // Mirrors the meeting fold: the first meeting.started names the facilitator, a change replaces them.
    const pid = e.type === 'meeting.started' ? (l.facilitators.length === 0 ? e.facilitator : undefined) : e.pid;
    if (pid !== undefined && l.facilitators[l.facilitators.length - 1]?.pid !== pid) l.facilitators.push({ pid, from: s.lastT });
    return;
  }
  if (!applyDebriefEvent(l.debrief, e, s.lastT)) applyTrailEvent(l.trail, s, e);
}

/** Applies the events not applied yet (from `l.applied` on). */
export function followSession(l: LeadershipState, s: MeetingState, events: readonly MeetingEvent[]): LeadershipState {
  for (let i = l.applied; i < events.length; i++) applyLeadershipEvent(l, s, events[i]!);
  return l;
}

export interface MeetingWithLeadership {
  state: MeetingState;
  leadership: LeadershipState;
}

/** Folds a whole record (sorted: readRecord sorts) into the meeting state and its leadership. */
export function foldLeadership(events: Iterable<MeetingEvent>, options: FoldOptions = {}): MeetingWithLeadership {
  const state = createMeetingState(options);
  const leadership = createLeadershipState();
  for (const e of events) {
    applyEvent(state, e);
    applyLeadershipEvent(leadership, state, e);
  }
  return { state, leadership };
}

/** What summaries and exports carry (plain data, JSON-safe). */
export interface LeadershipSummary {
  decisions: DecisionItemView[];
  debrief: DebriefAnswer[];
  facilitators: { pid: Pid; name: string; from: number }[];
}

export function summarizeLeadership(s: MeetingState, l: LeadershipState, now: number): LeadershipSummary {
  return {
    decisions: viewTrail(s, l.trail, now),
    debrief: l.debrief.map((a) => ({ ...a })),
    facilitators: l.facilitators.map((f) => ({ pid: f.pid, name: s.participants.get(f.pid)?.name ?? f.pid, from: f.from })),
  };
}
