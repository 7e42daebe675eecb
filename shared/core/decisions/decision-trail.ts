/**
 * The decision trail: a fold over a meeting's events that gives each decision item its
 * proposal, rights, consent responses, objections, outcome and the window of participation.
 *
 *                     consent.response (objection)
 *   decision.proposed ----------------------------> [blocked]
 *          |          <----------------------------    |
 *          v          last open objection resolved     |
 *       [open] ------------ decision.recorded ---------+--> [decided]
 *                                                     (a record from elsewhere may decide a
 *                                                      blocked item; its open objections stay open)
 *
 * Guarantees, as for the meeting fold (meeting-state.ts):
 * - Incremental: `applyTrailEvent` is O(1) amortised; a mark at decision.proposed /
 *   decision.recorded snapshots only the people whose totals changed since the last mark
 *   (talk-marks.ts), so many decisions among many people cost their sum, not their product.
 * - Total: any validated sequence folds without throwing; what does not fit (a response to an
 *   unknown item, a second decision.recorded, resolving an objection nobody raised) is counted in
 *   `ignored`.
 * - It reads the participants' talk totals, so it runs *after* the meeting part of the fold
 *   for the same event (meeting-state.ts `foldEvent` does both; the trail is one of its parts,
 *   meeting-parts.ts). Its empty state is meeting-state.ts's `emptyTrail`.
 * - A decision.recorded with no decision.proposed before it (a v1 record from before the trail)
 *   becomes an item whose window is the instant of the decision.
 */
import type { ConsentAnswer, DecisionRights, MeetingEvent, Pid } from '../record/events';
import type { Ledger, ParticipantEntry } from '../talk/ledger';
import { TalkHistory, type Marks } from '../talk/talk-marks';
import { claim, owns, share, writable } from '../meeting/copy-on-write';

export type DecisionStatus = 'open' | 'blocked' | 'decided';
export type ObjectionState = 'open' | 'resolved' | 'withdrawn';

export interface ConsentEntry {
  pid: Pid;
  response: ConsentAnswer;
  reason: string;
  t: number;
  /** The consent round it was given in, or null outside a round. */
  rid: string | null;
}

export interface ObjectionEntry {
  pid: Pid;
  reason: string;
  raisedAt: number;
  state: ObjectionState;
  closedAt: number | null;
  /** How it was resolved or why it was withdrawn (may be empty). */
  how: string;
}

export interface DecisionItem {
  did: string;
  title: string;
  proposal: string;
  area: string;
  /** As proposed, replaced by the rights decision.recorded states (the final word). */
  rights: DecisionRights;
  proposedAt: number;
  decidedAt: number | null;
  decided: boolean;
  /** Latest response per pid, in order of first response. */
  responses: Map<Pid, ConsentEntry>;
  objections: ObjectionEntry[];
  /** The open objections by pid (at most one each): a response or a resolution finds its objection in O(1), not by a search. */
  openBy: Map<Pid, ObjectionEntry>;
  outcome: string;
  rationale: string;
  /** Consent rounds held for this item (round.started with its did). */
  rounds: string[];
  startMarks: Marks;
  endMarks: Marks | null;
}

export interface DecisionTrail {
  items: DecisionItem[];
  byId: Map<string, DecisionItem>;
  ignored: number;
  /**
   * Talk totals at the items' marks, sharing structure (talk-marks.ts); made at the first mark, so
   * an empty trail (what a fold without its parts holds, meeting-state.ts) needs no code of it.
   */
  talk: TalkHistory | null;
}


/**
 * A copy to fold on (TimeOrderedFold's checkpoint), in O(1): the list of items, the map by id
 * and the items themselves are shared copy-on-write (`items`, `index`, `own`), so a rebuild copies
 * only what its events change, not every decision, response and objection of the meeting
 * (copying the map by id was half of a rebuild's copy in a long meeting).
 */
export function cloneTrail(t: DecisionTrail): DecisionTrail {
  share(t);
  return { items: t.items, byId: t.byId, ignored: t.ignored, talk: t.talk && t.talk.clone() };
}

/** A talk mark now (the trail's history made at the first). */
function mark(trail: DecisionTrail, ledger: Ledger, participants: ReadonlyMap<Pid, ParticipantEntry>, t: number): Marks {
  return (trail.talk ??= new TalkHistory()).mark(ledger, participants, t);
}

/** The list of items, to write (its own copy once shared). */
function items(trail: DecisionTrail): DecisionItem[] {
  return (trail.items = writable(trail, trail.items, (a) => a.slice()));
}

/** The map by id, to write (its own copy once shared). */
function index(trail: DecisionTrail): Map<string, DecisionItem> {
  return (trail.byId = writable(trail, trail.byId, (m) => new Map(m)));
}

function add(trail: DecisionTrail, item: DecisionItem): void {
  items(trail).push(item);
  index(trail).set(item.did, item);
}

/**
 * `item` to write: itself if this trail made it since it was last shared, else a copy put in its
 * place. Closed objections and responses are never written again, so the copy shares them; the
 * open objections are copied (a response or a resolution writes them).
 */
