/**
 * The meeting record on disk: JSON Lines, one v1 event per line (design.md, "The meeting record").
 *
 * Guarantees:
 * - `parseRecord` never throws. It returns every event, or the first problem with its
 *   1-based line number and the field at fault.
 * - Unknown types of a newer `v` are kept (in `newer`, with their line) and skipped, never fatal.
 * - `readRecord` = parse + stable sort by `t` (equal times keep file order), ready to fold.
 * - `serializeRecord(parseRecord(x).events)` reproduces every event's fields exactly.
 */
import type { MeetingEvent } from './events';
import { checkBody, checkEnvelope, type FieldProblem } from './validate';

export interface RecordProblem extends FieldProblem {
  /** 1-based line number in the record. */
  line: number;
}

/** An event of a newer version whose type this reader does not know. */
export interface NewerEvent {
  line: number;
  type: string;
  raw: Record<string, unknown>;
}

export type ParseResult = { ok: true; events: MeetingEvent[]; newer: NewerEvent[] } | { ok: false; error: RecordProblem };

/** "line 12: field rights.deciders must be an array of pids" */
export function describeProblem(p: RecordProblem): string {
  return p.field ? `line ${p.line}: field ${p.field} ${p.message}` : `line ${p.line}: ${p.message}`;
}

/** Checks one already-parsed value as an event. */
export function checkEvent(value: unknown): { ok: true; event: MeetingEvent } | { ok: false; newer: string } | { ok: false; problem: FieldProblem } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: { field: '', message: 'is not a JSON object' } };
  const o = value as Record<string, unknown>;
  const env = checkEnvelope(o);
  if (env.kind === 'bad') return { ok: false, problem: env.problem };
  if (env.kind === 'newer') return { ok: false, newer: env.type };
  const problem = checkBody(env.type, o);
  return problem ? { ok: false, problem } : { ok: true, event: o as unknown as MeetingEvent };
}

/** Receives each valid event, its 1-based line and the offset where that line starts, in file order. */
export type EventVisitor = (event: MeetingEvent, line: number, offset: number) => void;

/**
 * Walks JSON Lines text, validating each line, without building an array: `visit` gets every
 * event, `newer` collects unknown types of a newer version. Returns the first problem, or null.
 * Blank (whitespace-only) lines and a leading byte-order mark are allowed.
 */
export function scanRecord(text: string, visit: EventVisitor, newer: NewerEvent[] = []): RecordProblem | null {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = n;
    line++;
    // Skip blank lines without allocating a substring.
    let i = start;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 13) break;
      i++;
    }
    if (i < end) {
      let value: unknown;
      try {
        value = JSON.parse(text.slice(start, end));
      } catch (e) {
        return { line, field: '', message: `is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
      }
      const r = checkEvent(value);
      if (r.ok) visit(r.event, line, start);
      else if ('newer' in r) newer.push({ line, type: r.newer, raw: value as Record<string, unknown> });
      else return { line, ...r.problem };
    }
    start = end + 1;
  }
  return null;
}

/** Parses JSON Lines text into events, in file order. */
export function parseRecord(text: string): ParseResult {
  const events: MeetingEvent[] = [];
  const newer: NewerEvent[] = [];
  const problem = scanRecord(text, (e) => void events.push(e), newer);
  return problem ? { ok: false, error: problem } : { ok: true, events, newer };
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
  return r.ok ? { ok: true, events: sortByTime(r.events), newer: r.newer } : r;
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
