/**
 * A turn's usage in words, for summaries (the JSON's `usage`, the Markdown's rounds table): the one
 * formatting function that speaks a language, so it lives apart from format.ts, which every view
 * imports for its clock and percent and which must not bring the core's catalogue with it.
 */
import { ENGLISH_TEXT, type CoreText } from '../l10n/core-text';
import { CROSS_TALK_MIN_MS, formatDuration } from './format';

/**
 * Allotted-versus-measured wording for one turn, in `text`'s language (English by default): "used 40 s of 1 min 30 s", "passed", "overran
 * by 12 s", then honestly what else happened in it: "; Ada spoke 20 s during the turn;
 * extended by 30 s". `name` renders a display name for the target format (Markdown escapes it).
 */
export function formatTurnUsage(
  turn: { allottedMs: number | null; usedMs: number; passed: boolean; crossTalk?: readonly { name: string; ms: number }[]; extendedMs?: number },
  name: (n: string) => string = (n) => n,
  text: CoreText = ENGLISH_TEXT,
): string {
  const { t } = text;
  if (turn.passed) return t('turn.passed');
  const parts: string[] = [];
  const over = turn.allottedMs === null ? 0 : turn.usedMs - turn.allottedMs;
  if (turn.allottedMs === null) parts.push(t('turn.spoke', formatDuration(turn.usedMs)));
  else if (over >= 1000) parts.push(t('turn.overran', formatDuration(over)));
  else parts.push(t('turn.used', formatDuration(Math.min(turn.usedMs, turn.allottedMs)), formatDuration(turn.allottedMs)));
  for (const c of turn.crossTalk ?? []) if (c.ms >= CROSS_TALK_MIN_MS) parts.push(t('turn.crossTalk', name(c.name), formatDuration(c.ms)));
  if (turn.extendedMs && turn.extendedMs > 0) parts.push(t('turn.extended', formatDuration(turn.extendedMs)));
  return parts.join(t('turn.join'));
}
