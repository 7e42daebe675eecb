/**
 * Trends as Markdown: what VS Code can open beside the records (a preview), and a copy-paste
 * export in the browser. Every name, title and reason is untrusted and escaped.
 */
import { escapeMarkdown as md, markdownName, markdownNames } from '../text/escape';
import type { Pid } from '../record/events';
import { formatDuration, formatPercent, formatTimestamp } from '../text/format';
import type { Trends } from './trends';

export function renderTrendsMarkdown(t: Trends, title = 'Meeting trends'): string {
  const names = new Map<Pid, string>();
  for (const f of t.facilitation) names.set(f.pid, f.name);
  for (const p of t.people) names.set(p.pid, p.name);
  const shown = markdownNames(Array.from(names, ([pid, n]) => ({ pid, name: n })));
  const name = (pid: Pid) => shown.get(pid) ?? markdownName(pid);
  const out = [`# ${md(title)}`, '', `Across ${t.meetings.length} meeting${t.meetings.length === 1 ? '' : 's'}, oldest first.`];
  if (t.meetings.length === 0) return out.join('\n') + '\n';
  out.push('', '## Balance over time', '', '| Meeting | Date | Balance | Facilitation | Boxes overran |', '|---|---|---:|---|---:|');
  for (const m of t.meetings)
    out.push(`| ${md(m.title) || md(m.id)} | ${m.startedAt === null ? '–' : formatTimestamp(m.startedAt)} | ${m.balance === null ? 'not tracked' : `${m.balance} / 100`} | ${m.facilitators.map(name).join(', ') || '–'} | ${m.boxes ? `${m.overran} of ${m.boxes}` : '–'} |`);
  out.push('', '## Share of speaking', '', '| Person | Meetings | Talk | Share | Quiet in | Not heard in | Interrupted others | Was interrupted |', '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const p of t.people) out.push(`| ${name(p.pid)} | ${p.meetings} | ${formatDuration(p.talkMs)} | ${formatPercent(p.share)} | ${p.quiet} | ${p.notHeard} | ${p.interruptionsMade} | ${p.interruptionsReceived} |`);
  out.push('', '## Facilitation', '');
  if (t.facilitation.length === 0) out.push('Nobody is recorded as facilitator.');
  for (const f of t.facilitation) out.push(`- ${name(f.pid)}: ${f.count} time${f.count === 1 ? '' : 's'}${f.lastAt === null ? '' : `, last ${formatTimestamp(f.lastAt)}`}`);
  const d = t.decisions;
  out.push('', '## Decisions', '', `${d.items} item${d.items === 1 ? '' : 's'}, ${d.decided} decided. Initiators: ${d.initiators.length} (${d.initiators.map(name).join(', ') || 'none'}). Deciders: ${d.deciders.length} (${d.deciders.map(name).join(', ') || 'none'}).`);
  if (t.openItems.length) {
    out.push('', '### Not decided yet', '');
    for (const i of t.openItems) out.push(`- ${md(i.title) || md(i.did)} (${md(i.meetingTitle) || md(i.meetingId)}): ${i.status}`);
  }
  if (t.openObjections.length) {
    out.push('', '### Open objections', '');
    for (const o of t.openObjections) out.push(`- ${markdownName(o.name)} on ${md(o.title) || md(o.did)} (${md(o.meetingTitle) || md(o.meetingId)}): ${md(o.reason)}`);
  }
  const r = t.overruns;
  out.push('', '## Time boxes', '', r.boxes ? `${r.overran} of ${r.boxes} timed boxes overran (${formatPercent(r.rate)}).` : 'No timed boxes.');
  if (t.agenda.length) {
    out.push('', '### Agenda items over their time box', '');
    for (const k of t.agenda) out.push(`- ${k.kind}: ${k.overran} of ${k.items} overran (${formatPercent(k.rate)})`);
  }
  return out.join('\n') + '\n';
}
