/**
 * Decision trail, debrief and facilitators of one meeting as plain data (JSON-safe): what
 * summaries, exports and both shells' leadership views carry. Read from the one meeting fold.
 */
import type { Pid } from '../record/events';
import type { DebriefAnswer } from '../debrief/debrief-answers';
import { viewTrail, type DecisionItemView } from '../decisions/decision-view';
import type { MeetingState } from '../meeting/meeting-state';

export interface LeadershipSummary {
  decisions: DecisionItemView[];
  debrief: DebriefAnswer[];
  facilitators: { pid: Pid; name: string; from: number }[];
}

export function summarizeLeadership(s: MeetingState, now: number): LeadershipSummary {
  return {
    decisions: viewTrail(s, s.trail, now),
    debrief: s.debrief.map((a) => ({ ...a })),
    facilitators: s.facilitators.map((f) => ({ pid: f.pid, name: s.participants.get(f.pid)?.name ?? f.pid, from: f.from })),
  };
}
