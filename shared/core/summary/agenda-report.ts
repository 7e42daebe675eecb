/**
 * The agenda in a meeting's Markdown (issue 11 item 5): planned against actual per item, overrun,
 * what carried over. render-markdown.ts places it; names come through its namer. Titles are
 * untrusted text: escaped like every other.
 */
import type { Pid } from '../record/events';
import type { AgendaView } from '../agenda/agenda-view';
import { escapeMarkdown as md, TITLE_DISPLAY_MAX } from '../text/escape';
import { formatDuration } from '../text/format';
import { ENGLISH_TEXT, type CoreText } from '../l10n/core-text';

/** The agenda's lines, worded in `text`'s language. */
export function agendaMarkdown(a: AgendaView, name: (pid: Pid) => string, text: CoreText = ENGLISH_TEXT): string[] {
  const { t } = text;
  const title = (i: { title: string }) => md(i.title, TITLE_DISPLAY_MAX);
  const items = (titles: string[]) => (titles.length ? titles.join(', ') : t('agenda.none'));
  const out = ['', `## ${t('agenda.title')}`, ''];
  out.push(`- ${t('agenda.plannedUsed', formatDuration(a.plannedMs), formatDuration(a.usedMs))}`);
  const over = a.items.filter((i) => i.overrunMs > 0);
  out.push(`- ${t('agenda.over', items(over.map((i) => t('agenda.overItem', title(i), formatDuration(i.overrunMs)))))}`);
  out.push(`- ${t('agenda.carried', items(a.carriedOver.map(title)))}`);
  out.push('', t('agenda.head'), '|---:|---|---|---|---:|---:|---:|---|');
  a.items.forEach((i, k) => {
    let outcome = t(a.ended && i.status === 'pending' ? 'agenda.status.notReached' : `agenda.status.${i.status}`);
    if (i.rounds) outcome = text.plural('agenda.withRounds', i.rounds, outcome);
    if (i.decisions.length) outcome = t('agenda.withDecisions', outcome, i.decisions.map((d) => t('agenda.decision', title(d), d.outcome === null ? t('decision.status.open') : md(d.outcome))).join(', '));
    out.push(`| ${k + 1} | ${title(i) || t('agenda.untitled')} | ${t(`agenda.kind.${i.kind}`)} | ${i.owner ? name(i.owner.pid) : '–'} | ${formatDuration(i.boxMs)} | ${formatDuration(i.usedMs)} | ${i.overrunMs > 0 ? `+${formatDuration(i.overrunMs)}` : '–'} | ${outcome} |`);
  });
  return out;
}
