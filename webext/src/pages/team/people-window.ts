/**
 * A roster can hold 100,000 people (an import); a page must stay responsive. Pages show a window
 * of them: the first `limit` whose name contains the search text (compared as nameKey does:
 * Unicode-normalised, trimmed, case-folded), with the totals to say what is left out. Pure.
 */
import { nameKey } from '../../team/people';

/** How many people a roster page lists at once. */
export const PEOPLE_SHOWN = 50;

export interface PeopleWindow<T> {
  shown: T[];
  /** How many match the search (all of them when it is empty). */
  matches: number;
  total: number;
}

export function peopleWindow<T extends { name: string }>(people: readonly T[], query: string, limit = PEOPLE_SHOWN): PeopleWindow<T> {
  const q = nameKey(query);
  const shown: T[] = [];
  let matches = 0;
  for (const p of people) {
    if (q && !nameKey(p.name).includes(q)) continue;
    matches++;
    if (shown.length < limit) shown.push(p);
  }
  return { shown, matches, total: people.length };
}
