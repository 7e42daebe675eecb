/**
 * The browser extension's own English strings (those shared/ui does not already hold). The
 * build writes these and shared/ui's catalog into _locales/en/messages.json (locale-catalog.ts).
 * `{0}`, `{1}` are positional arguments filled by i18n.ts.
 */
import { leadershipStrings } from './leadership/strings';
import { linkStrings } from './link/strings';

export const strings = {
  extName: 'Roundtable',
  extDescription: 'Inclusive meeting facilitation: time-boxed rounds and talk-time balance, kept on your machine.',
  actionTitle: 'Roundtable',
  cmdNextSpeaker: 'Next speaker',
  cmdTogglePause: 'Pause or resume the round',
  cmdMarkSpeaking: 'Mark yourself as speaking (manual mode)',

  popupOpenPanel: 'Open the Roundtable panel',
  popupOpenDemo: 'Try the demo call',
  popupOpenSummary: 'Summaries and history',
  popupNoMeeting: 'No call detected in this browser yet.',
  popupLive: 'Live: {0}',

  panelTitle: 'Roundtable',
  panelNoMeeting: 'No meeting yet. Join a call on Google Meet, Jitsi Meet, Zoom or Teams on the web, or try the demo call.',
  panelStartManual: 'Start a meeting by hand',
  panelManualNames: 'Participants (comma-separated)',
  panelManualTitle: 'Meeting title',
  panelManualDefaultTitle: 'Meeting',
  panelManualHeading: 'Who is speaking?',
  panelManualHint: 'Click a name or press its number key. 0 or Escape: nobody.',
  panelManualNobody: 'Nobody',
  rosterAddLabel: 'Someone joined: their name',
  rosterAdd: 'Add participant',
  rosterRenameWho: 'Rename',
  rosterRenameTo: 'New name',
  rosterRename: 'Rename participant',
  panelManualOn: 'Mark speakers by hand',
  panelManualOff: 'Back to automatic detection',
  panelEndMeeting: 'End meeting',
  panelEnded: 'ended',
  panelOpenSummary: 'Summary',
  panelStartRound: 'Start round',
  panelRoundKind: 'Round',
  panelRoundOrder: 'Order',
  panelRoundSlot: 'Seconds each',
  panelRaiseHand: 'Raise a hand for',
  panelRaise: 'Raise hand',
  panelDetecting: 'Signals in use: {0}.',
  panelDetectingOk: 'Talk time is measured automatically.',
  panelDetectingDetail: 'How detection works',
  panelMeetingActions: 'Meeting',
  orderAsEntered: 'As listed',
  orderShuffle: 'Shuffled',
  orderRotate: 'Rotate starter',
  orderQuietestFirst: 'Quietest first',

  healthHeading: 'Roundtable cannot see who is speaking',
  healthNoSignals: 'No participant tiles were found on this page. The call page may have changed.',
  healthUnknownLayout: 'This call page shows a layout Roundtable does not know, so speaking cannot be read reliably.',
  healthAllSpeaking: 'Every participant reads as speaking at once. The speaking signal is probably wrong.',
  healthAudioButSilent: 'The call is playing audio, but nobody has been detected speaking for 10 seconds.',
  healthFlooded: 'The call page shows more participants or changes than any call has, so Roundtable stopped recording what it detects there.',
  healthOffer: 'Talk times are not being counted. Switch to manual mode to mark speakers yourself.',

  summaryNone: 'No meetings recorded yet.',
  summaryHistory: 'History',
  summaryTrendBalance: 'Balance score per meeting',
  summaryTrendShare: 'Share of talk per person across meetings',
  summaryDelete: 'Delete this meeting',
  summaryDeleteAll: 'Delete all data',
  summaryConfirmDelete: 'Delete this meeting for good?',
  summaryConfirmDeleteAll: 'Delete every meeting Roundtable has stored?',
  summaryExportJsonl: 'Export meeting record (.jsonl)',
  summaryExportJsonlHint: 'The full event record opens in the VS Code extension and the command line.',
  summaryExportsHeading: 'Full record and decisions',
  summaryDataHeading: 'Your data',
  summaryDataHint: 'Everything is stored only in this browser. Deleting cannot be undone.',
  summaryOpen: 'Open',
  summaryLive: 'still running',
  summaryLiveNote: 'This meeting is still running: the figures are as of now.',

  demoTitle: 'Roundtable demo call',
  demoIntro: 'A pretend video call: five people take turns to speak for about 13 seconds. Open the Roundtable panel to watch the talk times.',
  demoReplay: 'Play again',
  demoPlaying: 'The call is running…',
  demoEnded: 'The call has ended. The summary opens in a new tab.',

  settingsHeading: 'Settings',
  settingsOpenSummary: 'Open the summary when a call ends',
  jitsiAddDomain: 'Add a self-hosted Jitsi domain',
  jitsiDomainLabel: 'Domain (for example meet.example.org)',
  jitsiDomainAdded: 'Roundtable now reads calls on {0}.',
  jitsiDomainRefused: 'Permission for {0} was not granted.',
  jitsiDomainInvalid: '"{0}" is not a domain Roundtable can add. Type a host name such as meet.example.org (https only).',
  jitsiRemoveDomain: 'Remove',
  // Issue 6 (rotation, decision trail, debrief, team pages) keeps its strings beside its code.
  ...leadershipStrings,
  // Issue 14: the link to VS Code.
  ...linkStrings,
} as const;

export type StringKey = keyof typeof strings;
