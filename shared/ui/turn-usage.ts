/**
 * The wording of one turn's box against what was measured: "used 40 s of 1 min 30 s",
 * "passed", "overran by 12 s". Less than a second over is rounding noise, not an overrun.
 * When speech is not measured (no call page, nobody marked), the figure is only elapsed time
 * and the text says so rather than pretending it is talk time.
 */
import type { Translate } from './i18n';
import { durationText } from './duration';
import type { TurnRow } from './types';

export const OVERRUN_TOLERANCE_MS = 1000;

export function overran(row: Pick<TurnRow, 'allottedMs' | 'usedMs' | 'passed'>): boolean {
  return !row.passed && row.allottedMs !== null && row.usedMs - row.allottedMs >= OVERRUN_TOLERANCE_MS;
}

export function turnUsageText(t: Translate, row: Pick<TurnRow, 'allottedMs' | 'usedMs' | 'passed' | 'measured'>): string {
  if (row.passed) return t('summary.turn.passed');
  const used = durationText(t, row.usedMs);
  if (row.allottedMs === null) return row.measured ? t('summary.turn.spoke', used) : t('summary.turn.took', used);
  if (overran(row)) return t('summary.turn.overran', durationText(t, row.usedMs - row.allottedMs));
  const within = durationText(t, Math.min(row.usedMs, row.allottedMs));
  const box = durationText(t, row.allottedMs);
  return row.measured ? t('summary.turn.used', within, box) : t('summary.turn.tookOf', within, box);
}
