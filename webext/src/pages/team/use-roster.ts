/** The stored roster, re-read whenever storage changes (the worker records a facilitation, another page imports). */
import { useEffect, useState } from 'preact/hooks';
import type { Roster } from '../../../../shared/core/team/roster';
import type { RosterProblem } from '../../../../shared/core/team/roster-problem';
import { browser } from '../../platform/browser';
import { ROSTER_KEY } from '../../storage/keys';
import { rosterStore } from '../leadership/connection';

export type RosterLoad = { ok: true; roster: Roster } | { ok: false; problem: RosterProblem } | null;

export function useRoster(): RosterLoad {
  const [load, setLoad] = useState<RosterLoad>(null);
  useEffect(() => {
    let alive = true;
    const read = () => void rosterStore.load().then((r) => alive && setLoad(r));
    const onChanged = (changes: Record<string, unknown>) => {
      if (ROSTER_KEY in changes) read();
    };
    read();
    browser.storage.local.onChanged.addListener(onChanged); // local's own event: see use-settings.ts
    return () => {
      alive = false;
      browser.storage.local.onChanged.removeListener(onChanged);
    };
  }, []);
  return load;
}
