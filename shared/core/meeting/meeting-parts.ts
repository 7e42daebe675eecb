/**
 * The fold's parts, and the fold with all of them. The parts are the code that folds the agenda,
 * the decision trail and the debrief and copies their state, and the agenda's view (agendaAt: a
 * live view has an agenda to show only once they are there); their state is always in
 * MeetingState (empty until their events come), their code is passed to the fold
 * (meeting-state.ts `foldEvent`, TimeOrderedFold's `parts`).
 *
 * Why a module of its own: a page that must show a meeting fast (the side panel, README *Bundles*)
 * imports this module later, on its own, and holds any event only the parts fold (`partEvent`,
 * meeting-state.ts) until it is there; a meeting without agenda, decisions or debrief never waits.
 * Every other fold has every part from the start (`applyEvent`, `foldEvents` here, MeetingSession,
 * MeetingModel).
 */
import type { MeetingEvent } from '../record/events';
import { applyAgendaEvent, cloneAgenda } from '../agenda/agenda-state';
import { agendaAt } from '../agenda/agenda-view';
import { applyDebriefEvent } from '../debrief/debrief-answers';
import { applyTrailEvent, cloneTrail } from '../decisions/decision-trail';
import { createMeetingState, foldEvent, type MeetingParts, type MeetingState } from './meeting-state';

export const MEETING_PARTS: MeetingParts = { applyAgendaEvent, cloneAgenda, applyTrailEvent, cloneTrail, applyDebriefEvent, agendaAt };

/** Applies one event (mutating `s`) with every part and returns `s`. */
export function applyEvent(s: MeetingState, e: MeetingEvent): MeetingState {
  return foldEvent(s, e, MEETING_PARTS);
}

/** Folds events in the order given (sort first: readRecord does). Continues `into` if given. */
export function foldEvents(events: Iterable<MeetingEvent>, into: MeetingState = createMeetingState()): MeetingState {
  for (const e of events) applyEvent(into, e);
  return into;
}
