/**
 * Which decision item the sidebar shows: the one whose consent round is running, else the latest
 * one not decided yet (what the facilitator is working on). It reads the trail's own items, so
 * the card builds the view of that one item only: a long meeting's earlier decisions cost a
 * render nothing (issue 9: viewing the whole trail per pushed event grew with the meeting).
 * Pure, so it is unit-tested.
 */
import type { DecisionItem } from '../../../shared/core/decisions/decision-trail';

type Item = Pick<DecisionItem, 'decided' | 'rounds'>;

export function itemInPlay<T extends Item>(items: readonly T[], activeRid: string | null): T | undefined {
  if (activeRid !== null) {
    const inRound = items.find((i) => i.rounds.includes(activeRid));
    if (inRound) return inRound;
  }
  for (let k = items.length - 1; k >= 0; k--) if (!items[k]!.decided) return items[k];
  return undefined;
}
