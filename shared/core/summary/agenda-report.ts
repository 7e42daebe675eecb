/**
 * The agenda in a meeting's Markdown (issue 11 item 5): planned against actual per item, overrun,
 * what carried over. render-markdown.ts places it; names come through its namer. Titles are
 * untrusted text: escaped like every other.
 */
import type { Pid } from '../record/events';
import type { AgendaItemView, AgendaView } from '../agenda/agenda-view';
import { escapeMarkdown as md, TITLE_DISPLAY_MAX } from '../text/escape';
import { formatDuration } from '../text/format';

const STATUS: Record<AgendaItemView['status'], string> = { pending: 'not yet', active: 'in play', done: 'done', carried: 'carried over', skipped: 'skipped' };

export function agendaMarkdown(a: AgendaView, name: (pid: Pid) => string): string[] {
  const out = ['', '## Agenda', ''];
  out.push(`- Planned ${formatDuration(a.plannedMs)}, used ${formatDuration(a.usedMs)}`);
  const over = a.items.filter((i) => i.overrunMs > 0);
  out.push(`- Over their time box: ${over.length ? over.map((i) => `${md(i.title, TITLE_DISPLAY_MAX)} (+${formatDuration(i.overrunMs)})`).join(', ') : 'none'}`);
  out.push(`- Carried over: ${a.carriedOver.length ? a.carriedOver.map((i) => md(i.title, TITLE_DISPLAY_MAX)).join(', ') : 'none'}`);
  out.push('', '| # | Item | Kind | Owner | Planned | Used | Over | Outcome |', '|---:|---|---|---|---:|---:|---:|---|');
  a.items.forEach((i, k) => {
    const rounds = i.rounds ? `; ${i.rounds} round${i.rounds === 1 ? '' : 's'}` : '';
    const decided = i.decisions.length ? `; decisions: ${i.decisions.map((d) => `${md(d.title, TITLE_DISPLAY_MAX)} (${d.outcome === null ? 'open' : md(d.outcome)})`).join(', ')}` : '';
    out.push(`| ${k + 1} | ${md(i.title, TITLE_DISPLAY_MAX) || 'Item'} | ${i.kind} | ${i.owner ? name(i.owner.pid) : '–'} | ${formatDuration(i.boxMs)} | ${formatDuration(i.usedMs)} | ${i.overrunMs > 0 ? `+${formatDuration(i.overrunMs)}` : '–'} | ${a.ended && i.status === 'pending' ? 'not reached' : STATUS[i.status]}${rounds}${decided} |`);
  });
  return out;
}
