/**
 * Duration words for the UI. The countdown digits (m:ss) are not words: they come from the
 * core's formatClock. The core's formatDuration is English-only (it serves Markdown/CSV
 * exports); what the UI shows must go through the catalog, hence these localised forms.
 */
import type { Translate } from './i18n';

/** Compact prose: "40 s", "1 min 30 s", "2 min", "1 h 5 min". Rounds to the nearest second. */
export function durationText(t: Translate, ms: number): string {
  const totalS = Math.round(Math.abs(ms) / 1000);
  const h = Math.floor(totalS / 3600);
  const m = Math.floor((totalS % 3600) / 60);
  const s = totalS % 60;
  if (h > 0) return t('duration.hoursMinutes', h, m);
  if (m === 0) return t('duration.seconds', s);
  return s === 0 ? t('duration.minutes', m) : t('duration.minutesSeconds', m, s);
}

/** For screen readers, whole words in the language's plural forms: "1 minute 30 seconds". */
export function spokenDuration(t: Translate, ms: number): string {
  const totalS = Math.round(Math.abs(ms) / 1000);
  const m = Math.floor(totalS / 60);
  const s = totalS % 60;
  const sec = t.plural('duration.spoken.second', s);
  if (m === 0) return sec;
  const min = t.plural('duration.spoken.minute', m);
  return s === 0 ? min : t('duration.spoken.join', min, sec);
}

export function percentText(t: Translate, fraction: number): string {
  return t('percent', Math.round(fraction * 100));
}
