/**
 * Deleting meetings deletes what refers to them on the team roster (issue 15): their
 * facilitation entries, and the people the extension put on the roster automatically for one
 * of them (a call page's display name, added when that person facilitated) unless something
 * else still refers to them (another facilitation, a decision matrix cell).
 *
 * The roster file has no room for "added automatically" (it is VS Code's roster.json, strictly
 * checked), so the browser keeps that beside it: `AutoAdded`, roster id -> the meeting it was
 * added for. Pure: rosters are values.
 */
import type { Roster } from '../../../shared/core/team/roster';

/** Roster id -> id of the meeting the call page added that person for. */
export type AutoAdded = Record<string, string>;

/** The roster and the auto-added record without `meetings` (every meeting: 'all'). */
export function forgetMeetings(roster: Roster, auto: AutoAdded, meetings: readonly string[] | 'all'): { roster: Roster; auto: AutoAdded; removedPeople: number } {
  const gone = (id: string) => meetings === 'all' || meetings.includes(id);
  const facilitations = roster.facilitations.filter((f) => !gone(f.meetingId));
  const referenced = new Set(facilitations.map((f) => f.pid));
  for (const area of roster.matrix?.areas ?? []) for (const pid of Object.keys(area.cells)) referenced.add(pid);
  const drop = new Set(Object.entries(auto).flatMap(([pid, meetingId]) => (gone(meetingId) && !referenced.has(pid) ? [pid] : [])));
  const people = roster.people.filter((p) => !drop.has(p.id));
  const left = Object.fromEntries(Object.entries(auto).filter(([pid, meetingId]) => !gone(meetingId) && people.some((p) => p.id === pid)));
  return { roster: { ...roster, people, facilitations }, auto: left, removedPeople: roster.people.length - people.length };
}
