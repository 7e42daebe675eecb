/**
 * The decision trail as CSV (RFC 4180, CRLF), one row per item, for spreadsheets: the browser's
 * export beside the participants and turns tables. Text cells go through csvText (quoted,
 * formulas defused); pid lists are space-separated pids; times are epoch ms.
 */
import { csvText } from '../text/escape';
import type { DecisionItemView } from './decision-view';

export const DECISION_COLUMNS = [
  'did',
  'title',
  'status',
  'area',
  'proposedAt',
  'decidedAt',
  'initiator',
  'deciders',
  'contributors',
  'informed',
  'consents',
  'concerns',
  'objections',
  'openObjections',
  'outcome',
  'rationale',
] as const;

const cell = (c: string | number | null) => (typeof c === 'string' ? csvText(c) : c === null ? '' : String(c));

export function renderDecisionsCsv(items: readonly DecisionItemView[]): string {
  const lines = [DECISION_COLUMNS.join(',')];
  for (const d of items) {
    const count = (answer: string) => d.responses.filter((r) => r.response === answer).length;
    const cells: (string | number | null)[] = [
      d.did,
      d.title,
      d.status,
      d.area,
      d.proposedAt,
      d.decidedAt,
      d.rights.initiator,
      d.rights.deciders.join(' '),
      d.rights.contributors.join(' '),
      d.rights.informed.join(' '),
      count('consent'),
      count('concern'),
      d.objections.length,
      d.objections.filter((o) => o.state === 'open').length,
      d.outcome,
      d.rationale,
    ];
    lines.push(cells.map(cell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
