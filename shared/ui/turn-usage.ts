/**
 * The wording of one turn's box against what was measured: "used 40 s of 1 min 30 s",
 * "passed", "overran by 12 s". Less than a second over is rounding noise, not an overrun.
 * When speech is not measured (no call page, nobody marked), the figure is only elapsed time
 * and the text says so rather than pretending it is talk time.
 */
import type { Translate } from './i18n';
import { durationText } from './duration';
import type { TurnRow } from './types';
import { CROSS_TALK_MIN_MS } from '../core/text/format';

export const OVERRUN_TOLERANCE_MS = 1000;

export function overran(row: Pick<TurnRow, 'allottedMs' | 'usedMs' | 'passed'>): boolean {
  return !row.passed && row.allottedMs !== null && row.usedMs - row.allottedMs >= OVERRUN_TOLERANCE_MS;
}

/** The box against what was measured, then what else happened in the turn: cross-talk and extensions. */
export function turnUsageText(t: Translate, row: Pick<TurnRow, 'allottedMs' | 'usedMs' | 'passed' | 'measured' | 'crossTalk' | 'extendedMs'>): string {
  if (row.passed) return t('summary.turn.passed');
  const parts = [boxText(t, row)];
  if (row.measured) for (const c of row.crossTalk ?? []) if (c.ms >= CROSS_TALK_MIN_MS) parts.push(t('summary.turn.crossTalk', c.name, durationText(t, c.ms)));
  if (row.extendedMs && row.extendedMs > 0) parts.push(t('summary.turn.extended', durationText(t, row.extendedMs)));
  return parts.join(t('summary.turn.join'));
}

function boxText(t: Translate, row: Pick<TurnRow, 'allottedMs' | 'usedMs' | 'measured'>): string {
  const used = durationText(t, row.usedMs);
  if (row.allottedMs === null) return row.measured ? t('summary.turn.spoke', used) : t('summary.turn.took', used);
  if (overran({ ...row, passed: false })) return t('summary.turn.overran', durationText(t, row.usedMs - row.allottedMs));
  const within = durationText(t, Math.min(row.usedMs, row.allottedMs));
  const box = durationText(t, row.allottedMs);
  return row.measured ? t('summary.turn.used', within, box) : t('summary.turn.tookOf', within, box);
}
