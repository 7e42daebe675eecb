/**
 * One decision item as a Markdown decision record, in the manner of architecture decision
 * records (adr-tools, MADR): numbered, dated, with a status, the context, who holds which
 * right, each decider's consent answer, the objections and how they were met, the outcome, the
 * rationale, and whether the people who decided or contributed were heard in that item.
 *
 * Every name and every piece of text is untrusted: inline text goes through escapeMarkdown,
 * multi-line text through markdownParagraphs. The first lines (`# N. title`, `- Status:`,
 * `- Date:`, `- Reference: <meeting id> <did>`) are a stable header that readDecisionHeader
 * (decision-index-markdown.ts) reads back.
 */
import { escapeMarkdown as md, markdownName, markdownNames } from '../text/escape';
import type { Pid } from '../record/events';
import { formatDuration, formatTimestamp } from '../text/format';
import type { DecisionItemView, ObjectionView } from './decision-view';
import { markdownParagraphs } from '../text/markdown-text';

export interface DecisionRecordContext {
  /** The record's number (nextDecisionNumber of the folder). */
  number: number;
  meeting?: { id: string; title: string; startedAt: number | null };
  /** Names for pids the meeting never saw (informed people off the call), e.g. from the roster. */
  names?: ReadonlyMap<Pid, string>;
}

const list = (items: string[]) => (items.length ? items.join(', ') : 'none');

/** "resolved at 09:10 UTC: moved to fortnightly" */
function objectionFate(o: ObjectionView): string {
  if (o.state === 'open') return 'open';
  const when = o.closedAt === null ? '' : ` at ${formatTimestamp(o.closedAt)}`;
  return `${o.state}${when}${o.how ? `: ${md(o.how)}` : ''}`;
}

/** The Reference line's text: which meeting's which item a record holds (escaped, compared as written). */
export function decisionReference(meetingId: string | null, did: string): string {
  return meetingId === null ? md(did) : `${md(meetingId)} ${md(did)}`;
}

/** The date a record carries: when it was decided, else when it was proposed. */
export function decisionDate(d: DecisionItemView): number {
  return d.decidedAt ?? d.proposedAt;
}

export function renderDecisionRecord(d: DecisionItemView, ctx: DecisionRecordContext): string {
  const known = new Map<Pid, string>(ctx.names ?? []);
  for (const p of d.participation.people) known.set(p.pid, p.name);
  for (const r of d.responses) known.set(r.pid, r.name);
  const names = markdownNames(Array.from(known, ([pid, n]) => ({ pid, name: n })));
  const name = (pid: Pid) => names.get(pid) ?? markdownName(pid);
  const out: string[] = [];
  out.push(`# ${ctx.number}. ${md(d.title) || 'Decision'}`, '');
  out.push(`- Status: ${d.status}`, `- Date: ${formatTimestamp(decisionDate(d))}`);
  if (ctx.meeting) out.push(`- Meeting: ${md(ctx.meeting.title) || md(ctx.meeting.id)}${ctx.meeting.startedAt === null ? '' : `, ${formatTimestamp(ctx.meeting.startedAt)}`}`);
  if (d.area) out.push(`- Area: ${md(d.area)}`);
  // Which item this file records, so that writing the trail again updates it instead of adding a copy.
  out.push(`- Reference: ${decisionReference(ctx.meeting?.id ?? null, d.did)}`);
  out.push('', '## Context and proposal', '', markdownParagraphs(d.proposal) || '_No proposal text was recorded._');
  out.push('', '## Decision rights', '');
  out.push(`- Initiator: ${d.rights.initiator === null ? 'none' : name(d.rights.initiator)}`);
  out.push(`- Deciders: ${list(d.rights.deciders.map(name))}`);
  out.push(`- Contributors: ${list(d.rights.contributors.map(name))}`);
  out.push(`- Informed: ${list(d.rights.informed.map(name))}`);
  out.push('', '## Consent', '');
  if (d.responses.length === 0) out.push('_No decider has answered._');
  else {
    out.push('| Decider | Response | Reason |', '|---|---|---|');
    for (const r of d.responses) out.push(`| ${name(r.pid)}${r.decider ? '' : ' (not a decider)'} | ${r.response ?? 'no answer'} | ${md(r.reason)} |`);
  }
  out.push('', '## Objections', '');
  if (d.objections.length === 0) out.push('None.');
  for (const o of d.objections) out.push(`- ${name(o.pid)} objected at ${formatTimestamp(o.raisedAt)}: ${md(o.reason) || '(no reason given)'}. Now ${objectionFate(o)}.`);
  out.push('', '## Outcome', '');
  if (d.status === 'decided') out.push(markdownParagraphs(d.outcome) || '_No outcome text._');
  else {
    const open = d.objections.filter((o) => o.state === 'open').length;
    out.push(d.status === 'blocked' ? `Not decided: blocked by ${open} open objection${open === 1 ? '' : 's'}.` : 'Not decided yet.');
  }
  if (d.rationale) out.push('', '## Rationale', '', markdownParagraphs(d.rationale));
  out.push('', '## Participation in this item', '');
  const p = d.participation;
  out.push(`From ${formatTimestamp(p.windowStart)} to ${formatTimestamp(p.windowEnd)} (${formatDuration(p.windowMs)}).`);
  if (!p.measured) out.push('', 'Talk time was not tracked in this meeting.');
  if (p.people.length) {
    out.push('', '| Person | Role | Present | Spoke | Talk | Turns |', '|---|---|---|---|---:|---:|');
    for (const x of p.people)
      out.push(`| ${name(x.pid)} | ${x.roles.join(', ')} | ${x.present ? 'yes' : 'no'} | ${p.measured ? (x.spoke ? 'yes' : 'no') : '–'} | ${p.measured ? formatDuration(x.talkMs) : '–'} | ${p.measured ? x.turns : '–'} |`);
    const silent = p.people.filter((x) => !x.spoke);
    if (p.measured && silent.length) out.push('', `Not heard in this item: ${silent.map((x) => name(x.pid)).join(', ')}.`);
  }
  return out.join('\n') + '\n';
}
