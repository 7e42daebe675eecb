/**
 * The core's English catalogue: every word the core writes into files people read (decision
 * records and their index so far; summaries, the playbook, nudges, round results, refusals and
 * coaching follow). Plain data, keyed once; `{0}`, `{1}` are positional arguments; a message
 * with a count is a plural family `<key>.<category>` (Intl.PluralRules), `{0}` being the count.
 * Translations: shared/core/locales/<lang>.json (flat, same keys), passed in by the shells
 * (core-text.ts): the core reads no file.
 */
export const coreMessages = {
  'list.none': 'none',

  // Decision records (decisions/decision-record-markdown.ts)
  'decision.untitled': 'Decision',
  'decision.status.open': 'open',
  'decision.status.blocked': 'blocked',
  'decision.status.decided': 'decided',
  'decision.field.status': 'Status',
  'decision.field.date': 'Date',
  'decision.field.meeting': 'Meeting',
  'decision.field.area': 'Area',
  'decision.field.reference': 'Reference',
  'decision.meetingAt': '{0}, {1}',
  'decision.context': 'Context and proposal',
  'decision.noProposal': '_No proposal text was recorded._',
  'decision.rights': 'Decision rights',
  'decision.initiator': 'Initiator: {0}',
  'decision.deciders': 'Deciders: {0}',
  'decision.contributors': 'Contributors: {0}',
  'decision.informed': 'Informed: {0}',
  'decision.consent': 'Consent',
  'decision.noAnswers': '_No decider has answered._',
  'decision.consentHead': '| Decider | Response | Reason |',
  'decision.notDecider': '{0} (not a decider)',
  'decision.response.consent': 'consent',
  'decision.response.concern': 'concern',
  'decision.response.objection': 'objection',
  'decision.response.none': 'no answer',
  'decision.objections': 'Objections',
  'decision.noObjections': 'None.',
  'decision.objected': '{0} objected at {1}: {2}. Now {3}.',
  'decision.noReason': '(no reason given)',
  'decision.objection.open': 'open',
  'decision.objection.resolved': 'resolved',
  'decision.objection.withdrawn': 'withdrawn',
  'decision.objection.closedAt': '{0} at {1}',
  'decision.objection.how': '{0}: {1}',
  'decision.outcome': 'Outcome',
  'decision.noOutcome': '_No outcome text._',
  'decision.blocked.one': 'Not decided: blocked by {0} open objection.',
  'decision.blocked.other': 'Not decided: blocked by {0} open objections.',
  'decision.notYet': 'Not decided yet.',
  'decision.rationale': 'Rationale',
  'decision.participation': 'Participation in this item',
  'decision.window': 'From {0} to {1} ({2}).',
  'decision.unmeasured': 'Talk time was not tracked in this meeting.',
  'decision.peopleHead': '| Person | Role | Present | Spoke | Talk | Turns |',
  'decision.role.initiator': 'initiator',
  'decision.role.decider': 'decider',
  'decision.role.contributor': 'contributor',
  'decision.yes': 'yes',
  'decision.no': 'no',
  'decision.notHeard': 'Not heard in this item: {0}.',

  // The decision folder's index (decisions/decision-index-markdown.ts)
  'decisionIndex.title': 'Decision records',
  'decisionIndex.intro': 'Decisions taken in Roundtable meetings, numbered in the order they were recorded.',
  'decisionIndex.none': 'No decisions yet.',
  'decisionIndex.head': '| # | Decision | Date | Status |',
} as const;

export type CoreMessageKey = keyof typeof coreMessages;
