/** Every storage key of the browser extension, defined once. */
export const SETTINGS_KEY = 'roundtable.settings';
/** storage.session: each live meeting's per-tab speaking claims (cleared with the browser session, like the tabs). */
export const CLAIMS_KEY = 'roundtable.claims';
