/**
 * Pure formatting of times, durations and shares for summaries and both shells' UIs.
 *
 * Guarantees: every function returns a string for any number, including NaN and ±Infinity
 * (shown as "–"), so a corrupt figure is visible instead of crashing a view or showing zero.
 * Rounding is to whole seconds and whole percents; formatClock rounds a countdown *up*
 * (1 ms left reads "0:01", so "0:00" appears only when time is really up) and overtime down.
 */

export const NOT_A_NUMBER = '–';

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function clockOf(totalSeconds: number): string {
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return h > 0 ? `${h}:${pad2(m)}:${pad2(s)}` : `${m}:${pad2(s)}`;
}

/**
 * A countdown or stopwatch reading: 65_000 -> "1:05", 3_723_000 -> "1:02:03".
 * Negative values are overtime and read "+0:12" (12 s past the deadline).
 */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) return NOT_A_NUMBER;
  if (ms >= 0) return clockOf(Math.ceil(ms / 1000));
  return `+${clockOf(Math.floor(-ms / 1000))}`;
}

/** A duration in words for summaries and screen readers: 65_000 -> "1 min 5 s", 0 -> "0 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return NOT_A_NUMBER;
  const sign = ms < 0 ? '-' : '';
  let s = Math.round(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const parts: string[] = [];
  if (h) parts.push(`${h} h`);
  if (m) parts.push(`${m} min`);
  if (s || parts.length === 0) parts.push(`${s} s`);
  return sign + parts.join(' ');
}

/** A share in [0, 1] as a whole percent: 0.4512 -> "45 %". `digits` adds decimals. */
export function formatPercent(share: number, digits = 0): string {
  if (!Number.isFinite(share)) return NOT_A_NUMBER;
  const v = share * 100;
  const text = v.toFixed(digits);
  // toFixed can yield "-0"; a share is never meaningfully negative zero.
  return `${text === '-0' || /^-0\.0+$/.test(text) ? text.slice(1) : text} %`;
}

/** Others' speech shorter than this during a turn is rounding noise or a backchannel, not worth a line. */
export const CROSS_TALK_MIN_MS = 1000;

/** An epoch-ms timestamp as "2026-11-21 23:25 UTC" (UTC so that a record reads the same everywhere). */
export function formatTimestamp(t: number): string {
  if (!Number.isFinite(t)) return NOT_A_NUMBER;
  const d = new Date(t);
  if (Number.isNaN(d.getTime())) return NOT_A_NUMBER;
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())} UTC`;
}
