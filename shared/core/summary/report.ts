/**
 * Record text in, report text out: what the CLI, the bench and "Open Meeting Record" run.
 * Never throws: a bad record gives one line naming the problem and the line.
 *
 * Streaming: the record arrives as chunks (`summarizeChunks`), and a time-ordered record is
 * folded as it is read, keeping only the fold's state (people, rounds, decisions), never the
 * events. Records written by two tabs or machines are slightly out of order: a reorder buffer
 * of REORDER_WINDOW events releases them in time order, so they stream too. An event older
 * than one already folded (disorder wider than the buffer) makes the reader start again on a
 * second read of the same chunks, keeping every event and sorting them: exactly what a stable
 * sort by time then fold gives, which is what every path here computes.
 */
import type { MeetingEvent } from '../record/events';
import { createMeetingState, type FoldOptions, type MeetingState } from '../meeting/meeting-state';
import { applyEvent } from '../meeting/meeting-parts';
import { describeProblem, describeTorn, RecordScanner, sortByTime, type NewerEvents, type TornLine } from '../record/record';
import { renderAgendaCsv, renderCsv } from './render-csv';
import { jsonChunks, renderJson } from './render-json';
import { renderMarkdown } from './render-markdown';
import { ENGLISH_TEXT, type CoreText } from '../l10n/core-text';
import { inLanguage, summarize, type RecordNotes, type Summary } from './summary';
import { summaryForJson } from './summary-json';
import { formatTimestamp } from '../text/format';

/** `agenda-csv`: the agenda as its own CSV table (one table per CSV file, so a spreadsheet or script reads each as is). */
export type ReportFormat = 'json' | 'md' | 'csv' | 'agenda-csv';
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'md', 'csv', 'agenda-csv'];

export interface ReportOptions {
  format?: ReportFormat;
  minGapMs?: number;
  /** design.md's backchannelMs (default 1000). */
  backchannelMs?: number;
  /** The report's words (the Markdown, the JSON's `usage`); English by default. */
  text?: CoreText;
}

export type SummaryResult = { ok: true; summary: Summary; newer: number; torn: TornLine | null; warnings: string[] } | { ok: false; message: string };

/** Events held back to put a slightly out-of-order record in time order while streaming. */
export const REORDER_WINDOW = 4096;

interface Pending {
  e: MeetingEvent;
  line: number;
  seq: number;
}

const less = (a: Pending, b: Pending): boolean => a.e.t < b.e.t || (a.e.t === b.e.t && a.seq < b.seq);

/**
 * Pops in exactly the order a stable sort by t gives: (t, file order). Events that arrive in
 * time order (almost all of them) queue in a plain run, O(1) in and out; only an event older
 * than the run's last goes to a binary min-heap. A pop takes the smaller of the two heads.
 * (Every event through the heap cost a sift down per pop: a seventh of an ordered report.)
 */
class ReorderBuffer {
  /** Sorted by (t, seq): pushed in order, popped from `from`. */
  private run: Pending[] = [];
  private from = 0;
  private readonly heap: Pending[] = [];
  get size(): number {
    return this.run.length - this.from + this.heap.length;
  }
  push(p: Pending): void {
    const run = this.run;
    if (run.length === this.from || !less(p, run[run.length - 1]!)) {
      run.push(p);
      return;
    }
    const h = this.heap;
    let i = h.push(p) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(p, h[parent]!)) break;
      h[i] = h[parent]!;
      i = parent;
    }
    h[i] = p;
  }
  pop(): Pending | undefined {
    const h = this.heap;
    const head = this.from < this.run.length ? this.run[this.from] : undefined;
    if (head && (h.length === 0 || less(head, h[0]!))) {
      if (++this.from > 1024 && this.from * 2 > this.run.length) {
        this.run = this.run.slice(this.from);
        this.from = 0;
      }
      return head;
    }
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = l < h.length && less(h[l]!, last) ? l : -1;
        if (r < h.length && less(h[r]!, m < 0 ? last : h[l]!)) m = r;
        if (m < 0) break;
        h[i] = h[m]!;
        i = m;
      }
      h[i] = last;
    }
    return top;
  }
}

/** The meeting fold (which carries the decision trail) and the one check of the record as a whole. */
class Folder {
  readonly s: MeetingState;
  private ended: { t: number; line: number } | null = null;
  private started = false;
  problem: string | null = null;
  constructor(fold: FoldOptions) {
    this.s = createMeetingState(fold);
  }
  apply(e: MeetingEvent, line: number): void {
    if (e.type === 'meeting.ended') this.ended ??= { t: e.t, line };
    else if (e.type === 'meeting.started' && !this.started) {
      this.started = true;
      // The window [meeting.started, meeting.ended] must not end before it starts.
      if (this.ended && e.t > this.ended.t && this.problem === null)
        this.problem = `line ${line}: meeting.started (${formatTimestamp(e.t)}) is after meeting.ended (line ${this.ended.line}, ${formatTimestamp(this.ended.t)}): the meeting would end before it starts`;
    }
    applyEvent(this.s, e);
  }
}

/** A record folded: the state with every complete event, and what reading the file left out. */
type FoldResult = { ok: true; state: MeetingState; newer: number; torn: TornLine | null; notes: RecordNotes | null; warnings: string[] } | { ok: false; message: string };

/**
 * A recorded meeting folded from `read()`'s chunks (called a second time only for a record far
 * out of time order).
 */
