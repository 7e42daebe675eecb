/**
 * The webview's own strings (besides shared/ui's catalog), in English. The host sends them
 * translated through vscode.l10n under the same keys (see src/webview-strings.ts).
 */
import { LEADERSHIP_VIEW_STRINGS } from './leadership/decision-strings';

export const VIEW_STRINGS = {
  'view.loading': 'Loading…',
  'view.badRecord': 'The meeting record could not be shown: {0}',
  'view.noMeeting': 'No meeting is running. Start one here or with "Roundtable: Start Meeting" in the Command Palette.',
  'view.meetingActions': 'Meeting',
  'view.startMeeting': 'Start meeting',
  'view.startRound': 'Start round',
  'view.raiseHand': 'Raise hand',
  'view.markSpeaking': 'Mark speaking',
  'view.endMeeting': 'End meeting',
  'view.showSummary': 'Summary',
  ...LEADERSHIP_VIEW_STRINGS,
} as const;
export type ViewStringKey = keyof typeof VIEW_STRINGS;
