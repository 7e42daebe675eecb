// The previous implementation (main a9c47a0, shared/core/talk/running-median.ts), kept verbatim but for its
// import paths as the reference that floor-equivalence.test.ts compares the current tracker with.
/**
 * The running median of the floor's response gaps: one value per floor change, never removed.
 *
 * Why sorted chunks: a long meeting has a hundred thousand gaps, and the floor inserts one per
 * change. One sorted array paid a shift of half of it per insert (about half the whole fold's
 * time). Two heaps took an insert in O(log n), but a copy to fold on (TimeOrderedFold's rebuild,
 * at every back-dated detector report) had to copy both heaps whole: a rebuild grew with the
 * meeting. Here the values are sorted chunks of at most CHUNK values: an insert finds its chunk by
 * binary search and shifts within it, a copy shares the chunks (copy-on-write, ../meeting/
 * copy-on-write.ts) and copies only the list of them, and each copy copies a chunk the first time
 * it inserts into it. The median is read by walking the chunks' lengths.
 *
 * Why `overlay()`: a live query finishes a copy of the floor at `now`, which adds the few gaps
 * of the turns still open. Those go in a small list beside the shared chunks, so a query copies
 * nothing: the union's middle lies within the k + 2 values nearest the middle of the chunks.
 */
import { claim, share, writable } from '../../../../shared/core/meeting/copy-on-write';

/** A chunk splits in two at this length. */
const CHUNK = 128;

export class RunningMedian {
  /** Sorted chunks, each sorted, none empty; every value of a chunk is <= every value of the next. */
  private chunks: number[][] = [];
  private count = 0;
  /** An overlay's own values (see overlay()); null for a running median that owns its chunks. */
  private extra: number[] | null = null;

  get size(): number {
    return this.count + (this.extra?.length ?? 0);
  }

  insert(x: number): void {
    if (this.extra) {
      this.extra.push(x);
      return;
    }
    const chunks = this.chunks;
    this.count++;
    if (chunks.length === 0) {
      chunks.push(claim(this, [x]));
      return;
    }
    // The first chunk whose last value is >= x (or the last chunk).
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = chunks[mid]!;
      if (m[m.length - 1]! >= x) hi = mid;
      else lo = mid + 1;
    }
    const c = writable(this, chunks[lo]!, (p) => p.slice());
    chunks[lo] = c;
    // After every value <= x, shifting the rest up by one (no splice: it would allocate).
    let a = 0;
    let b = c.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (c[mid]! <= x) a = mid + 1;
      else b = mid;
    }
    let i = c.length;
    c.push(x);
    for (; i > a; i--) c[i] = c[i - 1]!;
    c[a] = x;
    if (c.length >= CHUNK) chunks.splice(lo + 1, 0, claim(this, c.splice(CHUNK >> 1)));
  }

  /** The values of ranks [from, to) in order (0-based over the chunks, not the overlay's values). */
  private ranks(from: number, to: number): number[] {
    const out: number[] = [];
    let base = 0;
    for (const c of this.chunks) {
      if (base + c.length > from) for (let i = Math.max(0, from - base); i < c.length && base + i < to; i++) out.push(c[i]!);
      base += c.length;
      if (base >= to) break;
    }
    return out;
  }

  /** The middle value, or the mean of the two middle values; null when empty. */
  median(): number | null {
    const extra = this.extra ?? [];
    const n = this.count;
    const k = extra.length;
    const total = n + k;
    if (total === 0) return null;
    const half = (n + 1) >> 1;
    // The values of the chunks in order, near the middle: sorted[i] for i in [from, from + near.length).
    const from = Math.max(0, half - (k + 2));
    const near = this.ranks(from, Math.min(n, half + k + 2));
    if (k === 0) return n % 2 ? near[half - 1 - from]! : (near[half - 1 - from]! + near[half - from]!) / 2;
    const e = extra.slice().sort((a, b) => a - b);
    /** The r-th smallest (0-based) of the union: j of `extra` and r + 1 - j of the chunks come first. */
    const at = (r: number): number => {
      for (let j = Math.max(0, r + 1 - n); j <= Math.min(k, r + 1); j++) {
        const a = r + 1 - j;
        const prevA = a > 0 ? near[a - 1 - from] : -Infinity;
        const nextA = a < n ? near[a - from] : Infinity;
        const prevE = j > 0 ? e[j - 1]! : -Infinity;
        const nextE = j < k ? e[j]! : Infinity;
        if (prevA === undefined || nextA === undefined) continue;
        if (prevA <= nextE && prevE <= nextA) return Math.max(prevA, prevE);
      }
      // Not reached: the middle of the union lies within k + 2 values of the chunks' middle.
      return this.sorted()[r]!;
    };
    const hi = at(total >> 1);
    return total % 2 ? hi : (at((total >> 1) - 1) + hi) / 2;
  }

  /** Every value, in order (O(n log n): for comparing states in tests, not for queries). */
  sorted(): number[] {
    return [...this.chunks.flat(), ...(this.extra ?? [])].sort((a, b) => a - b);
  }

  /** A copy to insert into on its own (TimeOrderedFold's checkpoint): shares the chunks, copies the list of them (CHUNK / 2 or more values each). */
  clone(): RunningMedian {
    const c = new RunningMedian();
    c.chunks = this.chunks.slice();
    c.count = this.count;
    share(this);
    for (const x of this.extra ?? []) c.insert(x);
    return c;
  }

  /**
   * A view for a live query: it shares these chunks (read only) and keeps what is inserted into it
   * beside them, so it costs nothing to make. Use it before this running median changes again.
   */
  overlay(): RunningMedian {
    const c = new RunningMedian();
    c.chunks = this.chunks;
    c.count = this.count;
    c.extra = this.extra ? this.extra.slice() : [];
    return c;
  }
}
