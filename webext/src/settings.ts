/** User settings (storage.local). The defaults object is the type: add a key here with its default. */
export { SETTINGS_KEY } from './storage/keys';

export const DEFAULT_SETTINGS = {
  /** Open the summary page in a new tab when a call ends. */
  openSummaryAfterCall: true,
  /** Self-hosted Jitsi origins the user granted, e.g. "https://meet.example.org". */
  jitsiOrigins: [] as string[],
};
export type Settings = typeof DEFAULT_SETTINGS;
