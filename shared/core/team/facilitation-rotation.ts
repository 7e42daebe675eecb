/**
 * Rotating facilitation: who should facilitate next, and recording who did.
 *
 * The rule (issue 6): whoever facilitated least recently. Never having facilitated counts as
 * least recent of all; ties (two people who never did, or the same instant) go by roster
 * order, so the suggestion is deterministic and a new team rotates down its list.
 * Rosters are values: every change returns a new roster and leaves the old one untouched.
 */
import type { Pid } from '../record/events';
import { keyedProblem } from '../l10n/keyed-problem';
import type { Facilitation, Person, Roster } from './roster';
import type { RosterProblem } from './roster-problem';

export interface RotationEntry {
  pid: Pid;
  name: string;
  /** When they last facilitated, or null if never. */
  lastAt: number | null;
  count: number;
}

/** Everyone (or the candidates, e.g. those in the call), least recent facilitator first. */
export function rotationOrder(roster: Roster, candidates?: Iterable<Pid>): RotationEntry[] {
  const only = candidates === undefined ? null : new Set(candidates);
  const last = new Map<Pid, number>();
  const count = new Map<Pid, number>();
  for (const f of roster.facilitations) {
    last.set(f.pid, Math.max(last.get(f.pid) ?? -Infinity, f.at));
    count.set(f.pid, (count.get(f.pid) ?? 0) + 1);
  }
  const entries = roster.people
    .filter((p) => only === null || only.has(p.id))
    .map((p): RotationEntry => ({ pid: p.id, name: p.name, lastAt: last.get(p.id) ?? null, count: count.get(p.id) ?? 0 }));
  // Never = -Infinity (before anyone). Compared, not subtracted: -Infinity - -Infinity is NaN.
  // The sort is stable, so equal keys keep roster order.
  const key = (e: RotationEntry) => e.lastAt ?? -Infinity;
  return entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Whoever facilitated least recently (see the rule above), or null when nobody qualifies. */
export function suggestFacilitator(roster: Roster, candidates?: Iterable<Pid>): RotationEntry | null {
  return rotationOrder(roster, candidates)[0] ?? null;
}

/** The new roster, or what is wrong with the facilitation, as data the reader's shell words (describeProblem). */
export type RosterChange = { ok: true; roster: Roster } | { ok: false; problem: RosterProblem };

/**
 * Records that `pid` facilitated meeting `meetingId` at `at`. Recording the same meeting again
 * replaces its entry (the facilitator was changed at the start), so a meeting counts once. A
 * problem names the field as the new entry would be saved (`facilitations[3].pid`), as
 * parseRoster names a stored one.
 */
export function recordFacilitation(roster: Roster, f: Facilitation): RosterChange {
  const others = roster.facilitations.filter((x) => f.meetingId === '' || x.meetingId !== f.meetingId);
  const at = `facilitations[${others.length}]`;
  if (!roster.people.some((p) => p.id === f.pid)) return { ok: false, problem: keyedProblem(`${at}.pid`, 'rosterProblem.unknownPerson', JSON.stringify(f.pid)) };
  if (typeof f.at !== 'number' || !Number.isFinite(f.at) || f.at < 0) return { ok: false, problem: keyedProblem(`${at}.at`, 'rosterProblem.epochMs') };
  if (typeof f.meetingId !== 'string') return { ok: false, problem: keyedProblem(`${at}.meetingId`, 'rosterProblem.string') };
  return { ok: true, roster: { ...roster, facilitations: [...others, { pid: f.pid, at: f.at, meetingId: f.meetingId }] } };
}

/**
 * Adds people not yet on the roster (by id), in the order given; existing people keep their
 * names. How a shell grows the roster from a meeting's participants.
 */
export function addPeople(roster: Roster, people: readonly Person[]): Roster {
  const known = new Set(roster.people.map((p) => p.id));
  const added: Person[] = [];
  for (const p of people)
    if (p.id !== '' && !known.has(p.id)) {
      known.add(p.id);
      added.push({ id: p.id, name: p.name });
    }
  return added.length ? { ...roster, people: [...roster.people, ...added] } : roster;
}
