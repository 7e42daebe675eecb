/**
 * What the live region says between two snapshots of the live state (milestones.ts: the rules).
 * A module of its own, passed to LivePanel by its shell (`announce`): the first snapshot is only a
 * baseline, so the side panel shows the live view without it and loads it after (README, *Bundles*).
 */
import type { Translate } from './i18n';
import type { AnnounceSnapshot } from './milestones';
import { spokenDuration } from './duration';

/** Marks crossed this soon after a turn starts are not spoken. */
export const QUIET_AFTER_TURN_MS = 5_000;

export interface AnnounceOptions {
  /** Explicit marks (ms left) instead of the timer's warning threshold. */
  marksMs?: readonly number[];
  /** False where the shell speaks time-up itself (VS Code's notification). */
  timeUp?: boolean;
}

export function announcement(t: Translate, prev: AnnounceSnapshot | null, next: AnnounceSnapshot, options: AnnounceOptions = {}): string | null {
  // The first snapshot is the baseline: a panel opened (or reloaded) mid-round stays quiet.
  if (prev === null) return null;
  const parts: string[] = [];
  const sameRound = prev.rid === next.rid;

  if (next.rid !== null && !sameRound) parts.push(t('announce.roundStarted', next.roundLabel));
  if (next.rid !== null && sameRound && next.roundEnded && !prev.roundEnded) parts.push(t('announce.roundEnded'));
  if (prev.rid !== null && !prev.roundEnded && !sameRound) parts.unshift(t('announce.roundEnded'));

  const sameTurn = sameRound && prev.turnPid === next.turnPid;
  if (!next.roundEnded && next.turnPid !== null && next.turnName !== null && !sameTurn) {
    parts.push(
      next.totalMs !== null && next.totalMs > 0
        ? t('announce.turn', next.turnName, spokenDuration(t, next.totalMs))
        : t('announce.turnNoSlot', next.turnName),
    );
  }

  if (sameTurn && !next.roundEnded) {
    if (next.paused && !prev.paused) parts.push(t('announce.paused'));
    if (!next.paused && prev.paused) parts.push(t('announce.resumed'));
    const added = prev.totalMs !== null && next.totalMs !== null ? next.totalMs - prev.totalMs : 0;
    if (added > 0 && next.remainingMs !== null) {
      parts.push(
        next.remainingMs >= 0
          ? t('announce.extended', spokenDuration(t, added), spokenDuration(t, next.remainingMs))
          : t('announce.extendedOver', spokenDuration(t, added), spokenDuration(t, -next.remainingMs)),
      );
    } else {
      const marks = options.marksMs ?? (next.warnMs !== null && next.warnMs > 0 ? [next.warnMs] : []);
      const crossed = crossedMark(prev.remainingMs, next.remainingMs, marks);
      const sinceStart = next.totalMs !== null && next.remainingMs !== null ? next.totalMs - next.remainingMs : Infinity;
      if (crossed === 0 && next.turnName !== null) {
        if (options.timeUp !== false) parts.push(t('announce.timeUp', next.turnName));
      } else if (crossed !== null && crossed > 0 && sinceStart >= QUIET_AFTER_TURN_MS) parts.push(t('announce.left', spokenDuration(t, crossed)));
    }
  }

  const before = new Set(prev.hands.map((h) => h.pid));
  const after = new Set(next.hands.map((h) => h.pid));
  for (const hand of next.hands) if (!before.has(hand.pid)) parts.push(t('announce.handRaised', hand.name));
  // A hand taken as the next turn leaves the queue too: the turn announcement already says so.
  // A hand that lowered itself says why (its owner took the floor); Lower all hands is said once.
  const why = new Map((next.handsGone ?? []).map((g) => [g.pid, g.why]));
  let all = false;
  for (const hand of prev.hands) {
    if (after.has(hand.pid) || hand.pid === next.turnPid) continue;
    const reason = why.get(hand.pid);
    if (reason === 'all') all = true;
    else parts.push(t(reason === 'floor' ? 'announce.handTookFloor' : 'announce.handLowered', hand.name));
  }
  if (all) parts.push(t('announce.allHandsLowered'));

  const item = next.agendaItem ?? null;
  const before2 = prev.agendaItem ?? null;
  if (item && item.aid !== before2?.aid) parts.push(t('announce.agendaItem', item.title, spokenDuration(t, item.boxMs)));
  else if (item && item.over && before2 && !before2.over) parts.push(t('announce.agendaOver', item.title));
  // A decision linked to an item (not a whole new agenda arriving with its links: that is no news).
  if (prev.agendaLinks) {
    const linkedBefore = new Map(prev.agendaLinks.map((l) => [l.aid, l.did]));
    for (const l of next.agendaLinks ?? []) if (linkedBefore.get(l.aid) !== l.did) parts.push(t('announce.agendaLinked', l.item, l.decision));
  }

  return parts.length > 0 ? parts.join(' ') : null;
}

/** The lowest mark (0 included) passed between two readings, or null. */
export function crossedMark(prevMs: number | null, nowMs: number | null, marksMs: readonly number[]): number | null {
  if (prevMs === null || nowMs === null) return null;
  let lowest: number | null = null;
  for (const mark of [...marksMs, 0]) {
    if (prevMs > mark && nowMs <= mark && (lowest === null || mark < lowest)) lowest = mark;
  }
  return lowest;
}

/** `announcement`'s type: what LivePanel's `announce` is. */
export type Announce = typeof announcement;
