/**
 * Roundtable core: the platform-free heart both shells use. Pure TypeScript; time comes in as
 * `now` arguments or an injected Clock.
 *
 * Record     readRecord(text) -> {ok, events, newer} | {ok:false, error:{line, field, message}}
 *            parseRecord (file order), scanRecord (no array), sortByTime, checkEvent(value),
 *            serializeRecord / serializeEvent, describeProblem -> "line 12: field pid is missing"
 * Fold       createMeetingState({minGapMs}) + applyEvent(state, e)  (O(1) amortized, mutates state)
 *            foldEvents(events, into?); one fold carries talk, rounds, hands, the decision trail,
 *            the debrief and the facilitators (currentFacilitator(state)).
 *            (meeting-parts.ts: the agenda, trail and debrief's code, passed to foldEvent).
 *            TimeOrderedFold: events in stored order, folded in time order (= fold of sortByTime)
 * Metrics    computeMetrics(state, now): talkMs, share, turns, presenceMs, fairShare, silenceMs,
 *            overlapMs, gini, balance, quiet / dominant / notHeard (design.md definitions)
 * Rounds     decideRound(state, command, now) -> {ok, events} | {ok:false, error:{code, message}}
 *            activeRoundView / viewRound(state, round, now): current, next, marks, deadline,
 *            remainingMs, overtimeMs, turns with allotted vs measured (spokeMs / usedMs)
 *            orderBy(strategy, ...), handQueue(state, 'fifo' | 'deficit', now)
 * Session    new MeetingSession(clock, sink, {minGapMs}) / MeetingSession.restore(opts, events)
 *            (.restoreProblems lists skipped corrupt entries); every command of both shells:
 *            .start({id, title, participants, facilitator}) .addParticipant(name) .removeParticipant
 *            .renameParticipant .markSpeaking(pid|null) .changeFacilitator(pid) .command(round)
 *            .consent(cmd) .debrief(cmd) .end(); observations .record(...bodies) / .recordAt(t, ...)
 *            -> Promise<SessionResult> ({ok:false, error:{code: CoreErrorCode, message}});
 *            .events / .seq / .since(n); .subscribe(({from, events}, session) => ...); .view(now)
 *            viewAt(state, now) -> {meeting, metrics, round, hands}: everything a UI shows
 * Summary    summarize(state, now) -> Summary; renderMarkdown / renderCsv / renderTurnsCsv /
 *            renderJson; escapeMarkdown, csvText for untrusted text elsewhere
 *            report(text, {format, minGapMs}) -> {ok, output} | {ok:false, message};
 *            summarizeRecord(text, minGapMs) for a record file (streams when time-ordered)
 * Format     formatClock, formatDuration, formatPercent, formatTurnUsage, formatTimestamp
 *
 * Layout by concept: record/ (events, validation, files), text/ (escaping, formatting), talk/
 * (ledger, metrics), rounds/, meeting/ (fold, live session, clock), decisions/, team/ (roster,
 * rotation), debrief/, trends/, summary/ (summary and its renderings). Modules import the file they need, not this index.
 *
 * Shared leadership (issue 6): pure, platform-free, time as arguments.
 *
 * Events     decision.proposed, consent.response, objection.resolved / .withdrawn, debrief.answered,
 *            facilitator.changed (record/events.ts; round.started.did links a consent round to its item)
 * Summary    summarizeLeadership(state, now) -> {decisions, debrief, facilitators};
 *            summarize(state, now, {leadership: true}) includes it
 * Decisions  decideConsent(state, trail, command, now) -> {ok, events} | {ok:false, error:{code, message}}
 *            viewTrail / viewItem: status open|blocked|decided, responses per decider, objections,
 *            participation in the item's window (talk and turns from the ledger)
 * Records    renderDecisionRecord(item, {number, meeting, names}); decisionFileName, nextDecisionNumber;
 *            renderDecisionIndex(entries), indexEntryOf, readDecisionHeader
 * Files      team/file-names.ts: slugify, meetingFileBase(start, title, zone) (the local day the
 *            meeting started, in the shell's ZoneOffset), meetingFileDayEnd (retention reads it back)
 * Roster     parseRoster (strict, versioned, upgrades v0) / serializeRoster / describeProblem (l10n/keyed-problem.ts);
 *            suggestFacilitator, rotationOrder, recordFacilitation, addPeople
 * Matrix     proposeRights(matrix, area, {order, initiator}), setCell, checkMatrix
 * Debrief    debriefQuestion(prompt, text), debriefRound(slotMs, text), decideDebrief(state, cmd), renderPlaybook(meetings, text)
 * Trends     computeTrends(summaries) -> balance over time, shares, facilitation, decision-makers,
 *            open objections, overruns
 */
export * from './record/events';
export * from './record/validate';
export * from './record/record';
export * from './text/format';
export * from './text/turn-usage';
export * from './text/escape';
export * from './text/markdown-text';
export * from './talk/ledger';
export * from './talk/metrics';
export * from './talk/talk-marks';
export * from './rounds/orders';
export * from './rounds/round-state';
export * from './rounds/round-view';
export * from './rounds/round-commands';
export * from './meeting/clock';
export * from './meeting/meeting-state';
export * from './meeting/meeting-parts';
export * from './meeting/session';
export * from './meeting/time-ordered-fold';
export * from './meeting/errors';
export * from './decisions/participation';
export * from './decisions/decision-trail';
export * from './decisions/decision-view';
export * from './decisions/consent';
export * from './decisions/decision-files';
export * from './decisions/decision-record-markdown';
export * from './decisions/decision-index-markdown';
export * from './decisions/decision-folder';
export * from './decisions/decision-matrix';
export * from './decisions/decisions-csv';
export * from './team/names';
export * from './team/roster';
export * from './team/facilitation-rotation';
export * from './team/file-names';
export * from './debrief/debrief-answers';
export * from './debrief/debrief';
export * from './debrief/playbook-markdown';
export * from './trends/trends';
export * from './trends/trends-markdown';
export * from './summary/summary';
export * from './summary/leadership-summary';
export * from './summary/leadership-markdown';
export * from './summary/render-markdown';
export * from './summary/render-csv';
export * from './summary/render-json';
export * from './summary/report';
