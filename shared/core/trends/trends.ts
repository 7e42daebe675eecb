/**
 * Trends across a team's meetings, from their summaries (a browser keeps summaries; VS Code
 * reads the records in .roundtable/meetings/ and summarizes them): balance over time, each
 * person's share of speaking and the interruptions they made and received, who facilitated, how many different people initiated or decided,
 * open objections and undecided items (reminders), and how often time boxes overran.
 *
 * Guarantees:
 * - Invariant to the order of the input: meetings are put in time order first (ties by id, then
 *   by content), and every total is a sum over that order.
 * - A meeting whose talk was not tracked adds nothing to balance or shares (its zeros mean
 *   "not measured", not "silent"), but still counts for facilitation, decisions and time boxes.
 * - People are matched across meetings by pid; the name shown is the one of their latest meeting.
 */
import { AGENDA_KINDS, type AgendaKind, type Pid } from '../record/events';
import type { Summary } from '../summary/summary';

/** A meeting's summary; its `leadership` part is used when present (older summaries have none). */
export type TrendMeeting = Summary;

/** A box counts as overrun from a whole second over, as the summaries word it ("overran by 1 s"). */
export const OVERRUN_MS = 1000;

export interface TrendPoint {
  id: string;
  title: string;
  startedAt: number | null;
  /** null when talk was not tracked. */
  balance: number | null;
  facilitators: Pid[];
  boxes: number;
  overran: number;
}

export interface PersonTrend {
  pid: Pid;
  name: string;
  /** Meetings they were counted in (present or spoke). */
  meetings: number;
  talkMs: number;
  /** Their talk over all talk, across measured meetings (0 when nobody spoke). */
  share: number;
  /** Share per meeting in time order; null where they were absent or talk was not tracked. */
  shares: (number | null)[];
  /** Measured meetings in which they were a quiet voice / not heard at all. */
  quiet: number;
  notHeard: number;
  /** Floor dynamics summed over measured meetings: times they interrupted someone / were interrupted. */
  interruptionsMade: number;
  interruptionsReceived: number;
}

export interface FacilitatorTrend {
  pid: Pid;
  name: string;
  count: number;
  lastAt: number | null;
}

export interface OpenObjectionTrend {
  meetingId: string;
  meetingTitle: string;
  did: string;
  title: string;
  pid: Pid;
  name: string;
  reason: string;
}

/** A decision item left undecided (open or blocked) at the end of its meeting: a reminder. */
export interface OpenItemTrend {
  meetingId: string;
  meetingTitle: string;
  did: string;
  title: string;
  status: 'open' | 'blocked';
  proposedAt: number;
}

export interface Trends {
  meetings: TrendPoint[];
  people: PersonTrend[];
  /** Most facilitations first, ties by name then pid. */
  facilitation: FacilitatorTrend[];
  decisions: { items: number; decided: number; initiators: Pid[]; deciders: Pid[] };
  openObjections: OpenObjectionTrend[];
  openItems: OpenItemTrend[];
  overruns: { boxes: number; overran: number; rate: number };
  /** Agenda items taken (in play at some point), and how many overran their time box, per kind (kinds with none left out). */
  agenda: AgendaKindTrend[];
}

