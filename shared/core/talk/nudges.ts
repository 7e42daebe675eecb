/**
 * The facilitator's private nudges, one list and one grace rule for every kind (talk balance
 * here; floor dynamics add their kinds to the same list), so the live view never shows two
 * competing sets of advice.
 *
 * Rules:
 * - Nothing before the grace period: seven seconds into a call one person has always had
 *   "100 % of the talk". The grace is 10 % of the planned time when there is a plan (a timed
 *   round), else 3 minutes of meeting.
 * - Never a repeat of the live view's "Not heard yet" strip: nobody is nudged for silence here.
 * - Nothing when talk is not measured (zeros would be "untracked", not "silent").
 */
import type { Pid } from '../record/events';
import type { MeetingMetrics } from './metrics';
import type { FloorNudge } from './floor-nudges';

/** Talk balance: `share` is the figure the nudge rests on (share of all talk, 0..1). */
export type TalkNudge = { kind: 'dominant'; pid: Pid; name: string; share: number };
export type Nudge = TalkNudge | FloorNudge;
export type NudgeKind = Nudge['kind'];

export const DEFAULT_NUDGE_GRACE_MS = 180_000;

/** The grace period: 10 % of the planned time when known (and positive), else 3 minutes. */
export function nudgeGraceMs(plannedMs: number | null = null): number {
  return plannedMs !== null && plannedMs > 0 ? Math.round(plannedMs / 10) : DEFAULT_NUDGE_GRACE_MS;
}

/**
 * The one nudge list at `metrics.at`: talk balance here, floor dynamics passed in
 * (floor-nudges.ts), all under the same grace. `plannedMs` is the running plan (e.g. a timed
 * round's total), if any.
 */
export function nudgesAt(metrics: MeetingMetrics, plannedMs: number | null = null, floor: readonly FloorNudge[] = []): Nudge[] {
  if (!metrics.measured || metrics.windowStart === null) return [];
  if (metrics.at - metrics.windowStart < nudgeGraceMs(plannedMs)) return [];
  const out: Nudge[] = [];
  for (const p of metrics.participants) if (p.present && p.dominant) out.push({ kind: 'dominant', pid: p.pid, name: p.name, share: p.share });
  return [...out, ...floor];
}
