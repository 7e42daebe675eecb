/**
 * The running median of the floor's response gaps: one value per floor change, never removed.
 *
 * Why chunks: a long meeting has a hundred thousand gaps, and the floor inserts one per change.
 * One sorted array paid a shift of half of it per insert (about half the whole fold's time). Two
 * heaps took an insert in O(log n), but a copy to fold on (TimeOrderedFold's rebuild, at every
 * back-dated detector report) had to copy both heaps whole: a rebuild grew with the meeting. Here
 * the values are chunks of fewer than CHUNK values, in order between chunks (every value of a
 * chunk <= every value of the next) but in no order inside one: an insert finds its chunk by a
 * binary search over the chunks' largest values and appends (keeping chunks sorted cost a shift
 * per insert, 3-4x the rest of it); a full chunk splits at its middle value (a selection, O(CHUNK)).
 * A read sorts in place the one or two chunks that hold the middle ranks (the same values, so
 * whoever shares the chunk is unaffected). A copy shares the chunks (copy-on-write: each side
 * copies a chunk the first time it inserts into it) and copies only the lists of them.
 *
 * Why `overlay()`: a live query finishes a copy of the floor at `now`, which adds the few gaps
 * of the turns still open. Those go in a small list beside the shared chunks, so a query copies
 * nothing: the union's middle lies within the k + 2 values nearest the middle of the chunks.
 */

/** A chunk splits in two at this length. */
const CHUNK = 256;

const ascending = (a: number, b: number) => a - b;

/**
 * A list of doubles holding `x`. A gap is a difference of epoch times: a small integer to
 * JavaScript, but V8 may hold it as a double or as a small integer depending on the code that
 * computed it, and a list's kind follows its first value: chunks of both kinds would make the
 * insert polymorphic. Every chunk (and `tops`) holds doubles from the start.
 */
function doubles(x?: number): number[] {
  const a = [0.5];
  if (x === undefined) a.pop();
  else a[0] = x;
  return a;
}

/** An empty list of `seed`'s kind (objects, booleans): kept from its first push on, as for doubles above. */
function listOf<T>(seed: T): T[] {
  const a = [seed];
  a.pop();
  return a;
}

/** Reorders `a` so that a[k] is its k-th smallest value, with nothing larger before it and nothing smaller after it (Hoare's selection). */
function select(a: number[], k: number): void {
  let l = 0;
  let r = a.length - 1;
  while (l < r) {
    const x = a[k]!;
    let i = l;
    let j = r;
    do {
      while (a[i]! < x) i++;
      while (x < a[j]!) j--;
      if (i <= j) {
        const w = a[i]!;
        a[i++] = a[j]!;
        a[j--] = w;
      }
    } while (i <= j);
    if (j < k) l = i;
    if (k < i) r = j;
  }
}

export class RunningMedian {
  /** Chunks, none empty, in order between them (unordered inside one). */
  private chunks: number[][] = listOf([0.5]);
  /** Each chunk's largest value. */
  private tops: number[] = doubles();
  /** Which chunks this one may write in place (false: shared with a copy since). */
  private own: boolean[] = listOf(true);
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
    const tops = this.tops;
    this.count++;
    if (chunks.length === 0) {
      chunks.push(doubles(x));
      tops.push(x);
      this.own.push(true);
      return;
    }
    // The first chunk whose largest value is >= x (or the last chunk).
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tops[mid]! >= x) hi = mid;
      else lo = mid + 1;
    }
    let c = chunks[lo]!;
    if (!this.own[lo]) {
      c = chunks[lo] = c.slice();
      this.own[lo] = true;
    }
    c.push(x);
    if (x > tops[lo]!) tops[lo] = x;
    if (c.length >= CHUNK) this.split(lo);
  }

  /** Chunk i (own, full) becomes its lower half and, after it, its upper half. */
  private split(i: number): void {
    const c = this.chunks[i]!;
    const half = c.length >> 1;
    select(c, half);
    const upper = c.slice(half);
    c.length = half;
    let top = c[0]!;
    for (let j = 1; j < half; j++) if (c[j]! > top) top = c[j]!;
    this.chunks.splice(i + 1, 0, upper);
    this.tops.splice(i + 1, 0, this.tops[i]!);
    this.tops[i] = top;
    this.own.splice(i + 1, 0, true);
  }

  /** The values of ranks [from, to) in order (0-based over the chunks, not the overlay's values). */
  private ranks(from: number, to: number): number[] {
    const out: number[] = [];
    let base = 0;
    for (const c of this.chunks) {
      if (base + c.length > from) {
        sortInPlace(c);
        for (let i = Math.max(0, from - base); i < c.length && base + i < to; i++) out.push(c[i]!);
      }
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

  /** A copy to insert into on its own (TimeOrderedFold's checkpoint): shares the chunks, copies the lists of them (CHUNK / 2 or more values each). */
  clone(): RunningMedian {
    const c = new RunningMedian();
    c.chunks = this.chunks.slice();
    c.tops = this.tops.slice();
    c.own = this.own.map(() => false);
    this.own.fill(false);
    c.count = this.count;
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
    c.tops = this.tops;
    c.count = this.count;
    c.extra = this.extra ? this.extra.slice() : [];
    return c;
  }
}

/** Sorts a chunk in place unless it is sorted already (reads come back to the same middle chunks). */
function sortInPlace(c: number[]): void {
  for (let i = 1; i < c.length; i++)
    if (c[i - 1]! > c[i]!) {
      c.sort(ascending);
      return;
    }
}
