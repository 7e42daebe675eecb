/**
 * The team roster (.roundtable/roster.json) as a live meeting sees it. Pure: the file's text in,
 * the new text out; roster-file.ts does the reading and writing.
 *
 * Why names are the bridge: a meeting gives its participants pids of its own (p1, p2… in the
 * order typed), while the roster has stable ids (ana, ben). A participant is the roster person
 * with the same name (case-insensitive); someone new joins the roster under an id made from
 * their name. So a rota survives a change in the order names are typed.
 */
import type { DecisionRights, Pid } from '../../../shared/core/record/events';
import { proposeRights } from '../../../shared/core/decisions/decision-matrix';
import { slugify } from '../../../shared/core/team/file-names';
import { addPeople, recordFacilitation, suggestFacilitator } from '../../../shared/core/team/facilitation-rotation';
import { checkRoster, emptyRoster, parseRoster, serializeRoster, type Person, type Roster } from '../../../shared/core/team/roster';
import { describeProblem } from '../../../shared/core/l10n/keyed-problem';
import type { CoreText } from '../../../shared/core/l10n/core-text';

export type RosterRead = { kind: 'missing' } | { kind: 'ok'; roster: Roster; upgradedFrom: number | null } | { kind: 'corrupt'; message: string };

/**
 * Roster files from before the team roster (Start Meeting's participant list): an array of names,
 * or {participants: [name | {name}]}. They read as the core's version 0 ({people}), so a team
 * keeps its file; the first facilitation recorded writes it back as version 1.
 */
function legacyPeople(text: string): unknown[] | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return undefined;
  }
  if (Array.isArray(v)) return v;
  if (typeof v === 'object' && v !== null && Object.keys(v).length === 1 && Array.isArray((v as { participants?: unknown }).participants)) return (v as { participants: unknown[] }).participants;
  return undefined;
}

/** `text` undefined: there is no file. A problem is worded in `words` (the reader's language). */
export function readRosterText(text: string | undefined, words: CoreText): RosterRead {
  if (text === undefined) return { kind: 'missing' };
  const legacy = legacyPeople(text);
  const r = legacy ? checkRoster({ people: legacy }) : parseRoster(text);
  return r.ok ? { kind: 'ok', roster: r.roster, upgradedFrom: r.upgradedFrom } : { kind: 'corrupt', message: describeProblem(r.error, words) };
}

const key = (name: string) => name.trim().toLocaleLowerCase();

/** The roster person of each name; names not on the roster are added with fresh unique ids. */
export function withPeople(roster: Roster, names: readonly string[]): { roster: Roster; idOf: Map<string, Pid> } {
  const byName = new Map(roster.people.map((p) => [key(p.name), p.id]));
  const used = new Set(roster.people.map((p) => p.id));
  const added: Person[] = [];
  const idOf = new Map<string, Pid>();
  for (const name of names) {
    let id = byName.get(key(name));
    if (id === undefined) {
      const base = slugify(name, 'person');
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      byName.set(key(name), id);
      added.push({ id, name });
    }
    idOf.set(name, id);
  }
  return { roster: addPeople(roster, added), idOf };
}

/** Whoever of `names` facilitated least recently (never counts as least recent; ties by roster order, then as typed). */
export function suggestAmong(roster: Roster | null, names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  const { roster: r, idOf } = withPeople(roster ?? emptyRoster(), names);
  const pick = suggestFacilitator(r, idOf.values());
  return pick ? names.find((n) => idOf.get(n) === pick.pid) : undefined;
}

/**
 * The roster after `facilitator` facilitated meeting `meetingId` (started at `at`): the meeting's
 * participants join it if new, and the facilitation is recorded (once per meeting: a handover
 * replaces the entry). From no file, a new roster. A problem is worded in `words` (the reader's language).
 */
export function rosterAfterFacilitation(
  read: RosterRead,
  names: readonly string[],
  facilitator: string,
  meetingId: string,
  at: number,
  words: CoreText,
): { ok: true; text: string } | { ok: false; message: string } {
  if (read.kind === 'corrupt') return { ok: false, message: read.message };
  const base = read.kind === 'ok' ? read.roster : emptyRoster();
  const { roster, idOf } = withPeople(base, names.includes(facilitator) ? names : [...names, facilitator]);
  const r = recordFacilitation(roster, { pid: idOf.get(facilitator)!, at, meetingId });
  return r.ok ? { ok: true, text: serializeRoster(r.roster) } : { ok: false, message: describeProblem(r.problem, words) };
}

/**
 * The rights the decision matrix gives an item in `area`, in the meeting's pids. People of the
 * area who are not in the meeting keep their roster id as pid (the record stays readable: `names`
 * says who they are). Null when the roster has no such area (by id or name).
 */
export function rightsFromMatrix(
  roster: Roster,
  area: string,
  people: readonly { pid: Pid; name: string }[],
  initiator: Pid | null,
): { rights: DecisionRights; names: Map<Pid, string>; area: string } | null {
  const areas = roster.matrix?.areas ?? [];
  const a = areas.find((x) => x.id === area) ?? areas.find((x) => key(x.name) === key(area));
  if (!a) return null;
  const proposed = proposeRights(roster.matrix!, a.id, { order: roster.people.map((p) => p.id) })!;
  const inMeeting = new Map(people.map((p) => [key(p.name), p.pid]));
  const names = new Map<Pid, string>();
  const toPid = (id: Pid) => {
    const person = roster.people.find((p) => p.id === id);
    const pid = (person && inMeeting.get(key(person.name))) ?? id;
    names.set(pid, person?.name ?? id);
    return pid;
  };
  return {
    rights: { initiator, deciders: proposed.deciders.map(toPid), contributors: proposed.contributors.map(toPid), informed: proposed.informed.map(toPid) },
    names,
    area: a.id,
  };
}
