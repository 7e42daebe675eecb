/**
 * Trends as Markdown: what VS Code can open beside the records (a preview), and a copy-paste
 * export in the browser, in the language of `text` (the shell's choice). Every name, title and
 * reason is untrusted and escaped; numbers, times and ids stay as the summary writes them.
 */
import { escapeMarkdown as md, markdownName, markdownNames } from '../text/escape';
import type { Pid } from '../record/events';
import { formatDuration, formatPercent, formatTimestamp } from '../text/format';
import { ENGLISH_TEXT, type CoreText } from '../l10n/core-text';
import type { Trends } from './trends';

export function renderTrendsMarkdown(t: Trends, text: CoreText = ENGLISH_TEXT): string {
  const names = new Map<Pid, string>();
  for (const f of t.facilitation) names.set(f.pid, f.name);
  for (const p of t.people) names.set(p.pid, p.name);
  const shown = markdownNames(Array.from(names, ([pid, n]) => ({ pid, name: n })));
  const name = (pid: Pid) => shown.get(pid) ?? markdownName(pid);
  const out = [`# ${md(text.t('trends.title'))}`, '', text.plural('trends.across', t.meetings.length)];
  if (t.meetings.length === 0) return out.join('\n') + '\n';
  out.push('', `## ${text.t('trends.balanceOverTime')}`, '', text.t('trends.balanceHead'), '|---|---|---:|---|---:|');
  for (const m of t.meetings)
    out.push(`| ${md(m.title) || md(m.id)} | ${m.startedAt === null ? '–' : formatTimestamp(m.startedAt)} | ${m.balance === null ? text.t('trends.notTracked') : `${m.balance} / 100`} | ${m.facilitators.map(name).join(', ') || '–'} | ${m.boxes ? text.t('trends.countOf', m.overran, m.boxes) : '–'} |`);
  out.push('', `## ${text.t('trends.shareOfSpeaking')}`, '', text.t('trends.shareHead'), '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const p of t.people) out.push(`| ${name(p.pid)} | ${p.meetings} | ${formatDuration(p.talkMs)} | ${formatPercent(p.share)} | ${p.quiet} | ${p.notHeard} | ${p.interruptionsMade} | ${p.interruptionsReceived} |`);
  out.push('', `## ${text.t('trends.facilitation')}`, '');
  if (t.facilitation.length === 0) out.push(text.t('trends.noFacilitator'));
  for (const f of t.facilitation) out.push(`- ${f.lastAt === null ? text.plural('trends.facilitated', f.count, name(f.pid)) : text.plural('trends.facilitatedLast', f.count, name(f.pid), formatTimestamp(f.lastAt))}`);
  const d = t.decisions;
  const list = (pids: readonly Pid[]) => text.list(pids.map(name));
  out.push('', `## ${text.t('trends.decisions')}`, '', text.plural('trends.decisionItems', d.items, d.decided, d.initiators.length, list(d.initiators), d.deciders.length, list(d.deciders)));
  if (t.openItems.length) {
    out.push('', `### ${text.t('trends.notDecided')}`, '');
    for (const i of t.openItems) out.push(`- ${text.t('trends.openItem', md(i.title) || md(i.did), md(i.meetingTitle) || md(i.meetingId), text.t(`decision.status.${i.status}`))}`);
  }
  if (t.openObjections.length) {
    out.push('', `### ${text.t('trends.openObjections')}`, '');
    for (const o of t.openObjections) out.push(`- ${text.t('trends.openObjection', markdownName(o.name), md(o.title) || md(o.did), md(o.meetingTitle) || md(o.meetingId), md(o.reason))}`);
  }
  const r = t.overruns;
  out.push('', `## ${text.t('trends.timeBoxes')}`, '', r.boxes ? text.t('trends.boxesOverran', r.overran, r.boxes, formatPercent(r.rate)) : text.t('trends.noBoxes'));
  if (t.agenda.length) {
    out.push('', `### ${text.t('trends.agendaOver')}`, '');
    for (const k of t.agenda) out.push(`- ${text.t('trends.agendaKind', text.t(`agenda.kind.${k.kind}`), k.overran, k.items, formatPercent(k.rate))}`);
  }
  return out.join('\n') + '\n';
}
