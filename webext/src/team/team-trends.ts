/**
 * Trends across the meetings stored in this browser. A call page's pids differ from call to call,
 * and meetings started by hand reuse "p1", "p2", so the core's computeTrends is asked to match
 * people by display name (people.ts: nameKey). This module only reshapes its result for the
 * trends page: names for display, per-meeting facilitator spellings, the page's sort order.
 */
import { chronological, computeTrends, facilitatorsOf, type PersonTrend, type Trends } from '../../../shared/core/trends/trends';
import type { Summary } from '../../../shared/core/summary/summary';
import { nameKey } from './people';

/** A person's trend keyed by name: the core's PersonTrend without the pid (pids differ from call to call). */
export type NamedShare = Omit<PersonTrend, 'pid'>;

export interface TeamTrends {
  core: Trends;
  /** Meetings oldest first (as core.meetings), with facilitator names. */
  meetings: { id: string; title: string; startedAt: number | null; balance: number | null; facilitators: string[] }[];
  people: NamedShare[];
  facilitation: { name: string; count: number; lastAt: number | null }[];
  initiators: string[];
  deciders: string[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

export function teamTrends(summaries: readonly Summary[]): TeamTrends {
  const ordered = chronological(summaries);
  const core = computeTrends(ordered, { personKey: (_pid, name) => nameKey(name) });
  // The key is a normalised name; show each person by their latest spelling.
  const display = new Map<string, string>();
  for (const f of core.facilitation) display.set(f.pid, f.name);
  for (const p of core.people) display.set(p.pid, p.name);
  const names = (keys: string[]) => keys.map((k) => display.get(k) ?? k).sort((a, b) => a.localeCompare(b, 'en'));
  return {
    core,
    meetings: ordered.map((m, i) => ({ id: m.meeting.id, title: m.meeting.title, startedAt: m.meeting.startedAt, balance: core.meetings[i]!.balance, facilitators: facilitatorsOf(m).map((f) => f.name) })),
    people: core.people.map(({ pid: _key, ...person }) => person).sort(byName),
    facilitation: core.facilitation.map(({ name, count, lastAt }) => ({ name, count, lastAt })).sort((a, b) => b.count - a.count || byName(a, b)),
    initiators: names(core.decisions.initiators),
    deciders: names(core.decisions.deciders),
  };
}

/** The trends in the core's shape for renderTrendsMarkdown: already matched by name. */
export function byNameTrends(t: TeamTrends): Trends {
  return t.core;
}
