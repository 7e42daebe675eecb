/** Every storage key (and other persisted id) of the browser extension, defined once. */
export const SETTINGS_KEY = 'roundtable.settings';
/** storage.session: each live meeting's per-tab speaking claims (cleared with the browser session, like the tabs). */
export const CLAIMS_KEY = 'roundtable.claims';
/** storage.session: calls whose last tab left, within their leave grace (background/departures.ts), so a restarted worker keeps the grace. */
export const DEPARTURES_KEY = 'roundtable.departures';
/** storage.local: the team roster (issue 6), the JSON of VS Code's .roundtable/roster.json. */
export const ROSTER_KEY = 'roundtable.roster';
/** storage.local: who the call pages put on the roster automatically, and for which meeting (team/forget-meetings.ts). */
export const ROSTER_AUTO_KEY = 'roundtable.roster.auto';
/** The id of the dynamically registered content script for self-hosted Jitsi domains. */
export const JITSI_SCRIPT_ID = 'roundtable-jitsi-self-hosted';
/** storage.local: the paired VS Code of the browser link (issue 14): port, link id, secret. */
export const LINK_KEY = 'roundtable.link';
