/**
 * The agenda's fold (issue 11 item 5): the planned items, the one in play, the time each has
 * used, and what became of it. Folded by meeting-state.ts with every other event, in time order,
 * as one of the fold's parts (meeting-parts.ts); its empty state is meeting-state.ts's `emptyAgenda`,
 * its readers (usedAt, nextPending) agenda-view.ts's.
 *
 *   pending --agenda.started--> active --agenda.ended / another started / meeting.ended--> done
 *      |                                   \--agenda.ended carried--> carried
 *      \--agenda.skipped--> skipped
 *
 * An item that was done (or carried) may come into play again: its time adds up. Rounds and
 * decision items proposed while an item is in play belong to it (rounds run inside an item).
 * A new plan (agenda.set) keeps the time and the status of items it names again by aid, drops
 * the pending items it leaves out, and keeps every item that already used time (nothing spent is lost).
 * agenda.linked names the decision item that settles an item (its `did`), at any status.
 * Cost: O(1) per event besides agenda.set (O(items)).
 */
import type { AgendaItemPlan, MeetingEvent } from '../record/events';

export type AgendaStatus = 'pending' | 'active' | 'done' | 'carried' | 'skipped';

/** A planned item with what has become of it. */
export interface AgendaItemState extends AgendaItemPlan {
  status: AgendaStatus;
  /** Closed in-play time; the open span runs from `since`. */
  usedMs: number;
  since: number | null;
  /** When it first came into play, and last went out. */
  firstStart: number | null;
  lastEnd: number | null;
  rounds: string[];
  decisions: string[];
}

export interface AgendaState {
  items: AgendaItemState[];
  byId: Map<string, AgendaItemState>;
  active: AgendaItemState | null;
  ignored: number;
}

/** A copy to fold on (TimeOrderedFold's checkpoint): a few items, each copied. */
export function cloneAgenda(a: AgendaState): AgendaState {
  const items = a.items.map((i) => ({ ...i, rounds: i.rounds.slice(), decisions: i.decisions.slice() }));
  const byId = new Map(items.map((i) => [i.aid, i]));
  return { items, byId, active: a.active && byId.get(a.active.aid)!, ignored: a.ignored };
}

function close(a: AgendaState, t: number, status: AgendaStatus): void {
  const item = a.active;
  if (!item) return;
  item.usedMs += Math.max(0, t - (item.since ?? t));
  item.since = null;
  item.lastEnd = t;
  item.status = status;
  a.active = null;
}

function plan(a: AgendaState, items: readonly AgendaItemPlan[]): void {
  const next: AgendaItemState[] = [];
  const named = new Set(items.map((i) => i.aid));
  for (const p of items) {
    const old = a.byId.get(p.aid);
    const item: AgendaItemState = old ?? { aid: p.aid, title: p.title, boxMs: p.boxMs, kind: p.kind, status: 'pending', usedMs: 0, since: null, firstStart: null, lastEnd: null, rounds: [], decisions: [] };
    item.title = p.title;
    item.boxMs = p.boxMs;
    item.kind = p.kind;
    if (p.owner !== undefined) item.owner = p.owner;
    else delete item.owner;
    if (p.did !== undefined) item.did = p.did;
    else delete item.did;
    next.push(item);
  }
  // What already used time, or is in play, stays on the agenda even if the new plan leaves it out.
  for (const old of a.items) if (!named.has(old.aid) && (old.firstStart !== null || old.status === 'active')) next.push(old);
  a.items = next;
  a.byId = new Map(next.map((i) => [i.aid, i]));
}

/** Applies one event at `t` (the fold's clamped time); `open`: the meeting window is open. Returns false when it did not fit. */
export function applyAgendaEvent(a: AgendaState, e: MeetingEvent, t: number, open: boolean): boolean {
  switch (e.type) {
    case 'agenda.set':
      if (!open) return false;
      plan(a, e.items);
      return true;
    case 'agenda.started': {
      const item = a.byId.get(e.aid);
      if (!open || !item || item === a.active) return false;
      close(a, t, 'done');
      item.status = 'active';
      item.since = t;
      item.firstStart ??= t;
      a.active = item;
      return true;
    }
    case 'agenda.ended':
      if (!open || a.active?.aid !== e.aid) return false;
      close(a, t, e.carried ? 'carried' : 'done');
      return true;
    case 'agenda.skipped': {
      const item = a.byId.get(e.aid);
      if (!open || !item || item.status !== 'pending') return false;
      item.status = 'skipped';
      return true;
    }
    case 'agenda.linked': {
      const item = a.byId.get(e.aid);
      if (!open || !item) return false;
      item.did = e.did;
      return true;
    }
    case 'round.started':
      if (open && a.active) a.active.rounds.push(e.rid);
      return true;
    case 'decision.proposed':
      if (open && a.active) a.active.decisions.push(e.did);
      return true;
    case 'meeting.ended':
      if (open) close(a, t, 'done');
      return true;
    default:
      return true;
  }
}
