/**
 * The floor part of a meeting's Markdown summary (design.md "Floor dynamics"): the figures,
 * each person's longest turn, backchannels and interruptions, who interrupted whom as a
 * matrix, and who follows whom. render-markdown.ts places it; names come through its namer.
 */
import type { Pid } from '../record/events';
import { formatDuration, formatGap, formatRate } from '../text/format';
import { interruptionMatrix, longestTurn, transitionMatrix } from './floor-tables';
import type { Summary } from './summary';

export function floorMarkdown(s: Summary, name: (pid: Pid) => string): string[] {
  const out = ['', '## Floor', ''];
  if (!s.measured) return [...out, 'Not tracked in this meeting (nobody was detected or marked speaking).'];
  const f = s.floor;
  const top = longestTurn(s);
  out.push(`- Floor changes: ${f.changes} (${formatRate(f.switchesPerMin)})`);
  out.push(`- Median response gap: ${formatGap(f.medianGapMs)}`);
  out.push(`- Longest turn: ${top.pids.length ? `${top.pids.map(name).join(', ')}, ${formatDuration(top.ms)}` : 'none'}`);
  out.push(`- Backchannels: turns under ${formatDuration(s.backchannelMs)} inside someone else's turn; they do not take the floor`);
  out.push('', '| Participant | Longest turn | Backchannels | Interrupted others | Was interrupted |', '|---|---:|---:|---:|---:|');
  for (const p of s.participants) out.push(`| ${name(p.pid)} | ${formatDuration(p.longestTurnMs)} | ${p.backchannels} | ${p.interruptionsMade} | ${p.interruptionsReceived} |`);
  const im = interruptionMatrix(s);
  out.push('', '### Who interrupted whom', '');
  if (im.total === 0) out.push('Nobody interrupted anyone.');
  else {
    out.push('Rows interrupted columns (count of times).', '');
    out.push(`| Interrupted by ↓ / of → | ${im.pids.map(name).join(' | ')} |`, `|---|${im.pids.map(() => '---:').join('|')}|`);
    im.pids.forEach((pid, i) => out.push(`| ${name(pid)} | ${im.counts[i]!.map((n, j) => (i === j ? '–' : String(n))).join(' | ')} |`));
  }
  const tm = transitionMatrix(s);
  out.push('', '### Who follows whom', '');
  if (tm.total === 0) out.push('The floor never changed hands.');
  else {
    out.push('| From | To | Times |', '|---|---|---:|');
    for (const t of f.transitions) out.push(`| ${name(t.from)} | ${name(t.to)} | ${t.count} |`);
  }
  return out;
}
