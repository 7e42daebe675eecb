/**
 * The summary as CSV tables (RFC 4180, CRLF line ends) for spreadsheets. Untrusted text goes
 * through csvText (quoted, formulas defused); numbers are plain: milliseconds and shares as
 * decimals, so a spreadsheet can compute with them.
 */
import { csvText } from '../text/escape';
import type { Summary } from './summary';
import { interruptionMatrix } from './floor-tables';

const row = (cells: (string | number | boolean | null)[]) => cells.map((c) => (typeof c === 'string' ? csvText(c) : c === null ? '' : String(c))).join(',');

export const PARTICIPANT_COLUMNS = ['pid', 'name', 'talkMs', 'share', 'turns', 'presenceMs', 'fairShare', 'quiet', 'dominant', 'notHeard', 'longestTurnMs', 'backchannels', 'interruptionsMade', 'interruptionsReceived'] as const;
export const TURN_COLUMNS = ['round', 'kind', 'topic', 'turn', 'pid', 'name', 'allottedMs', 'spokeMs', 'elapsedMs', 'passed', 'overranMs'] as const;
export const AGENDA_COLUMNS = ['item', 'aid', 'title', 'kind', 'owner', 'ownerName', 'status', 'boxMs', 'usedMs', 'overrunMs', 'rounds', 'did', 'decisions'] as const;

/**
 * One row per participant with design.md's metric names as headers. When talk was not tracked
 * (no speech events), talk cells are empty, not zero: unknown is not silence. The last columns,
 * `interrupted:<pid>`, make the rows a matrix: how often this row's person interrupted that one.
 */
export function renderCsv(s: Summary): string {
  const im = interruptionMatrix(s, true);
  const lines = [row([...PARTICIPANT_COLUMNS, ...im.pids.map((pid) => `interrupted:${pid}`)])];
  const k = s.measured;
  for (const p of s.participants) {
    const fl = k ? [p.longestTurnMs, p.backchannels, p.interruptionsMade, p.interruptionsReceived] : [null, null, null, null];
    const i = im.pids.indexOf(p.pid);
    const matrix = im.pids.map((_, j) => (k ? im.counts[i]![j]! : null));
    lines.push(row([p.pid, p.name, k ? p.talkMs : null, k ? p.share : null, k ? p.turns : null, p.presenceMs, p.fairShare, k ? p.quiet : null, k ? p.dominant : null, k ? p.notHeard : null, ...fl, ...matrix]));
  }
  return lines.join('\r\n') + '\r\n';
}

/** One row per turn of every round: allotted versus measured. */
export function renderTurnsCsv(s: Summary): string {
  const lines = [row([...TURN_COLUMNS])];
  for (const r of s.rounds) r.turns.forEach((t, i) => lines.push(row([r.rid, r.kind, r.topic, i + 1, t.pid, t.name, t.allottedMs, s.measured ? t.spokeMs : null, t.elapsedMs, t.passed, t.overranMs])));
  return lines.join('\r\n') + '\r\n';
}

/**
 * One row per agenda item, in plan order: planned against used (the Markdown's `## Agenda`, the
 * JSON's `agenda`). `status` is the fold's, or `not-reached` for an item still pending when the
 * meeting ended; `did` is the decision the item was set to settle, `decisions` every decision
 * linked to it (that one first), space-separated ids. Only the header when there was no agenda.
 */
export function renderAgendaCsv(s: Summary): string {
  const lines = [row([...AGENDA_COLUMNS])];
  const a = s.agenda;
  a?.items.forEach((i, k) =>
    lines.push(row([k + 1, i.aid, i.title, i.kind, i.owner?.pid ?? null, i.owner?.name ?? null, a.ended && i.status === 'pending' ? 'not-reached' : i.status, i.boxMs, i.usedMs, i.overrunMs, i.rounds, i.did, i.decisions.map((d) => d.did).join(' ')])),
  );
  return lines.join('\r\n') + '\r\n';
}
