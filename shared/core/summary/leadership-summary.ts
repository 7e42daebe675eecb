/**
 * Decision trail, debrief and facilitators of one meeting as plain data (JSON-safe): what
 * summaries, exports and both shells' leadership views carry. Read from the one meeting fold.
 */
import type { Pid } from '../record/events';
import type { DebriefAnswer } from '../debrief/debrief-answers';
import type { DecisionItem } from '../decisions/decision-trail';
import { viewItem, type DecisionItemView } from '../decisions/decision-view';
import type { MeetingState } from '../meeting/meeting-state';

export interface LeadershipSummary<Item = DecisionItemView> {
  decisions: Item[];
  debrief: DebriefAnswer[];
  facilitators: { pid: Pid; name: string; from: number }[];
}

export function summarizeLeadership(s: MeetingState, now: number): LeadershipSummary {
  return leadershipWith(s, now, viewItem);
}

/** The same, each decision item (in the order proposed) as `view` shows it (summary-json.ts streams its long lists). */
export function leadershipWith<Item>(s: MeetingState, now: number, view: (s: MeetingState, item: DecisionItem, now: number) => Item): LeadershipSummary<Item> {
  return {
    decisions: s.trail.items.map((item) => view(s, item, now)),
    debrief: s.debrief.map((a) => ({ ...a })),
    facilitators: s.facilitators.map((f) => ({ pid: f.pid, name: s.participants.get(f.pid)?.name ?? f.pid, from: f.from })),
  };
}
