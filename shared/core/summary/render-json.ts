/**
 * The summary as JSON: the model itself, with design.md's field names. JSON.stringify escapes
 * whatever a name holds (quotes, controls, lone surrogates), so names round-trip exactly.
 *
 * Why in pieces (`jsonChunks`): a hostile record's summary can list 100,000 objections (a 45 MB
 * JSON). One JSON.stringify built it as one string, which the CLI then copied into one buffer to
 * write: about a third of that report's time and most of its memory. The pieces are exactly the
 * text JSON.stringify(s, null, 2) gives (tested), produced a value of a large list at a time, so
 * a writer can send them as they come.
 */
import type { Summary } from './summary';

/**
 * A list the pieces take an element at a time from where its data lives (the fold), never held
 * whole as objects (summary-json.ts: a decision's 100,000 responses and objections). Its elements
 * hold no long list. `toJSON` gives the list itself, so JSON.stringify of a value holding one
 * reads the same as the pieces.
 */
export class JsonList<T> {
  constructor(readonly items: () => Iterable<T>) {}
  toJSON(): T[] {
    return Array.from(this.items());
  }
}

export function renderJson(s: Summary): string {
  return JSON.stringify(s, null, 2) + '\n';
}

/** Lists longer than this are written an element at a time; shorter values in one JSON.stringify. */
const LONG = 256;

/** What JSON.stringify leaves out of an object (and writes as null in a list). */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

const plainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== 'function' && Object.getPrototypeOf(v) === Object.prototype;

/** Does `v` hold a list longer than LONG anywhere (so it is worth writing in pieces)? Stops at the first. */
function holdsLong(v: unknown, depth: number): boolean {
  if (v instanceof JsonList) return true;
  if (depth > 6) return false;
  if (Array.isArray(v)) return v.length > LONG || v.some((x) => holdsLong(x, depth + 1));
  if (plainObject(v)) for (const k in v) if (holdsLong(v[k], depth + 1)) return true;
  return false;
}

/** Elements of a list as they stand in it at `inner` (comma-separated, without brackets): one JSON.stringify for the run. */
function runText(run: unknown[], inner: string): string {
  return JSON.stringify(run, null, 2).slice(4, -2).replaceAll('\n  ', '\n' + inner);
}

/**
 * A list of elements with no long list inside, as JSON.stringify(list, null, 2) writes it nested
 * at `indent`, taken from `items` a run at a time: only one run of elements is alive at once.
 */
export function* listPieces(items: Iterable<unknown>, indent: string): Generator<string> {
  const inner = indent + '  ';
  let run: unknown[] = [];
  let first = true;
  for (const x of items) {
    if (run.push(x) < LONG) continue;
    yield (first ? '[\n' : ',\n') + inner + runText(run, inner);
    first = false;
    run = [];
  }
  if (run.length > 0) yield (first ? '[\n' : ',\n') + inner + runText(run, inner);
  else if (first) {
    yield '[]';
    return;
  }
  yield '\n' + indent + ']';
}

/** `v` as JSON.stringify(v, null, 2) writes it nested at `indent` (undefined: what JSON.stringify omits). */
function* pieces(v: unknown, indent: string): Generator<string> {
  if (v instanceof JsonList) {
    yield* listPieces(v.items(), indent);
    return;
  }
  if (!holdsLong(v, 0)) {
    const text = JSON.stringify(v, null, 2);
    // A string value holds no raw line break (JSON escapes it), so every one is between lines.
    yield indent === '' ? text : text.replaceAll('\n', '\n' + indent);
    return;
  }
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    // Runs of elements with no long list inside go through one JSON.stringify: the run as a list,
    // without its brackets, is exactly those elements as they stand in the whole list.
    yield '[';
    let i = 0;
    while (i < v.length) {
      let j = i;
      while (j < v.length && j - i < LONG && !holdsLong(v[j], 1)) j++;
      yield (i === 0 ? '\n' : ',\n') + inner;
      if (j > i) {
        yield runText(v.slice(i, j), inner);
        i = j;
      } else {
        // In a list, what JSON.stringify would omit is null.
        yield* omitted(v[i]) ? ['null'] : pieces(v[i], inner);
        i++;
      }
    }
    yield '\n' + indent + ']';
    return;
  }
  const o = v as Record<string, unknown>;
  let first = true;
  yield '{';
  for (const k of Object.keys(o)) {
    const x = o[k];
    if (omitted(x)) continue;
    yield (first ? '\n' : ',\n') + inner + JSON.stringify(k) + ': ';
    first = false;
    yield* pieces(x, inner);
  }
  yield first ? '}' : '\n' + indent + '}';
}

/** renderJson(s) in pieces of about `size` characters (the last may be shorter); `s` may hold JsonLists. */
export function* jsonChunks(s: Summary | object, size = 1 << 16): Generator<string> {
  let buf = '';
  for (const p of pieces(s, '')) {
    buf += p;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  yield buf + '\n';
}
