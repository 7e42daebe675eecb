/**
 * A multiset of numbers kept sorted in blocks, for the floor's running median of response gaps.
 *
 * Why not a plain sorted array: a long meeting has tens of thousands of gaps, and an insert in
 * the middle of one array moves half of them. Blocks of at most 2 × BLOCK numbers keep an insert
 * or a removal to one small splice, and `at(k)` to a walk over block lengths.
 *
 * Why copy on write: a live query finishes a copy of the floor at `now` (open turns closed
 * there) without touching the fold's state. `clone()` shares every block; whichever side
 * writes to a shared block copies that block first, so a clone costs O(blocks), not O(n).
 */
const BLOCK = 256;

function upperBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SortedBag {
  private blocks: number[][] = [];
  /** shared[i]: blocks[i] may also belong to another bag, so copy it before writing. */
  private shared: boolean[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  insert(x: number): void {
    if (this.blocks.length === 0) {
      this.blocks.push([x]);
      this.shared.push(false);
      this.count = 1;
      return;
    }
    const i = Math.min(this.blockFor(x), this.blocks.length - 1);
    const b = this.writable(i);
    b.splice(upperBound(b, x), 0, x);
    this.count++;
    if (b.length > 2 * BLOCK) {
      this.blocks.splice(i + 1, 0, b.splice(BLOCK));
      this.shared.splice(i + 1, 0, false);
    }
  }

  /** Removes one occurrence of `x`; false when there is none. */
  remove(x: number): boolean {
    const i = this.blockFor(x);
    if (i >= this.blocks.length) return false;
    const at = lowerBound(this.blocks[i]!, x);
    if (this.blocks[i]![at] !== x) return false;
    const b = this.writable(i);
    b.splice(at, 1);
    this.count--;
    if (b.length === 0) {
      this.blocks.splice(i, 1);
      this.shared.splice(i, 1);
    }
    return true;
  }

  /** The k-th smallest (0-based); undefined outside 0..size-1. */
  at(k: number): number | undefined {
    if (k < 0 || k >= this.count) return undefined;
    for (const b of this.blocks) {
      if (k < b.length) return b[k];
      k -= b.length;
    }
    return undefined;
  }

  /** The median: the middle value, or the mean of the two middle values; null when empty. */
  median(): number | null {
    const n = this.count;
    if (n === 0) return null;
    const hi = this.at(n >> 1)!;
    return n % 2 ? hi : (this.at((n >> 1) - 1)! + hi) / 2;
  }

  clone(): SortedBag {
    const c = new SortedBag();
    c.blocks = this.blocks.slice();
    c.count = this.count;
    c.shared = this.blocks.map(() => true);
    this.shared.fill(true);
    return c;
  }

  /** The first block whose last value is >= x (blocks.length when x is above all). */
  private blockFor(x: number): number {
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const b = this.blocks[mid]!;
      if (b[b.length - 1]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private writable(i: number): number[] {
    if (this.shared[i]) {
      this.blocks[i] = this.blocks[i]!.slice();
      this.shared[i] = false;
    }
    return this.blocks[i]!;
  }
}
