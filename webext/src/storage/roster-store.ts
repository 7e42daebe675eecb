/**
 * The team roster in extension storage (storage.local, ROSTER_KEY), the same JSON as VS Code's
 * .roundtable/roster.json. Whatever is stored is checked by the core (checkRoster) on every
 * read, so a roster written by an older Roundtable is upgraded and a damaged one is reported,
 * never half-read. Writes go through serializeRoster's shape.
 */
import { checkRoster, emptyRoster, serializeRoster, type Roster } from '../../../shared/core/team/roster';
import type { RosterProblem } from '../../../shared/core/team/roster-problem';
import { browser } from '../platform/browser';
import { ROSTER_AUTO_KEY, ROSTER_KEY } from './keys';
import { forgetMeetings, type AutoAdded } from '../team/forget-meetings';

/**
 * The largest roster stored (its JSON): well inside storage.local's 10 MB quota, and about
 * 100,000 people. A bigger file is refused before it is read, with the sizes in the message.
 */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

export interface RosterStore {
  /** The stored roster (empty when none), or the problem with what is stored (a page words it in its language). */
  load(): Promise<{ ok: true; roster: Roster } | { ok: false; problem: RosterProblem }>;
  /** Rejects (nothing stored) past MAX_ROSTER_BYTES or when the browser cannot store it (quota). */
  save(roster: Roster): Promise<void>;
  /** Who was put on the roster automatically, for which meeting (absent in stores without it). */
  autoAdded?(): Promise<AutoAdded>;
  setAutoAdded?(auto: AutoAdded): Promise<void>;
}

export const extensionRosterStore: RosterStore = {
  async load() {
    const stored = (await browser.storage.local.get(ROSTER_KEY))[ROSTER_KEY];
    if (stored === undefined) return { ok: true, roster: emptyRoster() };
    const r = checkRoster(stored);
    return r.ok ? { ok: true, roster: r.roster } : { ok: false, problem: r.error };
  },
  async save(roster) {
    const value = JSON.parse(serializeRoster(roster)) as unknown;
    // Storage keeps it compact: that is the size that counts against the quota.
    const bytes = JSON.stringify(value).length;
    if (bytes > MAX_ROSTER_BYTES) throw new Error(`the roster would take ${megabytes(bytes)}, more than ${megabytes(MAX_ROSTER_BYTES)}`);
    await browser.storage.local.set({ [ROSTER_KEY]: value });
  },
  async autoAdded() {
    const stored = (await browser.storage.local.get(ROSTER_AUTO_KEY))[ROSTER_AUTO_KEY];
    return typeof stored === 'object' && stored !== null ? (stored as AutoAdded) : {};
  },
  async setAutoAdded(auto) {
    await browser.storage.local.set({ [ROSTER_AUTO_KEY]: auto });
  },
};

/** After meetings were deleted: what on the roster referred to them goes too. A damaged stored roster is left as it is. */
export async function forgetMeetingsInRoster(store: RosterStore, meetings: readonly string[] | 'all'): Promise<void> {
  const loaded = await store.load();
  if (!loaded.ok) return;
  const auto = (await store.autoAdded?.()) ?? {};
  const next = forgetMeetings(loaded.roster, auto, meetings);
  await store.save(next.roster);
  await store.setAutoAdded?.(next.auto);
}

/** "Delete all data" with the roster: nothing of the team is kept. */
export async function clearRoster(): Promise<void> {
  await browser.storage.local.remove([ROSTER_KEY, ROSTER_AUTO_KEY]);
}

/** "4.5 MB" */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
