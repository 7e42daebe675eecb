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
 * speaking across many marks is stored once. Lists are by roster index (a participant never
 * leaves the roster), so a snapshot costs no lookup by pid.
 */
import type { Pid } from '../record/events';
import type { Ledger, ParticipantEntry } from './ledger';

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

/**
 * Per participant (by roster index), their ledger fields at each mark where they had changed.
 * Ownership is a flag per list: a copy clears both sides' flags, and
 * each copies a list the first time it appends to it (a weak-map lookup per snapshot cost more
 * than the snapshot).
 */
export class TalkHistory {
  private marks = LIVE;
  private byIndex: (Snapshot[] | null)[] = [];
  /**
   * Which lists this history may append to in place (false: shared with a copy since). Private
   * (#): bookkeeping, not data, so a copy and a fresh fold of the same events still compare equal.
   */
  #own: boolean[] = [];

  /** A new mark of `participants` at `at` (>= the last folded event): snapshots who changed since the last one, and starts the ledger's list anew. */
  mark(l: Ledger, participants: ReadonlyMap<Pid, ParticipantEntry>, at: number): Marks {
    const m = ++this.marks;
    if (l.allChanged) for (const p of participants.values()) this.take(p, m);
    else for (let i = 0; i < l.changed.length; i++) this.take(l.changed[i]!, m);
    for (let i = 0; i < l.changed.length; i++) l.changed[i]!.changed = false;
    l.changed.length = 0;
    l.allChanged = false;
    return { at, mark: m };
  }

  private take(p: ParticipantEntry, m: number): void {
    const i = p.index;
    while (this.byIndex.length <= i) {
      this.byIndex.push(null);
      this.#own.push(true);
    }
    let h = this.byIndex[i]!;
    if (h === null || !this.#own[i]) {
      this.byIndex[i] = h = h === null ? [] : h.slice();
      this.#own[i] = true;
    }
    h.push({ mark: m, talkMs: p.talkMs, speakingSince: p.speakingSince, turns: p.turns, present: p.present });
  }

  /** `pid`'s totals at `m` (LIVE: from `participants` now); null if they were not on the roster then. */
  totals(participants: ReadonlyMap<Pid, ParticipantEntry>, m: Marks, pid: Pid): TalkMark | null {
    const p = participants.get(pid);
    if (!p) return null;
    if (m.mark === LIVE) return { talkMs: talkOf(p, m.at), turns: p.turns, present: p.present };
    const h = this.byIndex[p.index];
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
    for (const h of this.byIndex) n += h?.length ?? 0;
    return n;
  }

  /**
   * A copy to fold on (TimeOrderedFold's checkpoint), in O(people): snapshots are never written,
   * and each list is shared until this history or the copy appends to it (copy-on-write).
   */
  clone(): TalkHistory {
    const c = new TalkHistory();
    c.marks = this.marks;
    c.byIndex = this.byIndex.slice();
    c.#own = this.#own.map(() => false);
    this.#own.fill(false);
    return c;
  }
}
