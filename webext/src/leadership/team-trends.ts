/**
 * Trends across the meetings stored in this browser. The core's computeTrends matches people by
 * pid, which is right for VS Code (pids come from the roster) but not here: a call page's pids
 * differ from call to call, and meetings started by hand reuse "p1", "p2". So everything about
 * people (share of speaking, facilitation, decision-makers) is gathered here by display name
 * (people.ts: nameKey), while per-meeting figures (balance, open objections, overruns, item
 * counts) come from computeTrends unchanged.
 */
import type { Pid } from '../../../shared/core/events';
import { chronological, computeTrends, type Trends } from '../../../shared/core/leadership/trends';
import type { Summary } from '../../../shared/core/summary';
import { nameKey } from './people';

export interface NamedShare {
  name: string;
  meetings: number;
  talkMs: number;
  /** Their talk over all measured talk. */
  share: number;
  /** Per meeting, oldest first; null where absent or not measured. */
  shares: (number | null)[];
  /** Measured meetings in which they were a quiet voice / not heard at all. */
  quiet: number;
  notHeard: number;
}

export interface TeamTrends {
  core: Trends;
  /** Meetings oldest first (as core.meetings), with facilitator names. */
  meetings: { id: string; title: string; startedAt: number | null; balance: number | null; facilitators: string[] }[];
  people: NamedShare[];
  facilitation: { name: string; count: number; lastAt: number | null }[];
  initiators: string[];
  deciders: string[];
}

export function teamTrends(summaries: readonly Summary[]): TeamTrends {
  const ordered = chronological(summaries);
  const core = computeTrends(ordered);
  const people = new Map<string, NamedShare>();
  const facilitation = new Map<string, { name: string; count: number; lastAt: number | null }>();
  const initiators = new Map<string, string>();
  const deciders = new Map<string, string>();
  let total = 0;
  const meetings = ordered.map((m, i) => {
    const names = new Map<Pid, string>(m.participants.map((p) => [p.pid, p.name]));
    const name = (pid: Pid) => names.get(pid) ?? pid;
    for (const p of m.participants) {
      const key = nameKey(p.name);
      let e = people.get(key);
      if (!e) people.set(key, (e = { name: p.name, meetings: 0, talkMs: 0, share: 0, shares: ordered.map(() => null), quiet: 0, notHeard: 0 }));
      e.name = p.name;
      e.meetings++;
      if (!m.measured) continue;
      e.talkMs += p.talkMs;
      total += p.talkMs;
      // Two participants of one call with one name share a row: their shares add up.
      e.shares[i] = (e.shares[i] ?? 0) + p.share;
      if (p.quiet) e.quiet++;
      if (p.notHeard) e.notHeard++;
    }
    const facs = m.leadership?.facilitators.length ? m.leadership.facilitators : m.meeting.facilitator ? [m.meeting.facilitator] : [];
    for (const f of facs) {
      const key = nameKey(f.name);
      const e = facilitation.get(key) ?? { name: f.name, count: 0, lastAt: null };
      e.count++;
      e.name = f.name; // the latest spelling, as for people
      e.lastAt = m.meeting.startedAt ?? e.lastAt;
      facilitation.set(key, e);
    }
    const items = m.leadership?.decisions.map((d) => d.rights) ?? m.decisions.map((d) => d.rights);
    for (const r of items) {
      if (r.initiator !== null) initiators.set(nameKey(name(r.initiator)), name(r.initiator));
      for (const pid of r.deciders) deciders.set(nameKey(name(pid)), name(pid));
    }
    return { id: m.meeting.id, title: m.meeting.title, startedAt: m.meeting.startedAt, balance: m.measured ? m.balance : null, facilitators: facs.map((f) => f.name) };
  });
  for (const e of people.values()) e.share = total > 0 ? e.talkMs / total : 0;
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');
  return {
    core,
    meetings,
    people: [...people.values()].sort(byName),
    facilitation: [...facilitation.values()].sort((a, b) => b.count - a.count || byName(a, b)),
    initiators: [...initiators.values()].sort((a, b) => a.localeCompare(b, 'en')),
    deciders: [...deciders.values()].sort((a, b) => a.localeCompare(b, 'en')),
  };
}

/**
 * The same trends in the core's shape with every person keyed by display name, so the core's
 * renderTrendsMarkdown writes the browser's name-matched figures (not per-call pids).
 */
export function byNameTrends(t: TeamTrends): Trends {
  return {
    ...t.core,
    meetings: t.core.meetings.map((m, i) => ({ ...m, facilitators: t.meetings[i]!.facilitators })),
    people: t.people.map((p) => ({ pid: p.name, name: p.name, meetings: p.meetings, talkMs: p.talkMs, share: p.share, shares: p.shares, quiet: p.quiet, notHeard: p.notHeard })),
    facilitation: t.facilitation.map((f) => ({ pid: f.name, name: f.name, count: f.count, lastAt: f.lastAt })),
    decisions: { ...t.core.decisions, initiators: t.initiators, deciders: t.deciders },
  };
}
