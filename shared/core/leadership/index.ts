/**
 * Shared leadership (issue 6): pure, platform-free, time as arguments.
 *
 * Events     decision.proposed, consent.response, objection.resolved / .withdrawn, debrief.answered,
 *            facilitator.changed (core/events.ts; round.started.did links a consent round to its item)
 * Fold       createLeadershipState + applyLeadershipEvent(l, state, e) after applyEvent, or
 *            followSession(l, session.state, session.events) in a subscriber; foldLeadership(events)
 *            summarizeLeadership(state, l, now) -> {decisions, debrief, facilitators}
 * Decisions  decideConsent(state, trail, command, now) -> {ok, events} | {ok:false, error:{code, message}}
 *            viewTrail / viewItem: status open|blocked|decided, responses per decider, objections,
 *            participation in the item's window (talk and turns from the ledger)
 * Records    renderDecisionRecord(item, {number, meeting, names}); decisionFileName, nextDecisionNumber,
 *            slugify; renderDecisionIndex(entries), indexEntryOf, readDecisionHeader
 * Roster     parseRoster (strict, versioned, upgrades v0) / serializeRoster / describeRosterProblem;
 *            suggestFacilitator, rotationOrder, recordFacilitation, addPeople
 * Matrix     proposeRights(matrix, area, {order, initiator}), setCell, checkMatrix
 * Debrief    DEBRIEF_QUESTIONS, debriefRound(slotMs), decideDebrief(state, cmd), renderPlaybook(meetings)
 * Trends     computeTrends(summaries) -> balance over time, shares, facilitation, decision-makers,
 *            open objections, overruns
 */
export * from './participation';
export * from './decision-trail';
export * from './decision-view';
export * from './consent';
export * from './markdown-text';
export * from './decision-files';
export * from './decision-record-markdown';
export * from './decision-index-markdown';
export * from './decision-matrix';
export * from './roster';
export * from './facilitation-rotation';
export * from './debrief';
export * from './playbook-markdown';
export * from './leadership-state';
export * from './trends';
export * from './summary-markdown';
export * from './decision-folder';
export * from './trends-markdown';
export * from './decisions-csv';
export * from './leadership-session';
