/**
 * The meeting record on disk: JSON Lines, one v1 event per line (design.md, "The meeting record").
 *
 * Guarantees:
 * - Reading never throws. It returns every event, or the first problem with its 1-based line
 *   number and the field at fault (`describeProblem`).
 * - Reading streams: `RecordScanner` takes the text in chunks of any size (split anywhere, even
 *   inside a line or a surrogate pair's line) and keeps only the current partial line, so a
 *   record of any size can be read in memory bounded by its longest line.
 * - A torn last line (a crash or a full disk cut the final write) is not an error: the last
 *   non-blank line, when it is not valid JSON, is reported as `torn` (its line and offset) and
 *   every complete event before it is read. Invalid JSON anywhere else is an error.
 * - Events of a newer `v` with a type this reader does not know are counted (`newer`, with the
 *   first one's line and type) and skipped, never kept and never fatal.
 * - `readRecord` = parse + stable sort by `t` (equal times keep file order), ready to fold.
 * - `serializeRecord(parseRecord(x).events)` reproduces every event's fields exactly.
 */
import type { MeetingEvent } from './events';
import { checkBody, checkEnvelope, fieldProblem, type FieldProblem } from './validate';

export interface RecordProblem extends FieldProblem {
  /** 1-based line number in the record. */
  line: number;
}

/** The last line, cut short: where it starts (character offset in the text) and its number. */
export interface TornLine {
  line: number;
  offset: number;
}

/** Events of a newer version that were skipped: how many, and the first one. */
export interface NewerEvents {
  count: number;
  first: { line: number; type: string } | null;
}

export type ParseResult = { ok: true; events: MeetingEvent[]; newer: NewerEvents; torn: TornLine | null } | { ok: false; error: RecordProblem };

/** "line 12: field rights.deciders must be an array of pids" */
export function describeProblem(p: RecordProblem): string {
  return p.field ? `line ${p.line}: field ${p.field} ${p.message}` : `line ${p.line}: ${p.message}`;
}

/** "line 41 is incomplete (cut off by a crash or a full disk?); it was left out" */
export function describeTorn(t: TornLine): string {
  return `line ${t.line} is incomplete (cut off by a crash or a full disk?); the events before it were read, that line was left out`;
}

/**
 * A record's text cut at its torn line: the complete lines before it (ending in a newline, so
 * appending continues them) and the torn bytes, to keep aside rather than drop.
 */
export function splitTorn(text: string, torn: TornLine): { complete: string; torn: string } {
  // The torn line starts a line, so what precedes it ends in a newline, or is empty, or is
  // only the byte-order mark of a file whose first line is torn (dropped: no event needs it).
  const before = text.slice(0, torn.offset);
  return { complete: before.endsWith('\n') ? before : '', torn: text.slice(torn.offset) };
}

/** One value checked as an event: valid, a newer version's type (skipped by every reader), or a problem. */
export type CheckedEvent = { ok: true; event: MeetingEvent } | { ok: false; newer: string } | { ok: false; problem: FieldProblem };
export type EventCheck = (value: unknown) => CheckedEvent;

/** A problem of a record's `event`-th event (1-based, counting the events kept before it). */
export type EventProblem = FieldProblem & { event: number };

/** Checks one already-parsed value as an event. */
export function checkEvent(value: unknown): CheckedEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: fieldProblem('', 'notObject') };
  const o = value as Record<string, unknown>;
  const env = checkEnvelope(o);
  if (env.kind === 'bad') return { ok: false, problem: env.problem };
  if (env.kind === 'newer') return { ok: false, newer: env.type };
  const problem = checkBody(env.type, o);
  return problem ? { ok: false, problem } : { ok: true, event: o as unknown as MeetingEvent };
}

/**
 * Checks already-parsed values as events, in order, as a view's model does (FoldedModel): the
 * valid ones up to the first problem, which stops the check (`problem.event`: how many were kept,
 * plus one); a newer version's types are skipped.
 */
export function checkEvents(values: readonly unknown[]): { events: MeetingEvent[]; problem: EventProblem | null } {
  const events: MeetingEvent[] = [];
  for (const value of values) {
    const c = checkEvent(value);
    if (c.ok) events.push(c.event);
    else if ('problem' in c) return { events, problem: { ...c.problem, event: events.length + 1 } };
  }
  return { events, problem: null };
}

/** Receives each valid event, its 1-based line and the offset where that line starts, in file order. */
export type EventVisitor = (event: MeetingEvent, line: number, offset: number) => void;

/** JSON.parse's message names the bad bytes; keep it short (a torn line can be megabytes). */
function jsonMessage(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.length > 120 ? `${m.slice(0, 117)}...` : m;
}