function foldChunks(read: () => Iterable<string>, fold: FoldOptions, window: number): FoldResult {
  let folder = new Folder(fold);
  const buffer = new ReorderBuffer();
  let lastT = -Infinity;
  let seq = 0;
  let farOutOfOrder = false;
  const scanner = new RecordScanner((e, line) => {
    if (farOutOfOrder) return;
    if (e.t < lastT) {
      farOutOfOrder = true;
      return;
    }
    buffer.push({ e, line, seq: seq++ });
    if (buffer.size > window) {
      const p = buffer.pop()!;
      lastT = p.e.t;
      folder.apply(p.e, p.line);
    }
  });
  for (const chunk of read()) if (!scanner.push(chunk)) break;
  scanner.end();
  if (scanner.problem) return { ok: false, message: describeProblem(scanner.problem) };
  if (farOutOfOrder) {
    // Second read: keep every event, sort stably by time, fold. The first read validated it all.
    const all: { e: MeetingEvent; line: number }[] = [];
    const again = new RecordScanner((e, line) => void all.push({ e, line }));
    for (const chunk of read()) if (!again.push(chunk)) break;
    again.end();
    if (again.problem) return { ok: false, message: describeProblem(again.problem) };
    folder = new Folder(fold);
    for (const p of sortByTime(all.map((x) => ({ t: x.e.t, x })))) folder.apply(p.x.e, p.x.line);
  } else for (let p = buffer.pop(); p; p = buffer.pop()) folder.apply(p.e, p.line);
  return finish(folder, scanner.newer, scanner.torn);
}

function finish(folder: Folder, newer: NewerEvents, torn: TornLine | null): FoldResult {
  if (folder.problem) return { ok: false, message: folder.problem };
  const s = folder.s;
  if (s.eventCount === 0) {
    if (newer.first) return { ok: false, message: `the record holds only events of a newer version (line ${newer.first.line}: ${newer.first.type})` };
    return { ok: false, message: torn ? `line ${torn.line}: is not valid JSON, and no complete event comes before it` : 'the record holds no events' };
  }
  const notes = newer.count > 0 || torn ? { newerEventsSkipped: newer.count, tornLine: torn?.line ?? null } : null;
  const warnings: string[] = [];
  if (torn) warnings.push(describeTorn(torn));
  if (newer.first) warnings.push(`${newer.count} event(s) of a newer record version were skipped (first: line ${newer.first.line}, ${newer.first.type})`);
  return { ok: true, state: s, newer: newer.count, torn, notes, warnings };
}

/**
 * The summary of a recorded meeting, read from `read()`'s chunks (called a second time only
 * for a record far out of time order). A record without meeting.ended is summarised up to its
 * last event (a report never depends on when it is run).
 */
export function summarizeChunks(read: () => Iterable<string>, fold: FoldOptions = {}, window = REORDER_WINDOW): SummaryResult {
  const r = foldChunks(read, fold, window);
  if (!r.ok) return r;
  const summary = summarize(r.state, r.state.lastT, { leadership: true });
  if (r.notes) summary.record = r.notes;
  return { ok: true, summary, newer: r.newer, torn: r.torn, warnings: r.warnings };
}

/** The summary of a record held as one string. */
export function summarizeRecord(text: string, minGapMs?: number, backchannelMs?: number): SummaryResult {
  return summarizeChunks(() => [text], { minGapMs, backchannelMs });
}

/** The summary in the format, worded in `text`'s language: the Markdown, and the JSON's one field of words (`usage`); the rest is data. */
export function renderSummary(summary: Summary, format: ReportFormat, text: CoreText = ENGLISH_TEXT): string {
  switch (format) {
    case 'json':
      return renderJson(inLanguage(summary, text));
    case 'md':
      return renderMarkdown(summary, text);
    case 'csv':
      return renderCsv(summary);
    case 'agenda-csv':
      return renderAgendaCsv(summary);
  }
}

export type ReportResult = { ok: true; output: string; warnings: string[] } | { ok: false; message: string };

/** Checks report options; a message for the first bad one, or null. */
export function checkReportOptions(options: ReportOptions): string | null {
  const format = options.format ?? 'md';
  if (!REPORT_FORMATS.includes(format)) return `unknown format ${JSON.stringify(format)}; use ${REPORT_FORMATS.join(', ')}`;
  if (options.minGapMs !== undefined && !(Number.isFinite(options.minGapMs) && options.minGapMs >= 0)) return 'min-gap must be a number of milliseconds, 0 or more';
  if (options.backchannelMs !== undefined && !(Number.isFinite(options.backchannelMs) && options.backchannelMs >= 0)) return 'backchannel must be a number of milliseconds, 0 or more';
  return null;
}

/**
 * The report of a record read in pieces (see summarizeChunks), its output in pieces to write as
 * they come. JSON is written straight from the fold (summary-json.ts); the same text as
 * renderJson of the summary.
 */
export function reportPieces(read: () => Iterable<string>, options: ReportOptions = {}): { ok: true; output: Iterable<string>; warnings: string[] } | { ok: false; message: string } {
  const bad = checkReportOptions(options);
  if (bad) return { ok: false, message: bad };
  const fold = { minGapMs: options.minGapMs, backchannelMs: options.backchannelMs };
  const format = options.format ?? 'md';
  if (format === 'json') {
    const r = foldChunks(read, fold, REORDER_WINDOW);
    return r.ok ? { ok: true, output: jsonChunks(summaryForJson(r.state, r.state.lastT, r.notes, options.text)), warnings: r.warnings } : r;
  }
  const r = summarizeChunks(read, fold);
  return r.ok ? { ok: true, output: [renderSummary(r.summary, format, options.text)], warnings: r.warnings } : r;
}

/** The report of a record read in chunks (see summarizeChunks), its output as one string. */
export function reportChunks(read: () => Iterable<string>, options: ReportOptions = {}): ReportResult {
  const r = reportPieces(read, options);
  return r.ok ? { ...r, output: Array.from(r.output).join('') } : r;
}

export function report(text: string, options: ReportOptions = {}): ReportResult {
  return reportChunks(() => [text], options);
}
