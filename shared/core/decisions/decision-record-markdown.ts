/**
 * One decision item as a Markdown decision record, in the manner of architecture decision
 * records (adr-tools, MADR): numbered, dated, with a status, the context, who holds which
 * right, each decider's consent answer, the objections and how they were met, the outcome, the
 * rationale, and whether the people who decided or contributed were heard in that item.
 *
 * Every name and every piece of text is untrusted: inline text goes through escapeMarkdown,
 * multi-line text through markdownParagraphs. The first lines (`# N. title`, `- Status:`,
 * `- Date:`, …, `- Reference: <meeting id> <did>`) are a stable header that readDecisionHeader
 * (decision-index-markdown.ts) reads back by position, so a record reads back in any language.
 * Every word comes from the core's catalogue in the record's language (ctx.text; English by default).
 */
import { escapeMarkdown as md, markdownName, markdownNames } from '../text/escape';
import type { Pid } from '../record/events';
import { formatDuration, formatTimestamp } from '../text/format';
import type { DecisionItemView, ObjectionView } from './decision-view';
import { markdownParagraphs } from '../text/markdown-text';
import { ENGLISH_TEXT, type CoreText } from '../l10n/core-text';

export interface DecisionRecordContext {
  /** The record's number (nextDecisionNumber of the folder). */
  number: number;
  meeting?: { id: string; title: string; startedAt: number | null };
  /** Names for pids the meeting never saw (informed people off the call), e.g. from the roster. */
  names?: ReadonlyMap<Pid, string>;
  /** The language the record is written in (the team's records language); English if absent. */
  text?: CoreText;
}

/** "resolved at 09:10 UTC: moved to fortnightly" */
function objectionFate(o: ObjectionView, x: CoreText): string {
  const state = x.t(`decision.objection.${o.state}`);
  if (o.state === 'open') return state;
  const when = o.closedAt === null ? state : x.t('decision.objection.closedAt', state, formatTimestamp(o.closedAt));
  return o.how ? x.t('decision.objection.how', when, md(o.how)) : when;
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
  const x = ctx.text ?? ENGLISH_TEXT;
  const list = (items: string[]) => x.list(items);
  const yes = (b: boolean) => x.t(b ? 'decision.yes' : 'decision.no');
  const field = (key: 'status' | 'date' | 'meeting' | 'area' | 'reference', value: string) => `- ${x.t(`decision.field.${key}`)}: ${value}`;
  const out: string[] = [];
  out.push(`# ${ctx.number}. ${md(d.title) || x.t('decision.untitled')}`, '');
  out.push(field('status', x.t(`decision.status.${d.status}`)), field('date', formatTimestamp(decisionDate(d))));
  if (ctx.meeting) {
    const title = md(ctx.meeting.title) || md(ctx.meeting.id);
    out.push(field('meeting', ctx.meeting.startedAt === null ? title : x.t('decision.meetingAt', title, formatTimestamp(ctx.meeting.startedAt))));
  }
  if (d.area) out.push(field('area', md(d.area)));
  // Which item this file records, so that writing the trail again updates it instead of adding a copy.
  out.push(field('reference', decisionReference(ctx.meeting?.id ?? null, d.did)));
  out.push('', `## ${x.t('decision.context')}`, '', markdownParagraphs(d.proposal) || x.t('decision.noProposal'));
  out.push('', `## ${x.t('decision.rights')}`, '');
  out.push(`- ${x.t('decision.initiator', d.rights.initiator === null ? x.t('list.none') : name(d.rights.initiator))}`);
  out.push(`- ${x.t('decision.deciders', list(d.rights.deciders.map(name)))}`);
  out.push(`- ${x.t('decision.contributors', list(d.rights.contributors.map(name)))}`);
  out.push(`- ${x.t('decision.informed', list(d.rights.informed.map(name)))}`);
  out.push('', `## ${x.t('decision.consent')}`, '');
  if (d.responses.length === 0) out.push(x.t('decision.noAnswers'));
  else {
    out.push(x.t('decision.consentHead'), '|---|---|---|');
    for (const r of d.responses) out.push(`| ${r.decider ? name(r.pid) : x.t('decision.notDecider', name(r.pid))} | ${x.t(r.response ? `decision.response.${r.response}` : 'decision.response.none')} | ${md(r.reason)} |`);
  }
  out.push('', `## ${x.t('decision.objections')}`, '');
  if (d.objections.length === 0) out.push(x.t('decision.noObjections'));
  for (const o of d.objections) out.push(`- ${x.t('decision.objected', name(o.pid), formatTimestamp(o.raisedAt), md(o.reason) || x.t('decision.noReason'), objectionFate(o, x))}`);
  out.push('', `## ${x.t('decision.outcome')}`, '');
  if (d.status === 'decided') out.push(markdownParagraphs(d.outcome) || x.t('decision.noOutcome'));
  else out.push(d.status === 'blocked' ? x.plural('decision.blocked', d.objections.filter((o) => o.state === 'open').length) : x.t('decision.notYet'));
  if (d.rationale) out.push('', `## ${x.t('decision.rationale')}`, '', markdownParagraphs(d.rationale));
  out.push('', `## ${x.t('decision.participation')}`, '');
  const p = d.participation;
  out.push(x.t('decision.window', formatTimestamp(p.windowStart), formatTimestamp(p.windowEnd), formatDuration(p.windowMs)));
  if (!p.measured) out.push('', x.t('decision.unmeasured'));
  if (p.people.length) {
    out.push('', x.t('decision.peopleHead'), '|---|---|---|---|---:|---:|');
    for (const y of p.people)
      out.push(`| ${name(y.pid)} | ${y.roles.map((r) => x.t(`decision.role.${r}`)).join(', ')} | ${yes(y.present)} | ${p.measured ? yes(y.spoke) : '–'} | ${p.measured ? formatDuration(y.talkMs) : '–'} | ${p.measured ? x.number(y.turns) : '–'} |`);
    const silent = p.people.filter((y) => !y.spoke);
    if (p.measured && silent.length) out.push('', x.t('decision.notHeard', silent.map((y) => name(y.pid)).join(', ')));
  }
  return out.join('\n') + '\n';
}
