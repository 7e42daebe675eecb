/**
 * The floor's response gaps: one value per floor change, never removed, in the order they came.
 * Their median is read only when a summary asks (`medianOf`, O(n)); the fold only appends.
 *
 * Why not a running median: only a summary shows the median, never the live view, and keeping
 * one ordered as the fold went (chunks split at their middle value, reads merged with a live
 * query's extra values) cost the side panel's live part 2.1 KiB of code it never used (README,
 * *Bundles*). Appending is also cheaper for the fold than finding a chunk by value.
 *
 * Why chunks: a long meeting has a hundred thousand gaps, and a copy to fold on (TimeOrderedFold's
 * rebuild, at every back-dated detector report) must not copy them all, or a rebuild grows with the
 * meeting. A full chunk is never written again, so copies share it; a copy copies only the list
 * of chunks and the last one (fewer than CHUNK values).
 */

/** A chunk is full at this length. */
const CHUNK = 1024;

/**
 * An empty list that holds doubles from the start. A gap is a difference of epoch times: a small
 * integer to JavaScript, but V8 may hold it as a double or as a small integer depending on the code
 * that computed it, and a list's kind follows its first value: chunks of both kinds would make the
 * append polymorphic.
 */
function doubles(): number[] {
  const a = [0.5];
  a.pop();
  return a;
}

export class GapList {
  /** Full chunks (CHUNK values each), never written again: shared by copies. */
  private full: number[][] = [];
  private last: number[] = doubles();

  get size(): number {
    return this.full.length * CHUNK + this.last.length;
  }

  push(x: number): void {
    this.last.push(x);
    if (this.last.length === CHUNK) {
      this.full.push(this.last);
      this.last = doubles();
    }
  }

  /** Every value, in the order they came (a new list). */
  values(): number[] {
    return this.full.flat().concat(this.last);
  }

  /** A copy to append to on its own: shares the full chunks, copies the last. */
  clone(): GapList {
    const c = new GapList();
    c.full = this.full.slice();
    for (const x of this.last) c.last.push(x);
    return c;
  }
}

/** The middle value of `values`, or the mean of the two middle values; null when empty. Reorders `values`. */
export function medianOf(values: number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const k = n >> 1;
  select(values, k);
  if (n % 2) return values[k]!;
  // Nothing after k is smaller than values[k]: the other middle value is the largest before it.
  let below = values[0]!;
  for (let i = 1; i < k; i++) if (values[i]! > below) below = values[i]!;
  return (below + values[k]!) / 2;
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
