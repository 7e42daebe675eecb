/**
 * Everyone's running talk totals at an instant (a mark). Two marks bracket a window (a decision
 * item open): their difference is the talk inside it, with nothing kept per speech event.
 *
 * Why marks share structure: copying every participant's totals at each mark made a record of
 * 3,000 people and 3,000 decisions hold 9,000,000 copies (16 s, 1.6 GB). `TalkHistory` keeps,
 * per participant, the ledger fields talk follows from (closed talk, the start of an open
 * interval, turns, presence) only at the marks where they had changed since the mark before.
 * The ledger lists who changed since the last mark (`Ledger.changed`: one flag and one push
 * per change; everyone when the window opens or closes). So a mark costs O(people changed
 * since the last mark), all marks together O(events + people), and reading a person at a mark
 * is a binary search in their history. An open interval is kept as its start, so someone
 * speaking across many marks is stored once.
 */
import type { Pid } from '../record/events';
import type { Ledger, ParticipantEntry } from './ledger';
import { claim, owns, share } from '../meeting/copy-on-write';

/** One participant's running totals at an instant. */
export interface TalkMark {
  talkMs: number;
  turns: number;
  present: boolean;
}

/**
 * A mark: the instant, and its number in the history (`LIVE`: the participants as they are
 * now, for a window still open). Plain data, so states copy and compare as before.
 */
export interface Marks {
  at: number;
  mark: number;
}

export const LIVE = 0;

/** The ledger fields talk at any later instant follows from (talk = talkMs + at - speakingSince). */
interface Snapshot {
  mark: number;
  talkMs: number;
  speakingSince: number | null;
  turns: number;
  present: boolean;
}

function talkOf(x: { talkMs: number; speakingSince: number | null }, at: number): number {
  return x.speakingSince === null ? x.talkMs : x.talkMs + Math.max(0, at - x.speakingSince);
}

/** Per participant, their ledger fields at each mark where they had changed. */
export class TalkHistory {
  private marks = LIVE;
  private byPid = new Map<Pid, Snapshot[]>();

  /** A new mark of `participants` at `at` (>= the last folded event): snapshots who changed since the last one, and starts the ledger's list anew. */
  mark(l: Ledger, participants: ReadonlyMap<Pid, ParticipantEntry>, at: number): Marks {
    const m = ++this.marks;
    const take = (p: ParticipantEntry) => {
      let h = this.byPid.get(p.pid);
      // A list shared with a copy (clone) is copied the first time this history appends to it.
      if (!h || !owns(this, h)) this.byPid.set(p.pid, (h = claim(this, h ? h.slice() : [])));
      h.push({ mark: m, talkMs: p.talkMs, speakingSince: p.speakingSince, turns: p.turns, present: p.present });
    };
    if (l.allChanged) for (const p of participants.values()) take(p);
    else for (const p of l.changed) take(p);
    for (const p of l.changed) p.changed = false;
    l.changed.length = 0;
    l.allChanged = false;
    return { at, mark: m };
  }

  /** `pid`'s totals at `m` (LIVE: from `participants` now); null if they were not on the roster then. */
  totals(participants: ReadonlyMap<Pid, ParticipantEntry>, m: Marks, pid: Pid): TalkMark | null {
    if (m.mark === LIVE) {
      const p = participants.get(pid);
      return p ? { talkMs: talkOf(p, m.at), turns: p.turns, present: p.present } : null;
    }
    const h = this.byPid.get(pid);
    if (!h || h[0]!.mark > m.mark) return null;
    let lo = 0;
    let hi = h.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (h[mid]!.mark <= m.mark) lo = mid;
      else hi = mid - 1;
    }
    const x = h[lo]!;
    return { talkMs: talkOf(x, m.at), turns: x.turns, present: x.present };
  }

  /** How many snapshots are kept (for tests: bounded by changes, not marks × people). */
  get stored(): number {
    let n = 0;
    for (const h of this.byPid.values()) n += h.length;
    return n;
  }

  /**
   * A copy to fold on (TimeOrderedFold's checkpoint), in O(people): snapshots are never written,
   * and each list is shared until this history or the copy appends to it (copy-on-write).
   */
  clone(): TalkHistory {
    const c = new TalkHistory();
    c.marks = this.marks;
    c.byPid = new Map(this.byPid);
    share(this);
    return c;
  }
}
