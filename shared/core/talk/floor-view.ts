/**
 * Floor dynamics of a folded meeting at `now` (T1 once ended), as design.md defines them: the
 * same instant and window as the talk-time metrics.
 */
import type { MeetingState } from '../meeting/meeting-state';
import { floorSnapshot, type FloorSnapshot } from './floor';
import { metricsInstant } from './metrics';

/** `pairs: false`: without the transition and interruption lists (a live view's cheap query). */
export function floorAt(s: MeetingState, now: number, options: { pairs?: boolean } = {}): FloorSnapshot {
  const at = metricsInstant(s, now);
  const windowMs = s.windowStart === null ? 0 : Math.max(0, at - s.windowStart);
  return floorSnapshot(s.ledger.floor, at, windowMs, options);
}
