/**
 * The summary as Markdown (what VS Code writes beside the record, and a copy-paste export).
 * Every piece of untrusted text goes through escapeMarkdown: no HTML, no table break-out, no
 * bidi reordering, one line per value.
 */
import { escapeMarkdown as md, markdownName, markdownNames, TITLE_DISPLAY_MAX } from '../text/escape';
import type { Pid } from '../record/events';
import { formatDuration, formatPercent, formatTimestamp } from '../text/format';
import { formatTurnUsage } from '../text/turn-usage';
import type { Summary } from './summary';
import { leadershipMarkdown } from './leadership-markdown';
import { floorMarkdown } from './floor-markdown';
import { agendaMarkdown } from './agenda-report';
import { coachingSuggestions, suggestionText } from './coaching';
import { rightsLines } from './rights-lines';
import { ORDER_STRATEGIES, type OrderStrategy } from '../rounds/orders';
import { ENGLISH_TEXT, type CoreText } from '../l10n/core-text';

/** Escaped, shortened names by pid; look-alike names get a short pid suffix (escape.ts, markdownNames). */
function namer(s: Summary): (pid: Pid) => string {
  const people: { pid: Pid; name: string }[] = s.participants.map((p) => ({ pid: p.pid, name: p.name }));
  for (const r of s.rounds) for (const t of r.turns) people.push({ pid: t.pid, name: t.name });
  if (s.meeting.facilitator) people.push(s.meeting.facilitator);
  for (const i of s.agenda?.items ?? []) if (i.owner) people.push(i.owner);
  const names = markdownNames(people);
  return (pid) => names.get(pid) ?? markdownName(pid);
}

/** The summary in Markdown, worded in `text`'s language (English unless the shell passes another). */
export function renderMarkdown(s: Summary, text: CoreText = ENGLISH_TEXT): string {
  const name = namer(s);
  const { t } = text;
  const out: string[] = [];
  out.push(`# ${md(s.meeting.title, TITLE_DISPLAY_MAX) || t('summary.untitled')}`, '');
  if (s.meeting.startedAt !== null) out.push(`- ${t('summary.date', formatTimestamp(s.meeting.startedAt))}`);
  out.push(`- ${t(s.meeting.endedAt === null ? 'summary.durationNotEnded' : 'summary.duration', formatDuration(s.meeting.durationMs))}`);
  if (s.meeting.facilitator) out.push(`- ${t('summary.facilitator', name(s.meeting.facilitator.pid))}`);
  if (!s.measured) out.push(`- ${t('summary.talkUntracked')}`);
  else {
    out.push(`- ${t('summary.balance', s.balance, text.fixed(s.gini, 2))}`);
    out.push(`- ${t('summary.silence', formatDuration(s.silenceMs), formatDuration(s.overlapMs))}`);
    out.push(`- ${t('summary.quiet', text.list(s.quiet.map(name)))}`);
    out.push(`- ${t('summary.dominant', text.list(s.dominant.map(name)))}`);
    out.push(`- ${t('summary.notHeard', text.list(s.notHeard.map(name)))}`);
  }
  const advice = coachingSuggestions(s);
  if (advice.length) out.push('', `## ${t('summary.nextTime')}`, '', ...advice.map((x) => `- ${suggestionText(x, markdownName, text)}`));
  out.push('', `## ${t('summary.participants')}`, '');
  out.push(t('summary.participantsHead'), '|---|---:|---:|---:|---:|---:|---|');
  for (const p of s.participants) {
    const note = [p.dominant && t('summary.note.dominant'), p.quiet && t('summary.note.quiet'), p.notHeard && t('summary.note.notHeard')].filter(Boolean).join(', ');
    const [talk, share, turns] = s.measured ? [formatDuration(p.talkMs), formatPercent(p.share), String(p.turns)] : ['–', '–', '–'];
    out.push(`| ${name(p.pid)} | ${talk} | ${share} | ${formatPercent(p.fairShare)} | ${turns} | ${formatDuration(p.presenceMs)} | ${note} |`);
  }
  if (s.agenda) out.push(...agendaMarkdown(s.agenda, name, text));
  out.push(...floorMarkdown(s, name, text));
  if (s.rounds.length) out.push('', `## ${t('summary.rounds')}`);
  s.rounds.forEach((r, i) => {
    const kind = t(`summary.kind.${r.kind}`);
    out.push('', `### ${r.topic ? t('summary.roundTopic', i + 1, kind, md(r.topic, TITLE_DISPLAY_MAX)) : t('summary.round', i + 1, kind)}`, '');
    const box = r.slotMs === 0 ? t('summary.box.untimed') : r.box === 'round' ? t('summary.box.round', formatDuration(r.allottedMs ?? r.slotMs)) : t('summary.box.turn', formatDuration(r.slotMs));
    const order = r.kind === 'discussion' ? t(r.queue === 'deficit' ? 'summary.order.deficit' : 'summary.order.fifo') : (ORDER_STRATEGIES as readonly string[]).includes(r.strategy) ? t(`summary.order.${r.strategy as OrderStrategy}`) : t('summary.order.strategy', md(r.strategy));
    out.push(r.endedAt === null ? t('summary.roundLine', order, box) : t('summary.roundLineLasted', order, box, formatDuration(r.endedAt - r.startedAt)));
    if (r.turns.length) {
      // Without speech events a turn's length is all we know: say so in the header.
      out.push('', t(s.measured ? 'summary.turnsHead.spoke' : 'summary.turnsHead.took'), '|---:|---|---:|---:|---|');
      r.turns.forEach((x, k) => out.push(`| ${k + 1} | ${name(x.pid)} | ${x.allottedMs === null ? '–' : formatDuration(x.allottedMs)} | ${formatDuration(x.usedMs)} | ${formatTurnUsage(x, (n) => markdownName(n), text)} |`));
    }
    if (r.skipped.length) out.push('', t('summary.skipped', r.skipped.map(name).join(', ')));
  });
  // With the leadership fold, the decision trail (consent, objections, who was heard) replaces the plain list.
  if (s.leadership) out.push(...leadershipMarkdown(s.leadership, name, text));
  const plain = s.leadership ? [] : s.decisions;
  if (plain.length) out.push('', `## ${t('summary.decisions')}`);
  for (const d of plain) {
    out.push('', `### ${md(d.title) || t('decision.untitled')}`, '', `- ${t('summary.outcome', md(d.outcome))}`);
    if (d.rationale) out.push(`- ${t('summary.rationale', md(d.rationale))}`);
    out.push(...rightsLines(d.rights, name, text));
    for (const o of d.objections) out.push(`- ${t(o.resolved ? 'summary.objectionResolved' : 'summary.objection', name(o.pid), md(o.reason))}`);
  }
  if (s.record?.tornLine) out.push('', t('summary.torn', s.record.tornLine));
  if (s.record?.newerEventsSkipped) out.push('', text.plural('summary.newerSkipped', s.record.newerEventsSkipped));
  if (s.ignoredEvents) out.push('', text.plural('summary.ignored', s.ignoredEvents));
  return out.join('\n') + '\n';
}
