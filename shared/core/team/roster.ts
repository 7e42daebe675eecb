/**
 * The team roster: who is on the team, who facilitated when, and the decision matrix. VS Code
 * keeps it in `.roundtable/roster.json` (hand-editable, reviewed in git); the browser keeps it
 * in extension storage, with import and export of the same JSON.
 *
 * Versioned like idb's schemas: each stored version has one upgrade step to the next, applied
 * in turn, so a file written by any earlier Roundtable reads as the current shape.
 *
 *   version 0  (no "version" field)  the hand-written shorthand: {"people": ["Ana", "Ben"]}
 *                                     or people as {name, id?}; ids are made from the names
 *   version 1                         {version: 1, people: [{id, name}], facilitations: [...], matrix?}
 *
 * Guarantees: parseRoster never throws, whatever the text (corrupt JSON, wrong types, a file
 * from a newer Roundtable); a problem names the field (`people[2].id`) and what is wrong, as a
 * catalogue key (roster-problem.ts) the shell words in the reader's language.
 * It is strict: unknown fields are errors (a typo like "facilitatons" must not silently drop
 * the history), ids are unique, every facilitation and matrix cell names a person on the roster.
 */
import type { Pid } from '../record/events';
import { keyedProblem as problem } from '../l10n/keyed-problem';
import type { RosterProblem } from './roster-problem';
import { checkMatrix, type DecisionMatrix } from '../decisions/decision-matrix';
import { slugify } from './file-names';

export const ROSTER_VERSION = 1;

export interface Person {
  id: Pid;
  name: string;
}

export interface Facilitation {
  pid: Pid;
  /** Epoch ms: when the meeting started. */
  at: number;
  meetingId: string;
}

export interface Roster {
  version: typeof ROSTER_VERSION;
  people: Person[];
  facilitations: Facilitation[];
  matrix?: DecisionMatrix;
}

export type RosterResult = { ok: true; roster: Roster; upgradedFrom: number | null } | { ok: false; error: RosterProblem };

