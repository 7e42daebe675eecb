/**
 * The running median of the floor's response gaps: one value per floor change, never removed.
 *
 * Why two heaps: a long meeting has a hundred thousand gaps, and the floor inserts one per
 * change. A sorted structure paid a binary search and a shift per insert (about half the whole
 * fold's time); the lower half as a max-heap and the upper half as a min-heap take an insert in
 * O(log n), usually a step or two, and give the median from their tops.
 *
 * Why `medianWith`: a live query finishes a copy of the floor at `now`, which adds the few gaps
 * of the turns still open. Those go in a small list beside the shared heaps (`overlay()`), so a
 * query copies nothing: the union's middle lies within the k + 2 values nearest the middle of
 * each heap, read without popping.
 */

function up(h: number[], i: number, before: (a: number, b: number) => boolean): void {
  const x = h[i]!;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!before(x, h[p]!)) break;
    h[i] = h[p]!;
    i = p;
  }
  h[i] = x;
}

function down(h: number[], i: number, before: (a: number, b: number) => boolean): void {
  const n = h.length;
  const x = h[i]!;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && before(h[c + 1]!, h[c]!)) c++;
    if (!before(h[c]!, x)) break;
    h[i] = h[c]!;
    i = c;
  }
  h[i] = x;
}

const greater = (a: number, b: number) => a > b;
const less = (a: number, b: number) => a < b;

function push(h: number[], x: number, before: (a: number, b: number) => boolean): void {
  h.push(x);
  up(h, h.length - 1, before);
}

/** The `k` first values of heap `h` in its order (largest of a max-heap first), without changing it. */
function firstOf(h: readonly number[], k: number, before: (a: number, b: number) => boolean): number[] {
  const out: number[] = [];
  // Best-first over heap positions: the next value is the best of the frontier (k is small).
  const frontier: number[] = h.length > 0 ? [0] : [];
  while (out.length < k && frontier.length > 0) {
    let best = 0;
    for (let j = 1; j < frontier.length; j++) if (before(h[frontier[j]!]!, h[frontier[best]!]!)) best = j;
    const i = frontier[best]!;
    frontier[best] = frontier[frontier.length - 1]!;
    frontier.pop();
    out.push(h[i]!);
    if (2 * i + 1 < h.length) frontier.push(2 * i + 1);
    if (2 * i + 2 < h.length) frontier.push(2 * i + 2);
  }
  return out;
}

export class RunningMedian {
  /** The lower half, a max-heap; it holds as many values as `high` or one more. */
  private low: number[] = [];
  /** The upper half, a min-heap; every value is >= every value of `low`. */
  private high: number[] = [];
  /** An overlay's own values (see overlay()); null for a running median that owns its heaps. */
  private extra: number[] | null = null;

  get size(): number {
    return this.low.length + this.high.length + (this.extra?.length ?? 0);
  }

  insert(x: number): void {
    if (this.extra) {
      this.extra.push(x);
      return;
    }
    const { low, high } = this;
    // One heap operation, two when a value crosses halves (a top is replaced in place, not popped and pushed).
    if (low.length === high.length) {
      if (high.length > 0 && x > high[0]!) {
        push(low, high[0]!, greater);
        high[0] = x;
        down(high, 0, less);
      } else push(low, x, greater);
    } else if (x < low[0]!) {
      push(high, low[0]!, less);
      low[0] = x;
      down(low, 0, greater);
    } else push(high, x, less);
  }

  /** The middle value, or the mean of the two middle values; null when empty. */
  median(): number | null {
    return this.medianWith(this.extra ?? []);
  }

  /** The median of the heaps' values together with `extra` (which are not inserted). */
  private medianWith(extra: readonly number[]): number | null {
    const { low, high } = this;
    const n = low.length + high.length;
    const k = extra.length;
    const total = n + k;
    if (total === 0) return null;
    if (k === 0) return n % 2 ? low[0]! : (low[0]! + high[0]!) / 2;
    // The values of both heaps in order, near the middle: sorted[i] for i in [from, from + near.length).
    const below = firstOf(low, k + 2, greater).reverse();
    const above = firstOf(high, k + 2, less);
    const near = below.concat(above);
    const from = low.length - below.length;
    const e = extra.slice().sort((a, b) => a - b);
    /** The r-th smallest (0-based) of the union: j of `extra` and r + 1 - j of the heaps come first. */
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
      // Not reached: the middle of the union lies within k + 2 values of the heaps' middle.
      return [...low, ...high, ...extra].sort((a, b) => a - b)[r]!;
    };
    const hi = at(total >> 1);
    return total % 2 ? hi : (at((total >> 1) - 1) + hi) / 2;
  }

  /** Every value, in order (O(n log n): for comparing states in tests, not for queries). */
  sorted(): number[] {
    return [...this.low, ...this.high, ...(this.extra ?? [])].sort((a, b) => a - b);
  }

  /** A copy to insert into on its own (TimeOrderedFold's checkpoint): O(n). */
  clone(): RunningMedian {
    const c = new RunningMedian();
    c.low = this.low.slice();
    c.high = this.high.slice();
    for (const x of this.extra ?? []) c.insert(x);
    return c;
  }

  /**
   * A view for a live query: it shares these heaps (read only) and keeps what is inserted into it
   * beside them, so it costs nothing to make. Use it before this running median changes again.
   */
  overlay(): RunningMedian {
    const c = new RunningMedian();
    c.low = this.low;
    c.high = this.high;
    c.extra = this.extra ? this.extra.slice() : [];
    return c;
  }
}
