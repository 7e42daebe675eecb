/**
 * The index of a decision folder (`.roundtable/decisions/README.md`): one table row per record,
 * by number. The shell rebuilds it from the records on disk: readDecisionHeader reads back the
 * header that renderDecisionRecord writes, so the index never needs a database of its own and a
 * record edited by hand (its status changed, say) shows up as edited.
 */
import { escapeMarkdown as md } from '../text/escape';
import { formatTimestamp } from '../text/format';
import { decisionFileName } from './decision-files';
import { decisionDate, decisionReference } from './decision-record-markdown';
import type { DecisionItemView } from './decision-view';
import { unescapeMarkdown } from '../text/markdown-text';

export interface DecisionIndexEntry {
  number: number;
  fileName: string;
  /** Plain text (unescaped). */
  title: string;
  /** As the record shows it, e.g. "2026-01-05 09:12 UTC"; empty if unknown. */
  date: string;
  status: string;
  /** "<meeting id> <did>" as the record's Reference line gives it (escaped text, compared as is); '' if none. */
  reference: string;
}

/** The index entry of a record about to be written. */
export function indexEntryOf(d: DecisionItemView, number: number, meetingId: string | null): DecisionIndexEntry {
  return { number, fileName: decisionFileName(number, d.title), title: d.title, date: formatTimestamp(decisionDate(d)), status: d.status, reference: decisionReference(meetingId, d.did) };
}

const HEADING = /^# (\d+)\. (.*)$/;
const FIELD = /^- (Status|Date|Reference): (.*)$/;

/** Reads the header of a decision record; null when the text does not start like one. */
export function readDecisionHeader(fileName: string, markdown: string): DecisionIndexEntry | null {
  const lines = markdown.replace(/^\ufeff/, '').split(/\r\n|\r|\n/, 12);
  const h = HEADING.exec(lines[0] ?? '');
  if (!h) return null;
  const entry: DecisionIndexEntry = { number: Number(h[1]), fileName, title: unescapeMarkdown(h[2]!), date: '', status: '', reference: '' };
  for (const line of lines.slice(1)) {
    const f = FIELD.exec(line);
    if (f?.[1] === 'Status') entry.status = unescapeMarkdown(f[2]!.trim());
    else if (f?.[1] === 'Date') entry.date = unescapeMarkdown(f[2]!.trim());
    else if (f?.[1] === 'Reference') entry.reference = f[2]!.trim();
  }
  return entry;
}

/** The folder's README.md: entries sorted by number (then file name), escaped. */
export function renderDecisionIndex(entries: readonly DecisionIndexEntry[]): string {
  const rows = entries.slice().sort((a, b) => a.number - b.number || (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const out = ['# Decision records', '', 'Decisions taken in Roundtable meetings, numbered in the order they were recorded.', ''];
  if (rows.length === 0) out.push('No decisions yet.');
  else {
    out.push('| # | Decision | Date | Status |', '|---:|---|---|---|');
    // The link target is encoded, not escaped: a hand-named file must not break the table or the link.
    for (const e of rows) out.push(`| ${e.number} | [${md(e.title) || 'Decision'}](${encodeURI(e.fileName).replace(/[()|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}) | ${md(e.date)} | ${md(e.status)} |`);
  }
  return out.join('\n') + '\n';
}
