/**
 * The English catalog: every string shared/ui shows, keyed once. `{0}`, `{1}` are positional
 * arguments. Shells generate their locale files from this object (VS Code's l10n bundle,
 * the browser's _locales/en/messages.json), so keys and placeholders must stay stable:
 * rename a key only together with every locale file.
 */
export const messages = {
  // Durations (spoken/prose forms; the countdown digits are not localised text).
  'duration.seconds': '{0} s',
  'duration.minutesSeconds': '{0} min {1} s',
  'duration.minutes': '{0} min',
  'duration.hoursMinutes': '{0} h {1} min',
  'duration.spoken.second': '1 second',
  'duration.spoken.seconds': '{0} seconds',
  'duration.spoken.minute': '1 minute',
  'duration.spoken.minutes': '{0} minutes',
  'duration.spoken.join': '{0} {1}',
  'percent': '{0} %',

  // Countdown
  'countdown.label': 'Turn timer',
  'countdown.idle': 'No turn running',
  'countdown.untimed': 'No time box',
  'countdown.running': 'Running',
  'countdown.warning': 'Almost up',
  'countdown.paused': 'Paused',
  'countdown.overtime': 'Over time',
  'countdown.remaining': '{0} left of {1}',
  'countdown.over': '{0} over a slot of {1}',
  'countdown.speaker': 'Speaking: {0}',

  // Announcements (screen readers, at milestones only)
  'announce.turn': 'Turn: {0}, {1}.',
  'announce.turnNoSlot': 'Turn: {0}.',
  'announce.left': '{0} left.',
  'announce.timeUp': 'Time is up for {0}.',
  'announce.paused': 'Round paused.',
  'announce.resumed': 'Round resumed.',
  'announce.roundStarted': 'Round started: {0}.',
  'announce.roundEnded': 'Round ended.',
  'announce.handRaised': '{0} raised a hand.',

  // Round kinds
  'kind.go-around': 'Go-around',
  'kind.check-in': 'Check-in',
  'kind.consent': 'Consent round',
  'kind.discussion': 'Discussion',
  'kind.silent': 'Silent round',

  // Round header
  'round.none': 'No round running',
  'round.title': '{0}: {1}',
  'round.progress': 'Turn {0} of {1}',

  // Turn queue
  'queue.heading': 'Speaking order',
  'queue.empty': 'Nobody in this round yet.',
  'queue.status.done': 'spoke',
  'queue.status.passed': 'passed',
  'queue.status.current': 'speaking now',
  'queue.status.next': 'next',
  'queue.status.waiting': 'waiting',
  'queue.status.skipped': 'skipped',
  'queue.hands': 'Raised hands',
  'queue.handsEmpty': 'No hands raised.',

  // Balance bars
  'balance.heading': 'Talk time',
  'balance.empty': 'No participants yet.',
  'balance.unmeasured': 'Talk time is not measured yet: nobody has been marked or detected speaking.',
  'balance.sortRoster': 'Roster order',
  'balance.sortMost': 'Most talk first',
  'balance.sortLeast': 'Least talk first',
  'balance.sortLabel': 'Sort',
  'balance.detail': '{0}, {1} of talk, fair share {2}',
  'balance.quiet': 'quiet',
  'balance.dominant': 'dominant',
  'balance.notHeard': 'not heard yet',
  'balance.speaking': 'speaking',
  'balance.fairMark': 'fair share',

  // Round controls
  'controls.label': 'Round controls',
  'controls.next': 'Next speaker',
  'controls.pass': 'Pass',
  'controls.extend': 'Extend +{0}',
  'controls.pause': 'Pause',
  'controls.resume': 'Resume',
  'controls.end': 'End round',

  // Timeline and chart
  'timeline.heading': 'Speaking timeline',
  'timeline.textHeading': 'Timeline as text',
  'timeline.interval': '{0} to {1}',
  'timeline.never': 'did not speak',
  'timeline.person': 'Person',
  'timeline.when': 'Spoke',
  'chart.heading': 'Talk time and share',
  'chart.table': 'Talk time and share as a table',
  'chart.person': 'Person',
  'chart.talk': 'Talk time',
  'chart.share': 'Share',
  'chart.fair': 'Fair share',
  'chart.turns': 'Turns',
  'chart.label': 'Status',

  // Balance trend across meetings
  'trend.heading': 'Balance over time',
  'trend.table': 'Balance over time as a table',
  'trend.meeting': 'Meeting',
  'trend.none': 'not measured',
  'trend.empty': 'No past meetings yet.',

  // Summary
  'summary.heading': 'Meeting summary',
  'summary.duration': 'Duration: {0}',
  'summary.balance': 'Balance score',
  'summary.balanceValue': '{0} of 100',
  'summary.balanceHint': '100 means everyone spoke equally.',
  'summary.silence': 'Silence: {0}',
  'summary.overlap': 'Overlap: {0}',
  'summary.quietHeading': 'Quiet voices',
  'summary.quietNone': 'Nobody was far below their fair share.',
  'summary.quietItem': '{0}: {1} of talk, fair share {2}',
  'summary.roundsHeading': 'Rounds',
  'summary.roundsNone': 'No rounds were run.',
  'summary.roundCaption': 'Round {0}: {1}',
  'summary.turn.person': 'Person',
  'summary.turn.result': 'Time',
  'summary.turn.used': 'used {0} of {1}',
  'summary.turn.passed': 'passed',
  'summary.turn.skipped': 'skipped, no turn',
  'summary.turn.overran': 'overran by {0}',
  'summary.turn.spoke': 'spoke {0}',
  'summary.turn.took': 'took {0} (speech not measured)',
  'summary.turn.tookOf': 'took {0} of {1} (speech not measured)',
  'summary.decisionsHeading': 'Decisions',
  'summary.decisionsNone': 'No decisions recorded.',
  'summary.decisionOutcome': 'Outcome: {0}',
  'summary.decisionRationale': 'Why: {0}',
  'summary.decisionDeciders': 'Decided by: {0}',
  'summary.exportHeading': 'Export',
  'summary.exportMd': 'Export Markdown',
  'summary.exportCsv': 'Export CSV',
  'summary.exportJson': 'Export JSON record',
  'summary.facilitator': 'Facilitated by {0}',

  // Nudges (private to the facilitator)
  'meeting.end': 'End meeting',

  'nudge.heading': 'For the facilitator',
  'nudge.notHeard': '{0} has not spoken yet.',
  'nudge.dominant': '{0} has had {1} of the talk.',
  'list.separator': ', ',
} as const;

export type MessageKey = keyof typeof messages;
export type Catalog = Record<MessageKey, string>;
