/**
 * The summary page's files: the summary as Markdown, CSV (people, agenda), JSON, and the raw record
 * (JSON Lines). Loaded by the page after its first render (summary.tsx `exporter`).
 */
import { serializeRecord } from '../../../shared/core/record/record';
import { renderAgendaCsv, renderCsv } from '../../../shared/core/summary/render-csv';
import { renderJson } from '../../../shared/core/summary/render-json';
import { renderMarkdown } from '../../../shared/core/summary/render-markdown';
import { inLanguage, type Summary } from '../../../shared/core/summary/summary';
import type { MeetingEvent } from '../../../shared/core/record/events';
import { ENGLISH_TEXT } from '../../../shared/core/l10n/core-text';
import { currentRecordsText } from '../i18n/core-text';
import { downloadText, exportFileBase } from './download';

export type ExportKind = 'md' | 'csv' | 'agenda-csv' | 'json' | 'jsonl';

/** The words of the files are in the records language as set at the moment of the click (settings: records language). */
export async function exportMeeting(kind: ExportKind, summary: Summary, events: readonly MeetingEvent[]): Promise<void> {
  const base = exportFileBase(summary.meeting);
  const text = kind === 'md' || kind === 'json' ? await currentRecordsText() : ENGLISH_TEXT;
  if (kind === 'md') downloadText(`${base}.md`, renderMarkdown(summary, text), 'text/markdown');
  else if (kind === 'csv') downloadText(`${base}.csv`, renderCsv(summary), 'text/csv');
  else if (kind === 'agenda-csv') downloadText(`${base}-agenda.csv`, renderAgendaCsv(summary), 'text/csv');
  else if (kind === 'json') downloadText(`${base}.json`, renderJson(inLanguage(summary, text)), 'application/json');
  else downloadText(`${base}.jsonl`, serializeRecord(events), 'application/x-ndjson');
}
