/**
 * The agenda at a moment (issue 11 item 5): every item planned against used, the one in play
 * with its remaining time or overrun, and the next. What the live views and the summary show.
 * O(items + people) per call; nothing is kept between calls. The readers of the agenda's state
 * are here, not in agenda-state.ts (its fold): a live view reads the agenda without the fold's
 * code, which the side panel loads later (core meeting-parts.ts, README *Bundles*).
 */
import type { AgendaKind, Pid } from '../record/events';
import type { AgendaItemState, AgendaState, AgendaStatus } from './agenda-state';

/**
 * What the agenda's view reads of the meeting's state (a MeetingState is one): named here rather
 * than imported, as the fold's parts (meeting-state.ts MeetingParts) name this module's agendaAt.
 */
export interface AgendaSource {
  agenda: AgendaState;
  windowEnd: number | null;
  lastT: number;
  participants: ReadonlyMap<Pid, { name: string }>;
  trail: { byId: ReadonlyMap<string, { title: string; decided: boolean; outcome: string }> };
}

/** Time `item` has been in play up to `now` (>= the last event). */
export function usedAt(item: AgendaItemState, now: number): number {
  return item.since === null ? item.usedMs : item.usedMs + Math.max(0, now - item.since);
}

/** The next item to come into play: the first pending one in plan order. */
export function nextPending(a: AgendaState): AgendaItemState | null {
  for (const item of a.items) if (item.status === 'pending') return item;
  return null;
}

export interface AgendaItemView {
  aid: string;
  title: string;
  kind: AgendaKind;
  owner: { pid: Pid; name: string } | null;
  did: string | null;
  status: AgendaStatus;
  boxMs: number;
  usedMs: number;
  /** usedMs − boxMs when positive, else 0. */
  overrunMs: number;
  rounds: number;
  /** Decision items of this agenda item: its own `did` first, then those proposed while it was in play. */
  decisions: { did: string; title: string; outcome: string | null }[];
}

export interface AgendaView {
  items: AgendaItemView[];
  /** The item in play, with its clock: remaining time (negative: over). */
  current: (AgendaItemView & { remainingMs: number }) | null;
  next: AgendaItemView | null;
  plannedMs: number;
  usedMs: number;
  /** Items that go on to a later meeting: carried, skipped, or never reached. */
  carriedOver: AgendaItemView[];
  /** The meeting ended (what was never reached is carried over). */
  ended: boolean;
}

export function agendaAt(s: AgendaSource, now: number): AgendaView | null {
  const a = s.agenda;
  if (a.items.length === 0) return null;
  const t = s.windowEnd ?? Math.max(now, s.lastT);
  const items = a.items.map((item): AgendaItemView => {
    const usedMs = usedAt(item, t);
    const owner = item.owner !== undefined ? { pid: item.owner, name: s.participants.get(item.owner)?.name ?? item.owner } : null;
    const dids = item.did !== undefined && !item.decisions.includes(item.did) ? [item.did, ...item.decisions] : item.decisions;
    return {
      aid: item.aid,
      title: item.title,
      kind: item.kind,
      owner,
      did: item.did ?? null,
      status: item.status,
      boxMs: item.boxMs,
      usedMs,
      overrunMs: Math.max(0, usedMs - item.boxMs),
      rounds: item.rounds.length,
      decisions: dids.map((did) => {
        const d = s.trail.byId.get(did);
        return { did, title: d?.title ?? did, outcome: d?.decided ? d.outcome : null };
      }),
    };
  });
  const byId = new Map(items.map((i) => [i.aid, i]));
  const active = a.active ? byId.get(a.active.aid)! : null;
  const pending = nextPending(a);
  const ended = s.windowEnd !== null;
  return {
    items,
    current: active ? { ...active, remainingMs: active.boxMs - active.usedMs } : null,
    next: pending ? byId.get(pending.aid)! : null,
    plannedMs: items.reduce((n, i) => n + i.boxMs, 0),
    usedMs: items.reduce((n, i) => n + i.usedMs, 0),
    carriedOver: items.filter((i) => i.status === 'carried' || i.status === 'skipped' || (ended && i.status === 'pending')),
    ended,
  };
}