function own(trail: DecisionTrail, item: DecisionItem): DecisionItem {
  if (owns(trail, item)) return item;
  const open = new Map<ObjectionEntry, ObjectionEntry>();
  for (const o of item.openBy.values()) open.set(o, { ...o });
  const copy: DecisionItem = {
    ...item,
    responses: new Map(item.responses),
    objections: item.objections.map((o) => open.get(o) ?? o),
    openBy: new Map(Array.from(item.openBy, ([pid, o]) => [pid, open.get(o)!])),
    rounds: item.rounds.slice(),
  };
  const list = items(trail);
  list[list.indexOf(item)] = copy;
  index(trail).set(copy.did, copy);
  return claim(trail, copy);
}

export function copyRights(r: DecisionRights): DecisionRights {
  return { initiator: r.initiator, deciders: r.deciders.slice(), contributors: r.contributors.slice(), informed: r.informed.slice() };
}

/** An item is blocked while any objection on it is open, decided once recorded. */
export function statusOf(item: DecisionItem): DecisionStatus {
  if (item.decided) return 'decided';
  return item.openBy.size > 0 ? 'blocked' : 'open';
}

export function openObjection(item: DecisionItem, pid: Pid): ObjectionEntry | undefined {
  return item.openBy.get(pid);
}

function newItem(did: string, title: string, rights: DecisionRights, marks: Marks): DecisionItem {
  return {
    did,
    title,
    proposal: '',
    area: '',
    rights: copyRights(rights),
    proposedAt: marks.at,
    decidedAt: null,
    decided: false,
    responses: new Map(),
    objections: [],
    openBy: new Map(),
    outcome: '',
    rationale: '',
    rounds: [],
    startMarks: marks,
    endMarks: null,
  };
}

/**
 * Applies one event (mutating `trail`) at the fold's time `t`; `participants` and `ledger` must already
 * include it (the meeting fold calls this last). Returns whether it was used.
 */
export function applyTrailEvent(trail: DecisionTrail, e: MeetingEvent, t: number, participants: ReadonlyMap<Pid, ParticipantEntry>, ledger: Ledger): boolean {
  switch (e.type) {
    case 'decision.proposed': {
      if (trail.byId.has(e.did)) break;
      const item = claim(trail, newItem(e.did, e.title, e.rights, mark(trail, ledger, participants, t)));
      item.proposal = e.proposal ?? '';
      item.area = e.area ?? '';
      add(trail, item);
      return true;
    }
    case 'round.started': {
      if (e.did === undefined || e.kind !== 'consent') return false;
      const found = trail.byId.get(e.did);
      if (!found) return false;
      own(trail, found).rounds.push(e.rid);
      return true;
    }
    case 'consent.response': {
      const found = trail.byId.get(e.did);
      if (!found || found.decided) break;
      const item = own(trail, found);
      const reason = e.reason ?? '';
      // Re-stating an open objection updates its reason; it is still the same objection.
      const open = openObjection(item, e.pid);
      if (open && e.response === 'objection') open.reason = reason;
      else if (e.response === 'objection') {
        const o: ObjectionEntry = { pid: e.pid, reason, raisedAt: t, state: 'open', closedAt: null, how: '' };
        item.objections.push(o);
        item.openBy.set(e.pid, o);
      }
      item.responses.delete(e.pid);
      item.responses.set(e.pid, { pid: e.pid, response: e.response, reason, t, rid: e.rid ?? null });
      return true;
    }
    case 'objection.resolved':
    case 'objection.withdrawn': {
      const found = trail.byId.get(e.did);
      const shared = found && openObjection(found, e.pid);
      if (!shared) break;
      const item = own(trail, found);
      // A copied item has copies of its open objections.
      const o = item === found ? shared : openObjection(item, e.pid)!;
      o.state = e.type === 'objection.resolved' ? 'resolved' : 'withdrawn';
      item.openBy.delete(e.pid);
      o.closedAt = t;
      o.how = e.how ?? '';
      return true;
    }
    case 'decision.recorded': {
      let item = trail.byId.get(e.did);
      if (item?.decided) break;
      if (item) item = own(trail, item);
      if (!item) {
        item = claim(trail, newItem(e.did, e.title, e.rights, mark(trail, ledger, participants, t)));
        add(trail, item);
      }
      item.title = e.title;
      item.rights = copyRights(e.rights);
      item.outcome = e.outcome;
      item.rationale = e.rationale ?? '';
      item.decided = true;
      item.decidedAt = t;
      item.endMarks = mark(trail, ledger, participants, t);
      // Objections written only in the decision (entered by hand, or by an older writer) join the trail.
      // A set, not a search per objection: a hostile record can list any number of them.
      const objected = new Set(item.objections.map((x) => x.pid));
      for (const o of e.objections ?? [])
        if (!objected.has(o.pid)) {
          objected.add(o.pid);
          const entry: ObjectionEntry = { pid: o.pid, reason: o.reason, raisedAt: t, state: o.resolved ? 'resolved' : 'open', closedAt: o.resolved ? t : null, how: '' };
          item.objections.push(entry);
          if (!o.resolved) item.openBy.set(o.pid, entry);
        }
      return true;
    }
    default:
      return false;
  }
  trail.ignored++;
  return false;
}
