/**
 * Every string id the extension shares with package.json, the webview or VS Code itself,
 * defined once. test/unit/extension/manifest.test.ts checks package.json against this file,
 * so a renamed command cannot silently lose its palette entry or keybinding.
 */
export const EXTENSION_ID = 'roundtable.roundtable';

export const Commands = {
  startMeeting: 'roundtable.startMeeting',
  startRound: 'roundtable.startRound',
  nextSpeaker: 'roundtable.nextSpeaker',
  pass: 'roundtable.pass',
  extend: 'roundtable.extend',
  pause: 'roundtable.pause',
  resume: 'roundtable.resume',
  endRound: 'roundtable.endRound',
  raiseHand: 'roundtable.raiseHand',
  lowerHand: 'roundtable.lowerHand',
  markSpeaking: 'roundtable.markSpeaking',
  addParticipant: 'roundtable.addParticipant',
  removeParticipant: 'roundtable.removeParticipant',
  endMeeting: 'roundtable.endMeeting',
  showSummary: 'roundtable.showSummary',
  exportSummary: 'roundtable.exportSummary',
  openRecord: 'roundtable.openRecord',
  focusView: 'roundtable.focusView',
} as const;
export type CommandId = (typeof Commands)[keyof typeof Commands];

export const Views = {
  container: 'roundtable',
  sidebar: 'roundtable.sidebar',
  summaryPanel: 'roundtable.summary',
} as const;

/** Keys under the `roundtable.` configuration section. */
export const Settings = {
  section: 'roundtable',
  defaultSlotSeconds: 'defaultSlotSeconds',
  warningSeconds: 'warningSeconds',
  orderStrategy: 'orderStrategy',
  recordsLocation: 'recordsLocation',
  sound: 'sound',
  minGapMs: 'minGapMs',
} as const;

export const ContextKeys = {
  meetingActive: 'roundtable.meetingActive',
  roundActive: 'roundtable.roundActive',
  roundPaused: 'roundtable.roundPaused',
} as const;

/** Keys of the extension's Mementos. */
export const StateKeys = {
  lastRoster: 'roundtable.lastRoster',
  lastSlotSeconds: 'roundtable.lastSlotSeconds',
} as const;

/** Workspace-relative paths of the files Roundtable writes. */
export const Paths = {
  dir: '.roundtable',
  meetings: '.roundtable/meetings',
  roster: '.roundtable/roster.json',
  liveRecord: 'live.jsonl',
} as const;
