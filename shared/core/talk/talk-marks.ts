/**
 * Everyone's running talk totals at one instant. Two marks bracket a window (a decision item
 * open, a turn): their difference is the talk inside it, with nothing kept per speech event.
 */
import type { Pid } from '../record/events';
import { talkAt, type ParticipantEntry } from './ledger';

/** One participant's running totals at an instant. */
export interface TalkMark {
  talkMs: number;
  turns: number;
  present: boolean;
}

/** Everyone's running totals at one instant. */
export interface Marks {
  at: number;
  totals: Map<Pid, TalkMark>;
}

/** The ledger's totals of everyone on the roster at `at` (>= the last folded event). */
export function markTalk(participants: Iterable<ParticipantEntry>, at: number): Marks {
  const totals = new Map<Pid, TalkMark>();
  for (const p of participants) totals.set(p.pid, { talkMs: talkAt(p, at), turns: p.turns, present: p.present });
  return { at, totals };
}
