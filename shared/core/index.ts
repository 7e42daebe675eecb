/**
 * Roundtable core: the platform-free heart both shells use. Pure TypeScript; time comes in as
 * `now` arguments or an injected Clock.
 *
 * Record     readRecord(text) -> {ok, events, newer} | {ok:false, error:{line, field, message}}
 *            parseRecord (file order), scanRecord (no array), sortByTime, checkEvent(value),
 *            serializeRecord / serializeEvent, describeProblem -> "line 12: field pid is missing"
 * Fold       createMeetingState({minGapMs}) + applyEvent(state, e)  (O(1) amortized, mutates state)
 *            foldEvents(events, into?)
 * Metrics    computeMetrics(state, now): talkMs, share, turns, presenceMs, fairShare, silenceMs,
 *            overlapMs, gini, balance, quiet / dominant / notHeard (design.md definitions)
 * Rounds     decideRound(state, command, now) -> {ok, events} | {ok:false, error:{code, message}}
 *            activeRoundView / viewRound(state, round, now): current, next, marks, deadline,
 *            remainingMs, overtimeMs, turns with allotted vs measured (spokeMs / usedMs)
 *            orderBy(strategy, ...), handQueue(state, 'fifo' | 'deficit', now)
 * Session    new MeetingSession(clock, sink, {minGapMs}) / MeetingSession.restore(opts, events)
 *            (.restoreProblems lists skipped corrupt entries)
 *            .record(...bodies) .command(cmd) -> Promise<SessionResult>; .view(now) .subscribe(fn)
 *            viewAt(state, now) -> {meeting, metrics, round, hands}: everything a UI shows
 * Summary    summarize(state, now) -> Summary; renderMarkdown / renderCsv / renderTurnsCsv /
 *            renderJson; escapeMarkdown, csvText for untrusted text elsewhere
 *            report(text, {format, minGapMs}) -> {ok, output} | {ok:false, message};
 *            summarizeRecord(text, minGapMs) for a record file (streams when time-ordered)
 * Format     formatClock, formatDuration, formatPercent, formatTurnUsage, formatTimestamp
 */
export * from './events';
export * from './clock';
export * from './format';
export * from './validate';
export * from './record';
export * from './ledger';
export * from './meeting-state';
export * from './metrics';
export * from './orders';
export * from './round-state';
export * from './round-view';
export * from './round-commands';
export * from './session';
export * from './escape';
export * from './summary';
export * from './render-markdown';
export * from './render-csv';
export * from './render-json';
export * from './report';
export * from './leadership';