/**
 * Reads JSON Lines text given in chunks, validating each line as it completes: `push` each
 * chunk, then `end()`. `visit` gets every event in file order. After a problem, further chunks
 * are ignored (`problem` says what and where). Blank lines and a leading byte-order mark are
 * allowed; CRLF line ends are.
 */
export class RecordScanner {
  problem: RecordProblem | null = null;
  torn: TornLine | null = null;
  readonly newer: NewerEvents = { count: 0, first: null };
  /** Characters consumed so far (offsets are in characters of the text as given). */
  private consumed = 0;
  private line = 0;
  private partial = '';
  private partialStart = 0;
  private first = true;
  /** An invalid-JSON line: fatal if any non-blank line follows it, torn if none does. */
  private suspect: { line: number; offset: number; message: string } | null = null;

  constructor(private readonly visit: EventVisitor) {}

  /** Feeds the next chunk; returns false once a problem was found (stop reading). */
  push(chunk: string): boolean {
    if (this.problem) return false;
    let text = chunk;
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        this.consumed++;
        this.partialStart = 1;
      }
    }
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      const offset = this.partial ? this.partialStart : this.consumed + start;
      const lineText = this.partial ? this.partial + text.slice(start, nl) : text.slice(start, nl);
      this.partial = '';
      this.onLine(lineText, offset);
      if (this.problem) return false;
      start = nl + 1;
    }
    if (start < text.length) {
      if (!this.partial) this.partialStart = this.consumed + start;
      this.partial += text.slice(start);
    }
    this.consumed += text.length;
    return true;
  }

  /** The end of the text: the last line (without a newline) is read, and a pending bad line becomes torn. */
  end(): void {
    if (this.problem) return;
    if (this.partial) {
      const offset = this.partialStart;
      const lineText = this.partial;
      this.partial = '';
      this.onLine(lineText, offset);
    }
    if (this.problem) return;
    if (this.suspect) this.torn = { line: this.suspect.line, offset: this.suspect.offset };
    this.suspect = null;
  }

  private onLine(text: string, offset: number): void {
    const line = ++this.line;
    let i = 0;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 13) break;
      i++;
    }
    if (i === n) return;
    if (this.suspect) {
      // Something follows the bad line: it was not the last write, so the record is corrupt.
      this.problem = { line: this.suspect.line, ...fieldProblem('', 'notJson', this.suspect.message) };
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      this.suspect = { line, offset, message: jsonMessage(e) };
      return;
    }
    const r = checkEvent(value);
    if (r.ok) this.visit(r.event, line, offset);
    else if ('newer' in r) {
      this.newer.count++;
      this.newer.first ??= { line, type: r.newer.slice(0, 40) };
    } else this.problem = { line, ...r.problem };
  }
}

/**
 * Walks JSON Lines text, validating each line, without building an array. Returns the first
 * problem, or null; `torn` and `newer` are filled in when given.
 */
export function scanRecord(text: string, visit: EventVisitor, out: { torn?: TornLine | null; newer?: NewerEvents } = {}): RecordProblem | null {
  const scanner = new RecordScanner(visit);
  scanner.push(text);
  scanner.end();
  out.torn = scanner.torn;
  if (out.newer) Object.assign(out.newer, scanner.newer);
  return scanner.problem;
}

/** Parses JSON Lines text into events, in file order. */
export function parseRecord(text: string): ParseResult {
  const events: MeetingEvent[] = [];
  const scanner = new RecordScanner((e) => void events.push(e));
  scanner.push(text);
  scanner.end();
  return scanner.problem ? { ok: false, error: scanner.problem } : { ok: true, events, newer: scanner.newer, torn: scanner.torn };
}

/** Stable sort by `t`: equal timestamps keep their relative order. Returns a new array; sorted input is detected in O(n). */
export function sortByTime<E extends { t: number }>(events: readonly E[]): E[] {
  let sorted = true;
  for (let i = 1; i < events.length; i++)
    if (events[i]!.t < events[i - 1]!.t) {
      sorted = false;
      break;
    }
  if (sorted) return events.slice();
  // Array.prototype.sort is stable (ES2019), so equal times keep file order.
  return events.slice().sort((a, b) => a.t - b.t);
}

/** Parse, then sort stably by time: what every reader should fold. */
export function readRecord(text: string): ParseResult {
  const r = parseRecord(text);
  return r.ok ? { ...r, events: sortByTime(r.events) } : r;
}

/** One JSON object per line, each line ending in "\n". */
export function serializeRecord(events: readonly MeetingEvent[]): string {
  let out = '';
  for (const e of events) out += JSON.stringify(e) + '\n';
  return out;
}

/** One event as one line (no newline), for append-only sinks. */
export function serializeEvent(event: MeetingEvent): string {
  return JSON.stringify(event);
}
