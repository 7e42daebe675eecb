/**
 * Which decision item the sidebar shows: the one whose consent round is running, else the latest
 * one not decided yet (what the facilitator is working on). Pure, so it is unit-tested.
 */
import type { DecisionItemView } from '../../../shared/core/decisions/decision-view';

export function itemInPlay(items: readonly DecisionItemView[], activeRid: string | null): DecisionItemView | undefined {
  return (activeRid === null ? undefined : items.find((i) => i.rounds.includes(activeRid))) ?? [...items].reverse().find((i) => i.status !== 'decided');
}
