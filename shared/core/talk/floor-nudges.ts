/**
 * The facilitator's private nudges from floor dynamics: someone interrupted again and again
 * ("Chen has been interrupted 3 times"), someone holding the floor for long ("Ana has held the
 * floor for 4 minutes"). They join the live view's one nudge list; only people still present
 * are named, and nothing is said while talk is not measured.
 */
import type { Pid } from '../record/events';
import type { MeetingState } from '../meeting/meeting-state';
import { floorAt } from './floor-view';

/** Interrupted this many times or more. */
export const INTERRUPTED_NUDGE_COUNT = 3;
/** A turn (joined across short pauses) held this long or longer. */
export const HOLDING_NUDGE_MS = 4 * 60_000;

export type FloorNudge = { kind: 'interrupted'; pid: Pid; name: string; count: number } | { kind: 'holding'; pid: Pid; name: string; heldMs: number };

export function floorNudges(s: MeetingState, now: number): FloorNudge[] {
  if (!s.ledger.measured || s.windowEnd !== null) return [];
  const snap = floorAt(s, now, { pairs: false });
  const at = Math.max(now, s.lastT);
  const out: FloorNudge[] = [];
  for (const h of snap.held) {
    const p = s.participants.get(h.pid);
    if (p?.present && h.speaking && at - h.start >= HOLDING_NUDGE_MS) out.push({ kind: 'holding', pid: h.pid, name: p.name, heldMs: at - h.start });
  }
  for (const p of s.participants.values()) {
    const count = snap.people.get(p.pid)?.interruptionsReceived ?? 0;
    if (p.present && count >= INTERRUPTED_NUDGE_COUNT) out.push({ kind: 'interrupted', pid: p.pid, name: p.name, count });
  }
  return out;
}
