/**
 * A call's participants and the team roster are different namespaces: a meeting's pids come
 * from the call page (a Meet device id, a Jitsi endpoint, "p1" for a meeting started by hand)
 * and change from call to call, while the roster's ids are the team's own ("ana"). The one
 * thing both share is the display name, so people are matched by name, compared loosely
 * (Unicode-normalised, trimmed, case-folded). Pure functions: the roster is a value.
 */
import type { Pid } from '../../../shared/core/record/events';
import { slugify } from '../../../shared/core/team/file-names';
import { proposeRights } from '../../../shared/core/decisions/decision-matrix';
import type { Person, Roster } from '../../../shared/core/team/roster';
import { addPeople, suggestFacilitator } from '../../../shared/core/team/facilitation-rotation';
import type { DecisionRights } from '../../../shared/core/record/events';

export interface Participant {
  pid: Pid;
  name: string;
}

export const nameKey = (name: string): string => name.normalize('NFKC').trim().toLocaleLowerCase('en');

/**
 * The roster with every participant on it (newcomers appended with an id made from their name,
 * unique on the roster) and, for each meeting pid, its roster id.
 */
export function withParticipants(roster: Roster, participants: readonly Participant[]): { roster: Roster; idOf: Map<Pid, Pid> } {
  const byName = new Map(roster.people.map((p) => [nameKey(p.name), p.id]));
  const used = new Set(roster.people.map((p) => p.id));
  const idOf = new Map<Pid, Pid>();
  const added: Person[] = [];
  for (const p of participants) {
    const key = nameKey(p.name);
    let id = byName.get(key);
    if (id === undefined) {
      const base = slugify(p.name, 'person');
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      byName.set(key, id);
      added.push({ id, name: p.name.trim() || p.name });
    }
    idOf.set(p.pid, id);
  }
  return { roster: addPeople(roster, added), idOf };
}

export interface FacilitatorSuggestion {
  pid: Pid;
  name: string;
  /** When they last facilitated (epoch ms), or null if never. */
  lastAt: number | null;
}

/** Among those in the call, whoever facilitated least recently (core rule: never counts as least recent; ties by roster order). */
export function suggestAmong(roster: Roster, participants: readonly Participant[]): FacilitatorSuggestion | null {
  const { roster: all, idOf } = withParticipants(roster, participants);
  const best = suggestFacilitator(all, idOf.values());
  if (!best) return null;
  const p = participants.find((x) => idOf.get(x.pid) === best.pid)!;
  return { pid: p.pid, name: p.name, lastAt: best.lastAt };
}

/**
 * What the team's decision matrix proposes for `area`, in meeting pids: roster people matched
 * to participants by name; people not in this call are left out (rights name participants).
 * Null when the roster has no matrix or no such area.
 */
export function rightsFromMatrix(roster: Roster, area: string, participants: readonly Participant[]): DecisionRights | null {
  if (!roster.matrix) return null;
  const pidOfRosterId = new Map<Pid, Pid>();
  const byName = new Map(participants.map((p) => [nameKey(p.name), p.pid]));
  for (const person of roster.people) {
    const pid = byName.get(nameKey(person.name));
    if (pid !== undefined) pidOfRosterId.set(person.id, pid);
  }
  const proposed = proposeRights(roster.matrix, area, { order: roster.people.map((p) => p.id) });
  if (!proposed) return null;
  const map = (ids: Pid[]) => ids.flatMap((id) => (pidOfRosterId.has(id) ? [pidOfRosterId.get(id)!] : []));
  return { initiator: null, deciders: map(proposed.deciders), contributors: map(proposed.contributors), informed: map(proposed.informed) };
}
