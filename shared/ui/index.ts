// The public surface of shared/ui: what the VS Code webview and the browser pages import.
export * from './types';
export { messages, type MessageKey, type Catalog } from './messages';
export { I18nProvider, useT, translator, english, fill, richText, type Translate } from './i18n';
export { durationText, spokenDuration, percentText } from './duration';
export { announcement, crossedMark, snapshotOf, DEFAULT_MARKS_MS, type AnnounceSnapshot } from './milestones';
export { Name } from './name';
export { Countdown, countdownState, type CountdownState } from './countdown';
export { Announcer, LiveAnnouncer } from './announcer';
export { TurnQueue } from './turn-queue';
export { BalanceBars, sortPeople, barScale, type BalanceSort } from './balance-bars';
export { RoundControls } from './round-controls';
export { LivePanel } from './live-panel';
export { Timeline, axisTicks } from './timeline';
export { TalkChart } from './talk-chart';
export { SummaryView } from './summary-view';
export { turnUsageText, overran } from './turn-usage';