export interface AgendaKindTrend {
  kind: AgendaKind;
  items: number;
  overran: number;
  rate: number;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Time order; equal starts by id, then by content, so no input order can change the result. */
export function chronological(meetings: readonly TrendMeeting[]): TrendMeeting[] {
  const key = (m: TrendMeeting) => m.meeting.startedAt ?? -Infinity;
  // Serialising a summary is costly: only meetings with the same start and id ever need it.
  const texts = new Map<TrendMeeting, string>();
  const text = (m: TrendMeeting) => texts.get(m) ?? texts.set(m, JSON.stringify(m)).get(m)!;
  return meetings
    .slice()
    .sort((a, b) => (key(a) !== key(b) ? (key(a) < key(b) ? -1 : 1) : cmp(a.meeting.id, b.meeting.id) || cmp(text(a), text(b))));
}

/** Timed boxes of a meeting and how many overran: turn boxes, and round boxes measured by their turns. */
export function countBoxes(s: Summary): { boxes: number; overran: number } {
  let boxes = 0;
  let overran = 0;
  for (const r of s.rounds) {
    if (r.allottedMs !== null) {
      // One box for the whole round: what its turns used. A silent round has no turns to measure.
      if (r.turns.length === 0) continue;
      boxes++;
      if (r.turns.reduce((sum, t) => sum + t.usedMs, 0) - r.allottedMs >= OVERRUN_MS) overran++;
      continue;
    }
    for (const t of r.turns) {
      if (t.allottedMs === null || t.passed) continue;
      boxes++;
      if (t.overranMs >= OVERRUN_MS) overran++;
    }
  }
  return { boxes, overran };
}

export function facilitatorsOf(m: TrendMeeting): { pid: Pid; name: string }[] {
  if (m.leadership && m.leadership.facilitators.length) return m.leadership.facilitators;
  return m.meeting.facilitator ? [m.meeting.facilitator] : [];
}

/** Decision items with rights and open objections: the trail when present, else the recorded decisions. */
function decisionsOf(m: TrendMeeting) {
  if (m.leadership) return m.leadership.decisions.map((d) => ({ did: d.did, title: d.title, status: d.status, proposedAt: d.proposedAt, rights: d.rights, open: d.objections.filter((o) => o.state === 'open') }));
  return m.decisions.map((d) => ({ did: d.did, title: d.title, status: 'decided' as const, proposedAt: d.t, rights: d.rights, open: d.objections.filter((o) => !o.resolved) }));
}

export interface TrendOptions {
  /**
   * Who counts as the same person across meetings. By default the pid, which is right where pids
   * come from a team roster (VS Code). The browser passes a display-name key instead: a call
   * page's pids change from call to call. Every person-keyed figure (people, facilitation,
   * initiators, deciders, each point's facilitators) then carries this key in its `pid` field.
   */
  personKey?: (pid: Pid, name: string) => string;
}

export function computeTrends(input: readonly TrendMeeting[], options: TrendOptions = {}): Trends {
  const key = options.personKey ?? ((pid: Pid) => pid);
  const meetings = chronological(input);
  const people = new Map<Pid, PersonTrend>();
  let totalTalk = 0;
  const fac = new Map<Pid, FacilitatorTrend>();
  const initiators = new Set<Pid>();
  const deciders = new Set<Pid>();
  const decisions = { items: 0, decided: 0 };
  const openObjections: OpenObjectionTrend[] = [];
  const openItems: OpenItemTrend[] = [];
  const points: TrendPoint[] = [];
  const agenda = new Map<AgendaKind, { items: number; overran: number }>();
  meetings.forEach((m, i) => {
    // An item never in play tells nothing about time boxes: only items taken count.
    for (const item of m.agenda?.items ?? []) {
      if (item.usedMs === 0 && (item.status === 'pending' || item.status === 'skipped')) continue;
      const k = agenda.get(item.kind) ?? { items: 0, overran: 0 };
      k.items++;
      if (item.overrunMs >= OVERRUN_MS) k.overran++;
      agenda.set(item.kind, k);
    }
    const names = new Map(m.participants.map((p) => [p.pid, p.name]));
    const nameOf = (pid: Pid) => names.get(pid) ?? pid;
    for (const p of m.participants) {
      const k = key(p.pid, p.name);
      let t = people.get(k);
      if (!t) people.set(k, (t = { pid: k, name: p.name, meetings: 0, talkMs: 0, share: 0, shares: meetings.map(() => null), quiet: 0, notHeard: 0, interruptionsMade: 0, interruptionsReceived: 0 }));
      t.name = p.name;
      t.meetings++;
      if (!m.measured) continue;
      t.talkMs += p.talkMs;
      totalTalk += p.talkMs;
      // Under a name key two participants of one call can share a row: their shares add up.
      t.shares[i] = (t.shares[i] ?? 0) + p.share;
      if (p.quiet) t.quiet++;
      if (p.notHeard) t.notHeard++;
      t.interruptionsMade += p.interruptionsMade;
      t.interruptionsReceived += p.interruptionsReceived;
    }
    const facilitators = facilitatorsOf(m);
    for (const f of facilitators) {
      const k = key(f.pid, f.name);
      const e = fac.get(k) ?? { pid: k, name: f.name, count: 0, lastAt: null };
      e.count++;
      e.name = f.name;
      e.lastAt = m.meeting.startedAt ?? e.lastAt;
      fac.set(k, e);
    }
    for (const d of decisionsOf(m)) {
      decisions.items++;
      if (d.status === 'decided') decisions.decided++;
      else openItems.push({ meetingId: m.meeting.id, meetingTitle: m.meeting.title, did: d.did, title: d.title, status: d.status, proposedAt: d.proposedAt });
      if (d.rights.initiator !== null) initiators.add(key(d.rights.initiator, nameOf(d.rights.initiator)));
      for (const pid of d.rights.deciders) deciders.add(key(pid, nameOf(pid)));
      for (const o of d.open) openObjections.push({ meetingId: m.meeting.id, meetingTitle: m.meeting.title, did: d.did, title: d.title, pid: o.pid, name: nameOf(o.pid), reason: o.reason });
    }
    const { boxes, overran } = countBoxes(m);
    points.push({ id: m.meeting.id, title: m.meeting.title, startedAt: m.meeting.startedAt, balance: m.measured ? m.balance : null, facilitators: facilitators.map((f) => key(f.pid, f.name)), boxes, overran });
  });
  for (const t of people.values()) t.share = totalTalk > 0 ? t.talkMs / totalTalk : 0;
  const boxes = points.reduce((n, p) => n + p.boxes, 0);
  const overran = points.reduce((n, p) => n + p.overran, 0);
  const sorted = (set: Set<Pid>) => [...set].sort(cmp);
  return {
    meetings: points,
    people: [...people.values()].sort((a, b) => cmp(a.pid, b.pid)),
    facilitation: [...fac.values()].sort((a, b) => b.count - a.count || cmp(a.name, b.name) || cmp(a.pid, b.pid)),
    decisions: { ...decisions, initiators: sorted(initiators), deciders: sorted(deciders) },
    openObjections,
    openItems,
    overruns: { boxes, overran, rate: boxes > 0 ? overran / boxes : 0 },
    agenda: AGENDA_KINDS.flatMap((kind) => {
      const k = agenda.get(kind);
      return k ? [{ kind, items: k.items, overran: k.overran, rate: k.overran / k.items }] : [];
    }),
  };
}
