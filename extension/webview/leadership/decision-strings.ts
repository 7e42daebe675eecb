/**
 * The sidebar's shared-leadership strings, in English; merged into VIEW_STRINGS so the host
 * translates them through vscode.l10n like the rest (src/webview-strings.ts).
 */
export const LEADERSHIP_VIEW_STRINGS = {
  'lead.facilitator': 'Facilitator',
  'lead.decision': 'Decision',
  'lead.open': 'open',
  'lead.blocked': 'blocked by an objection',
  'lead.decided': 'decided',
  'lead.responses': 'Consent answers',
  'lead.waiting': 'no answer yet',
  'lead.consent': 'consent',
  'lead.concern': 'concern',
  'lead.objection': 'objection',
  'lead.objections': 'Objections',
  'lead.objectionOpen': 'open',
  'lead.objectionResolved': 'resolved',
  'lead.objectionWithdrawn': 'withdrawn',
  'lead.answer': 'Answer',
  'lead.resolve': 'Resolve objection',
  'lead.outcome': 'Record outcome',
  'lead.record': 'Record decision',
} as const;
