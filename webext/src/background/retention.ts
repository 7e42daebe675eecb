/**
 * Retention in the browser: when the worker starts, finished meetings older than the setting's
 * days are deleted with everything that refers to them (the host's remove). Off (0) by default.
 */
import { expiredMeetings } from '../../../shared/core/meeting/retention';
import type { MeetingInfo } from '../messages';

export interface RetentionHost {
  list(): Promise<MeetingInfo[]>;
  remove(id: string): Promise<void>;
}

/** Deletes the expired meetings; returns their ids. */
export async function applyRetention(host: RetentionHost, days: number, now: number): Promise<string[]> {
  const gone = expiredMeetings(await host.list(), now, days).map((m) => m.id);
  for (const id of gone) await host.remove(id);
  return gone;
}
