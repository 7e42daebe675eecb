/**
 * Hands that follow the floor (issue 11): a raised hand goes down by itself when its owner takes
 * the floor, so the queue shows who still waits. The fold never lowers a hand on speech by
 * itself (old records keep their meaning); a writer asks this rule after each speech it records
 * and appends what it returns, so the record says when and why (`reason: 'floor'`).
 *
 * Taking the floor, decided at the moment of an event (no timers in the core): the owner is
 * speaking, and either nobody else is, or they have spoken for at least `backchannelMs` without a
 * break. A short "mm-hm" over someone else's turn (a backchannel in design.md's sense) never
 * lowers a hand; neither does speaking over someone briefly and giving way.
 */
import type { EventBody, MeetingEvent } from '../record/events';
import type { MeetingState } from '../meeting/meeting-state';

/** Only speech moves the floor: other events never need the rule. */
export function movesFloor(e: Pick<MeetingEvent, 'type'>): boolean {
  return e.type === 'speech.started' || e.type === 'speech.ended' || e.type === 'participant.left';
}

/** The `hand.lowered` events due at `t` (the state already holds every event up to `t`). */
export function handsTakingFloor(s: MeetingState, t: number): EventBody[] {
  if (!s.handsFollowFloor || s.hands.size === 0 || s.windowEnd !== null) return [];
  const out: EventBody[] = [];
  const alone = s.ledger.active === 1;
  const backchannelMs = s.ledger.floor.backchannelMs;
  for (const pid of s.hands.keys()) {
    const since = s.participants.get(pid)?.speakingSince ?? null;
    if (since === null) continue;
    if (alone || t - since >= backchannelMs) out.push({ type: 'hand.lowered', pid, reason: 'floor' });
  }
  return out;
}
