/**
 * Retention: which finished meetings are past the number of days a team chose to keep them.
 * Off (0) by default; both shells apply it when they start (VS Code to the meeting files, the
 * browser to its IndexedDB history), so nothing is kept longer than the team decided. Pure: the
 * shell passes `now`.
 */

export const DAY_MS = 86_400_000;
/** The longest retention a setting may ask for (ten years); 0 keeps meetings until deleted. */
export const MAX_RETENTION_DAYS = 3650;

/** A setting's value as a whole number of days, 0 (off) for anything that is not one. */
export function retentionDays(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.min(MAX_RETENTION_DAYS, Math.floor(value)) : 0;
}

/** Ended meetings that ended more than `days` days before `now`; a meeting still running is never expired. */
export function expiredMeetings<M extends { endedAt?: number | null }>(meetings: readonly M[], now: number, days: number): M[] {
  const d = retentionDays(days);
  if (d === 0) return [];
  const cutoff = now - d * DAY_MS;
  return meetings.filter((m) => typeof m.endedAt === 'number' && m.endedAt < cutoff);
}

/** The UTC day a meeting file is named for (`2026-11-21-standup.jsonl`), as epoch ms of its start, or null. */
export function meetingFileDay(name: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})-.*\.(?:jsonl|md)$/.exec(name);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) && new Date(t).getUTCDate() === Number(m[3]) ? t : null;
}

/** Meeting files (record and summary) whose whole day lies more than `days` days before `now`. */
export function expiredMeetingFiles(names: readonly string[], now: number, days: number): string[] {
  const d = retentionDays(days);
  if (d === 0) return [];
  const cutoff = now - d * DAY_MS;
  return names.filter((n) => {
    const day = meetingFileDay(n);
    return day !== null && day + DAY_MS <= cutoff;
  });
}
