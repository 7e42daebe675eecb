/**
 * The floor part of a meeting's Markdown summary (design.md "Floor dynamics"): the figures,
 * each person's longest turn, backchannels and interruptions, who interrupted whom as a
 * matrix, and who follows whom. render-markdown.ts places it; names come through its namer.
 */
import type { Pid } from '../record/events';
import { formatDuration, NOT_A_NUMBER } from '../text/format';
import { ENGLISH_TEXT, type CoreText } from '../l10n/core-text';
import { interruptionMatrix, longestTurn, transitionMatrix } from './floor-tables';
import type { Summary } from './summary';

/** Tenths of a second under a minute, since gaps are short; the sign says before or after. */
function gapText(ms: number | null, text: CoreText): string {
  if (ms === null) return text.t('floor.gap.none');
  if (!Number.isFinite(ms)) return NOT_A_NUMBER;
  const abs = Math.abs(ms);
  const size = abs < 60_000 ? text.t('floor.seconds', text.fixed(abs / 1000, 1)) : formatDuration(abs);
  return text.t(ms < 0 ? 'floor.gap.before' : 'floor.gap.after', size);
}

export function floorMarkdown(s: Summary, name: (pid: Pid) => string, text: CoreText = ENGLISH_TEXT): string[] {
  const { t } = text;
  const out = ['', `## ${t('floor.title')}`, ''];
  if (!s.measured) return [...out, t('floor.untracked')];
  const f = s.floor;
  const top = longestTurn(s);
  const rate = Number.isFinite(f.switchesPerMin) ? t('floor.rate', text.fixed(f.switchesPerMin, 1)) : NOT_A_NUMBER;
  out.push(`- ${t('floor.changes', f.changes, rate)}`);
  out.push(`- ${t('floor.gap', gapText(f.medianGapMs, text))}`);
  out.push(`- ${t('floor.longest', top.pids.length ? t('floor.longestWho', top.pids.map(name).join(', '), formatDuration(top.ms)) : t('list.none'))}`);
  out.push(`- ${t('floor.backchannels', formatDuration(s.backchannelMs))}`);
  out.push('', t('floor.head'), '|---|---:|---:|---:|---:|');
  for (const p of s.participants) out.push(`| ${name(p.pid)} | ${formatDuration(p.longestTurnMs)} | ${p.backchannels} | ${p.interruptionsMade} | ${p.interruptionsReceived} |`);
  const im = interruptionMatrix(s);
  out.push('', `### ${t('floor.whoInterrupted')}`, '');
  if (im.total === 0) out.push(t('floor.noInterruptions'));
  else {
    out.push(t('floor.matrixNote'), '');
    out.push(`| ${t('floor.matrixCorner')} | ${im.pids.map(name).join(' | ')} |`, `|---|${im.pids.map(() => '---:').join('|')}|`);
    im.pids.forEach((pid, i) => out.push(`| ${name(pid)} | ${im.counts[i]!.map((n, j) => (i === j ? '–' : String(n))).join(' | ')} |`));
  }
  const tm = transitionMatrix(s);
  out.push('', `### ${t('floor.whoFollows')}`, '');
  if (tm.total === 0) out.push(t('floor.neverChanged'));
  else {
    out.push(t('floor.transitionsHead'), '|---|---|---:|');
    for (const x of f.transitions) out.push(`| ${name(x.from)} | ${name(x.to)} | ${x.count} |`);
  }
  return out;
}