export function emptyRoster(): Roster {
  return { version: ROSTER_VERSION, people: [], facilitations: [] };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (p: RosterProblem): RosterResult => ({ ok: false, error: p });

type Step = { ok: true; value: Obj } | { ok: false; problem: RosterProblem };

/** Version 0 -> 1 (see above). */
function upgrade0(o: Obj): Step {
  const extra = Object.keys(o).find((k) => k !== 'people');
  if (extra !== undefined) return { ok: false, problem: problem(extra, 'rosterProblem.notFieldNoVersion') };
  if (!Array.isArray(o.people)) return { ok: false, problem: problem('people', o.people === undefined ? 'rosterProblem.missing' : 'rosterProblem.namesArray') };
  const used = new Set<string>();
  // Ids the author gave are reserved first, so a made id never takes one of them.
  const reserved = new Set(o.people.flatMap((p: unknown) => (isObj(p) && typeof p.id === 'string' && p.id !== '' ? [p.id] : [])));
  const people: Obj[] = [];
  for (let i = 0; i < o.people.length; i++) {
    const p = o.people[i] as unknown;
    const name = typeof p === 'string' ? p : isObj(p) ? p.name : undefined;
    if (typeof name !== 'string' || name.trim() === '') return { ok: false, problem: problem(`people[${i}]`, 'rosterProblem.nameOrPerson') };
    const given = isObj(p) && typeof p.id === 'string' && p.id !== '' ? p.id : null;
    // A given id is the author's: a clash is their mistake to see. A made one just takes a suffix.
    if (given !== null && used.has(given)) return { ok: false, problem: problem(`people[${i}].id`, 'rosterProblem.repeatsId', JSON.stringify(given)) };
    let id = given ?? slugify(name, 'person');
    for (let n = 2; given === null && (used.has(id) || reserved.has(id)); n++) id = `${slugify(name, 'person')}-${n}`;
    used.add(id);
    people.push({ id, name });
  }
  // Names become people with ids made from them (unique); there is no history yet.
  return { ok: true, value: { version: 1, people, facilitations: [] } };
}

/** Upgrade steps by the version they read. */
const UPGRADES: Record<number, (o: Obj) => Step> = { 0: upgrade0 };

const V1_FIELDS = new Set(['version', 'people', 'facilitations', 'matrix']);

function checkV1(o: Obj): RosterResult {
  const extra = Object.keys(o).find((k) => !V1_FIELDS.has(k));
  if (extra !== undefined) return fail(problem(extra, 'rosterProblem.notField'));
  if (!Array.isArray(o.people)) return fail(problem('people', o.people === undefined ? 'rosterProblem.missing' : 'rosterProblem.array'));
  const people: Person[] = [];
  const ids = new Map<string, number>();
  for (let i = 0; i < o.people.length; i++) {
    const p = o.people[i] as unknown;
    if (!isObj(p)) return fail(problem(`people[${i}]`, 'rosterProblem.personObject'));
    if (typeof p.id !== 'string' || p.id === '') return fail(problem(`people[${i}].id`, 'rosterProblem.nonEmpty'));
    if (ids.has(p.id)) return fail(problem(`people[${i}].id`, 'rosterProblem.repeatsPersonId', ids.get(p.id)!, JSON.stringify(p.id)));
    if (typeof p.name !== 'string') return fail(problem(`people[${i}].name`, p.name === undefined ? 'rosterProblem.missing' : 'rosterProblem.string'));
    ids.set(p.id, i);
    people.push({ id: p.id, name: p.name });
  }
  if (!Array.isArray(o.facilitations)) return fail(problem('facilitations', o.facilitations === undefined ? 'rosterProblem.missing' : 'rosterProblem.array'));
  const facilitations: Facilitation[] = [];
  for (let i = 0; i < o.facilitations.length; i++) {
    const f = o.facilitations[i] as unknown;
    const at = `facilitations[${i}]`;
    if (!isObj(f)) return fail(problem(at, 'rosterProblem.facilitationObject'));
    if (typeof f.pid !== 'string' || !ids.has(f.pid)) return fail(typeof f.pid === 'string' ? problem(`${at}.pid`, 'rosterProblem.unknownPerson', JSON.stringify(f.pid)) : problem(`${at}.pid`, 'rosterProblem.personId'));
    if (typeof f.at !== 'number' || !Number.isFinite(f.at) || f.at < 0) return fail(problem(`${at}.at`, 'rosterProblem.epochMs'));
    if (typeof f.meetingId !== 'string') return fail(problem(`${at}.meetingId`, f.meetingId === undefined ? 'rosterProblem.missing' : 'rosterProblem.string'));
    facilitations.push({ pid: f.pid, at: f.at, meetingId: f.meetingId });
  }
  const roster: Roster = { version: ROSTER_VERSION, people, facilitations };
  if (o.matrix !== undefined) {
    const m = checkMatrix(o.matrix, new Set(ids.keys()));
    if (!m.ok) return { ok: false, error: m.problem };
    roster.matrix = m.matrix;
  }
  return { ok: true, roster, upgradedFrom: null };
}

/** Checks an already-parsed value, upgrading older versions first. */
export function checkRoster(value: unknown): RosterResult {
  if (!isObj(value)) return fail(problem('', 'rosterProblem.notObject'));
  let o = value;
  const v = o.version ?? 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return fail(problem('version', 'rosterProblem.wholeNumber'));
  if (v > ROSTER_VERSION) return fail(problem('version', 'rosterProblem.newerVersion', v, ROSTER_VERSION));
  for (let from = v; from < ROSTER_VERSION; from++) {
    const step = UPGRADES[from]!(o);
    if (!step.ok) return { ok: false, error: step.problem };
    o = step.value;
  }
  const r = checkV1(o);
  return r.ok && v < ROSTER_VERSION ? { ...r, upgradedFrom: v } : r;
}

/** Parses roster JSON text; never throws. */
export function parseRoster(text: string): RosterResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    return fail(problem('', 'rosterProblem.notJson', e instanceof Error ? e.message : String(e)));
  }
  return checkRoster(value);
}

/** Stable, reviewable JSON: two-space indent, fields in schema order, a final newline. */
export function serializeRoster(r: Roster): string {
  const out: Roster = { version: ROSTER_VERSION, people: r.people.map((p) => ({ id: p.id, name: p.name })), facilitations: r.facilitations.map((f) => ({ pid: f.pid, at: f.at, meetingId: f.meetingId })) };
  if (r.matrix) out.matrix = { areas: r.matrix.areas.map((a) => ({ id: a.id, name: a.name, cells: { ...a.cells } })) };
  return JSON.stringify(out, null, 2) + '\n';
}
