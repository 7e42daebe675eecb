/**
 * How both shells name the files they write: one slug rule and one date convention.
 *
 * Date convention: a file is named for the **local calendar day the meeting started**
 * (`2026-12-01-standup`), the day its people have in their calendars, in the time zone of the
 * machine that writes it. The core has no zone of its own (no clock, no environment): the shell
 * passes a `ZoneOffset`, and reading a name back (retention) uses the same zone, so a meeting at
 * 23:30 is filed, and expires, on the day it was held.
 */

/** Minutes east of UTC at an instant in the shell's time zone: `(t) => -new Date(t).getTimezoneOffset()`. */
export type ZoneOffset = (t: number) => number;

/** UTC itself: for tests and for anything that must not depend on where it runs. */
export const UTC_ZONE: ZoneOffset = () => 0;

const MINUTE_MS = 60_000;

/**
 * A file-name slug: ASCII letters and digits joined by single dashes, at most `max` characters,
 * never empty. Accents are dropped ("Décision" -> "decision"); other scripts fall back to
 * `fallback`, so the name is safe on every file system and in every URL.
 */
export function slugify(title: string, fallback = 'decision', max = 50): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** The calendar day of `t` in the zone, YYYY-MM-DD. */
export function localDate(t: number, zone: ZoneOffset): string {
  return new Date(t + zone(t) * MINUTE_MS).toISOString().slice(0, 10);
}

/** `<date>-<slug>`: a finished meeting's files in VS Code, the browser's exports after `roundtable-`. */
export function meetingFileBase(startedAt: number, title: string, zone: ZoneOffset): string {
  return `${localDate(startedAt, zone)}-${slugify(title, 'meeting', 48)}`;
}

/**
 * When the day a meeting file is named for (`2026-11-21-standup.jsonl`) ends, as epoch ms, in the
 * zone that named it; null for any other name or an impossible date.
 */
export function meetingFileDayEnd(name: string, zone: ZoneOffset): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})-.*\.(?:jsonl|md)$/.exec(name);
  if (!m) return null;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (!Number.isFinite(day) || new Date(day).getUTCDate() !== Number(m[3])) return null;
  const end = day + 86_400_000;
  return end - zone(end) * MINUTE_MS;
}
