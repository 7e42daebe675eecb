/**
 * The index of a decision folder (`.roundtable/decisions/README.md`): one table row per record,
 * by number. The shell rebuilds it from the records on disk: readDecisionHeader reads back the
 * header that renderDecisionRecord writes, so the index never needs a database of its own and a
 * record edited by hand (its status changed, say) shows up as edited. The header is read by
 * position, not by its labels, so records written in any language (a team may change its records
 * language) read back alike: the first field is the status, the second the date, the last before
 * the blank line the reference.
 */
import { escapeMarkdown as md } from '../text/escape';
import { formatTimestamp } from '../text/format';
import { decisionFileName } from './decision-files';
import { decisionDate, decisionReference } from './decision-record-markdown';
import type { DecisionItemView } from './decision-view';
import { unescapeMarkdown } from '../text/markdown-text';
import { ENGLISH_TEXT, type CoreText } from '../l10n/core-text';

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
export function indexEntryOf(d: DecisionItemView, number: number, meetingId: string | null, text: CoreText = ENGLISH_TEXT): DecisionIndexEntry {
  return { number, fileName: decisionFileName(number, d.title), title: d.title, date: formatTimestamp(decisionDate(d)), status: text.t(`decision.status.${d.status}`), reference: decisionReference(meetingId, d.did) };
}

const HEADING = /^# (\d+)\. (.*)$/;
const FIELD = /^- [^:]+: (.*)$/;

/** Reads the header of a decision record; null when the text does not start like one. */
export function readDecisionHeader(fileName: string, markdown: string): DecisionIndexEntry | null {
  const lines = markdown.replace(/^\ufeff/, '').split(/\r\n|\r|\n/, 12);
  const h = HEADING.exec(lines[0] ?? '');
  if (!h) return null;
  const entry: DecisionIndexEntry = { number: Number(h[1]), fileName, title: unescapeMarkdown(h[2]!), date: '', status: '', reference: '' };
  const fields: string[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '' && fields.length > 0) break;
    const f = FIELD.exec(line);
    if (f) fields.push(f[1]!.trim());
  }
  entry.status = unescapeMarkdown(fields[0] ?? '');
  entry.date = unescapeMarkdown(fields[1] ?? '');
  // Status and date alone: a hand-written record without a Reference line.
  entry.reference = fields.length > 2 ? fields[fields.length - 1]! : '';
  return entry;
}

/** The folder's README.md: entries sorted by number (then file name), escaped. */
export function renderDecisionIndex(entries: readonly DecisionIndexEntry[], text: CoreText = ENGLISH_TEXT): string {
  const rows = entries.slice().sort((a, b) => a.number - b.number || (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const out = [`# ${text.t('decisionIndex.title')}`, '', text.t('decisionIndex.intro'), ''];
  if (rows.length === 0) out.push(text.t('decisionIndex.none'));
  else {
    out.push(text.t('decisionIndex.head'), '|---:|---|---|---|');
    // The link target is encoded, not escaped: a hand-named file must not break the table or the link.
    for (const e of rows) out.push(`| ${e.number} | [${md(e.title) || text.t('decision.untitled')}](${encodeURI(e.fileName).replace(/[()|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}) | ${md(e.date)} | ${md(e.status)} |`);
  }
  return out.join('\n') + '\n';
}
