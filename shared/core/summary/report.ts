/**
 * Record text in, report text out: what the CLI, the bench and "Open Meeting Record" run.
 * Never throws: a bad record gives one line naming the problem and the line.
 */
import { applyEvent, createMeetingState } from '../meeting/meeting-state';
import type { MeetingEvent } from '../record/events';
import { describeProblem, parseRecord, scanRecord, sortByTime, type NewerEvent } from '../record/record';
import { renderCsv } from './render-csv';
import { renderJson } from './render-json';
import { renderMarkdown } from './render-markdown';
import { summarize, type Summary } from './summary';

export type ReportFormat = 'json' | 'md' | 'csv';
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'md', 'csv'];

export interface ReportOptions {
  format?: ReportFormat;
  minGapMs?: number;
  /** design.md's backchannelMs (default 1000). */
  backchannelMs?: number;
}

export type SummaryResult = { ok: true; summary: Summary; newer: number } | { ok: false; message: string };

/**
 * The summary of a recorded meeting. A record without meeting.ended is summarised up to its
 * last event (a report never depends on when it is run).
 */
export function summarizeRecord(text: string, minGapMs?: number, backchannelMs?: number): SummaryResult {
  // Fast path: a record written live is already in time order, and folding it in file order
  // is then exactly folding it sorted, so fold while scanning and keep no event array.
  // The first event older than its predecessor sends us to the general path: from there on
  // events are kept, the prefix already folded is parsed again (it was valid), and everything
  // is sorted stably and folded afresh, which gives the same result for any order.
  // The one meeting fold carries the decision trail, debrief and facilitation, so a report shows
  // the same trail the live shells showed.
  let s = createMeetingState({ minGapMs, backchannelMs });
  let lastT = -Infinity;
  let disorderAt = -1;
  const rest: MeetingEvent[] = [];
  const newer: NewerEvent[] = [];
  const problem = scanRecord(
    text,
    (e, _line, offset) => {
      if (disorderAt >= 0) rest.push(e);
      else if (e.t < lastT) {
        disorderAt = offset;
        rest.push(e);
      } else {
        applyEvent(s, e);
        lastT = e.t;
      }
    },
    newer,
  );
  if (problem) return { ok: false, message: describeProblem(problem) };
  if (disorderAt >= 0) {
    const prefix = parseRecord(text.slice(0, disorderAt));
    if (!prefix.ok) return { ok: false, message: describeProblem(prefix.error) };
    s = createMeetingState({ minGapMs, backchannelMs });
    for (const e of sortByTime(prefix.events.concat(rest))) {
      applyEvent(s, e);
    }
  }
  if (s.eventCount === 0) return { ok: false, message: newer.length ? `the record holds only events of a newer version (line ${newer[0]!.line}: ${newer[0]!.type})` : 'the record holds no events' };
  return { ok: true, summary: summarize(s, s.lastT, { leadership: true }), newer: newer.length };
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
  if (options.backchannelMs !== undefined && !(Number.isFinite(options.backchannelMs) && options.backchannelMs >= 0)) return { ok: false, message: 'backchannel must be a number of milliseconds, 0 or more' };
  const r = summarizeRecord(text, options.minGapMs, options.backchannelMs);
  return r.ok ? { ok: true, output: renderSummary(r.summary, format) } : r;
}
