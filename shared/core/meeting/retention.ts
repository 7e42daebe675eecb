/**
 * Retention: which finished meetings are past the number of days a team chose to keep them.
 * Off (0) by default; both shells apply it when they start (VS Code to the meeting files, the
 * browser to its IndexedDB history), so nothing is kept longer than the team decided. Pure: the
 * shell passes `now`.
 */
import { meetingFileDayEnd, type ZoneOffset } from '../team/file-names';

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

/**
 * Meeting files (record and summary) whose whole day, in the zone that named them
 * (team/file-names.ts), lies more than `days` days before `now`.
 */
export function expiredMeetingFiles(names: readonly string[], now: number, days: number, zone: ZoneOffset): string[] {
  const d = retentionDays(days);
  if (d === 0) return [];
  const cutoff = now - d * DAY_MS;
  return names.filter((n) => {
    const end = meetingFileDayEnd(n, zone);
    return end !== null && end <= cutoff;
  });
}
