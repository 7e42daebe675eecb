/**
 * The team roster in extension storage (storage.local, ROSTER_KEY), the same JSON as VS Code's
 * .roundtable/roster.json. Whatever is stored is checked by the core (checkRoster) on every
 * read, so a roster written by an older Roundtable is upgraded and a damaged one is reported,
 * never half-read. Writes go through serializeRoster's shape.
 */
import { checkRoster, emptyRoster, describeRosterProblem, serializeRoster, type Roster } from '../../../shared/core/team/roster';
import { browser } from '../platform/browser';
import { ROSTER_KEY } from '../storage/keys';

export interface RosterStore {
  /** The stored roster (empty when none), or the problem with what is stored. */
  load(): Promise<{ ok: true; roster: Roster } | { ok: false; error: string }>;
  save(roster: Roster): Promise<void>;
}

export const extensionRosterStore: RosterStore = {
  async load() {
    const stored = (await browser.storage.local.get(ROSTER_KEY))[ROSTER_KEY];
    if (stored === undefined) return { ok: true, roster: emptyRoster() };
    const r = checkRoster(stored);
    return r.ok ? { ok: true, roster: r.roster } : { ok: false, error: describeRosterProblem(r.error) };
  },
  async save(roster) {
    await browser.storage.local.set({ [ROSTER_KEY]: JSON.parse(serializeRoster(roster)) as unknown });
  },
};
