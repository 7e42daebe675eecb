/** Roster edits the browser makes that the core has no function for (the roster is a value: each returns a new one). */
import { slugify } from '../../../shared/core/team/file-names';
import type { Roster } from '../../../shared/core/team/roster';

/** The roster with one more, empty, area; its id is made from the name and unique in the matrix. */
export function addArea(roster: Roster, name: string): Roster {
  const areas = roster.matrix?.areas ?? [];
  const base = slugify(name, 'area');
  let id = base;
  for (let n = 2; areas.some((a) => a.id === id); n++) id = `${base}-${n}`;
  return { ...roster, matrix: { areas: [...areas.map((a) => ({ ...a, cells: { ...a.cells } })), { id, name: name.trim(), cells: {} }] } };
}
