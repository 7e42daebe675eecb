/**
 * Record text in, report text out: what the CLI, the bench and "Open Meeting Record" run.
 * Never throws: a bad record gives one line naming the problem and the line.
 */
import { applyEvent, createMeetingState } from './meeting-state';
import { describeProblem, readRecord } from './record';
import { renderCsv } from './render-csv';
import { renderJson } from './render-json';
import { renderMarkdown } from './render-markdown';
import { summarize, type Summary } from './summary';

export type ReportFormat = 'json' | 'md' | 'csv';
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'md', 'csv'];

export interface ReportOptions {
  format?: ReportFormat;
  minGapMs?: number;
}

export type SummaryResult = { ok: true; summary: Summary; newer: number } | { ok: false; message: string };

/**
 * The summary of a recorded meeting. A record without meeting.ended is summarised up to its
 * last event (a report never depends on when it is run).
 */
export function summarizeRecord(text: string, minGapMs?: number): SummaryResult {
  const r = readRecord(text);
  if (!r.ok) return { ok: false, message: describeProblem(r.error) };
  if (r.events.length === 0) return { ok: false, message: 'the record holds no events' };
  const s = createMeetingState({ minGapMs });
  for (const e of r.events) applyEvent(s, e);
  return { ok: true, summary: summarize(s, s.lastT), newer: r.newer.length };
}

export function renderSummary(summary: Summary, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return renderJson(summary);
    case 'md':
      return renderMarkdown(summary);
    case 'csv':
      return renderCsv(summary);
  }
}

export function report(text: string, options: ReportOptions = {}): { ok: true; output: string } | { ok: false; message: string } {
  const format = options.format ?? 'md';
  if (!REPORT_FORMATS.includes(format)) return { ok: false, message: `unknown format ${JSON.stringify(format)}; use ${REPORT_FORMATS.join(', ')}` };
  if (options.minGapMs !== undefined && !(Number.isFinite(options.minGapMs) && options.minGapMs >= 0)) return { ok: false, message: 'min-gap must be a number of milliseconds, 0 or more' };
  const r = summarizeRecord(text, options.minGapMs);
  return r.ok ? { ok: true, output: renderSummary(r.summary, format) } : r;
}
