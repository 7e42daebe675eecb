/**
 * What to write in a decision folder (`.roundtable/decisions/`) for one meeting's trail: a
 * record file per item and the README.md index. Pure planning; the shell reads the folder, calls
 * this, and writes the files it returns.
 *
 * Guarantees:
 * - Idempotent: an item already in the folder (same Reference line: meeting id and did) is
 *   rewritten in its own file under its own number, never copied. So writing at every change,
 *   or again at the meeting's end, updates "blocked" to "decided" in place.
 * - New items take the next numbers after the highest in the folder, in trail order.
 * - The index lists every record in the folder, the ones written now as they will be.
 */
import type { Pid } from '../record/events';
import { nextDecisionNumber } from './decision-files';
import { indexEntryOf, readDecisionHeader, renderDecisionIndex, type DecisionIndexEntry } from './decision-index-markdown';
import { decisionReference, renderDecisionRecord } from './decision-record-markdown';
import type { DecisionItemView } from './decision-view';
import type { CoreText } from '../l10n/core-text';

export interface FolderFile {
  fileName: string;
  text: string;
}

export interface DecisionFolderPlan {
  /** Record files to create or overwrite. */
  writes: FolderFile[];
  /** The new README.md. */
  index: string;
}

export const DECISION_INDEX_FILE = 'README.md';

export function planDecisionFolder(
  existing: readonly FolderFile[],
  meeting: { id: string; title: string; startedAt: number | null },
  items: readonly DecisionItemView[],
  names?: ReadonlyMap<Pid, string>,
  /** The records' language (new and rewritten records, the index); records already there keep theirs. */
  text?: CoreText,
): DecisionFolderPlan {
  const entries = new Map<string, DecisionIndexEntry>();
  for (const f of existing) {
    if (f.fileName === DECISION_INDEX_FILE) continue;
    const e = readDecisionHeader(f.fileName, f.text);
    if (e) entries.set(f.fileName, e);
  }
  const byRef = new Map([...entries.values()].filter((e) => e.reference !== '').map((e) => [e.reference, e]));
  let next = nextDecisionNumber(existing.map((f) => f.fileName));
  const writes: FolderFile[] = [];
  for (const item of items) {
    const known = byRef.get(decisionReference(meeting.id, item.did));
    const number = known ? known.number : next++;
    const entry = indexEntryOf(item, number, meeting.id, text);
    // A known item keeps its file name even if its title changed, so links to it keep working.
    if (known) entry.fileName = known.fileName;
    entries.set(entry.fileName, entry);
    writes.push({ fileName: entry.fileName, text: renderDecisionRecord(item, { number, meeting, names, ...(text ? { text } : {}) }) });
  }
  return { writes, index: renderDecisionIndex([...entries.values()], text) };
}
