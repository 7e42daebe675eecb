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
 *
 * Someone who keeps talking over another person reaches `backchannelMs` with no event at that
 * moment: `floorDeadline` says when, so a writer can wake then (floor-watch.ts) and append the
 * lowering through MeetingSession.settleFloor, instead of waiting for whatever event comes next.
 */
import type { EventBody, MeetingEvent } from '../record/events';
import type { MeetingState, RaisedHand } from '../meeting/meeting-state';

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

/**
 * When the rule becomes true for the raised hand `h` with no further event: its owner has spoken
 * alone (then at once: the hand went up while they held the floor) or for `backchannelMs` over
 * someone, never before the hand went up. Null while the owner is not speaking.
 */
export function handDeadline(s: MeetingState, h: RaisedHand): number | null {
  const since = s.participants.get(h.pid)?.speakingSince ?? null;
  if (since === null) return null;
  return Math.max(h.raisedAt, s.ledger.active === 1 ? since : since + s.ledger.floor.backchannelMs);
}

/** The earliest handDeadline of the raised hands: when a hand next goes down by itself. Null: none can without another event. */
export function floorDeadline(s: MeetingState): number | null {
  if (!s.handsFollowFloor || s.hands.size === 0 || s.windowEnd !== null) return null;
  let due: number | null = null;
  for (const h of s.hands.values()) {
    const at = handDeadline(s, h);
    if (at !== null && (due === null || at < due)) due = at;
  }
  return due;
}
