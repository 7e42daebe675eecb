/**
 * Fair speaking orders and the discussion queue, as pure functions of the roster, the folded
 * state and `now`. The chosen order is written into round.started, so a replay never has to
 * recompute it (and a later change of talk totals cannot reorder a round already running).
 */
import type { Pid, QueueOrder } from '../record/events';
import type { MeetingState, RaisedHand } from '../meeting/meeting-state';
import { computeMetrics } from '../talk/metrics';

export type OrderStrategy = 'as-entered' | 'shuffle' | 'rotate' | 'quietest-first';
export const ORDER_STRATEGIES: readonly OrderStrategy[] = ['as-entered', 'shuffle', 'rotate', 'quietest-first'];

/** mulberry32: a tiny, well-distributed PRNG, so that a seed gives the same order everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const rnd = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}

/** Whoever began the last round that had turns begins last this time; others keep roster order. */
export function rotateAfterLastStarter(s: MeetingState, base: readonly Pid[]): Pid[] {
  let starter: Pid | undefined;
  for (let i = s.rounds.length - 1; i >= 0 && starter === undefined; i--) starter = s.rounds[i]!.turns[0]?.pid;
  const k = starter === undefined ? -1 : base.indexOf(starter);
  return k < 0 ? base.slice() : base.slice(k + 1).concat(base.slice(0, k + 1));
}

/** Least talk so far in this meeting first; ties keep `base` order (stable sort). */
export function quietestFirst(s: MeetingState, base: readonly Pid[], now: number): Pid[] {
  const talk = new Map(computeMetrics(s, now).participants.map((p) => [p.pid, p.talkMs]));
  return base.slice().sort((a, b) => (talk.get(a) ?? 0) - (talk.get(b) ?? 0));
}

/** Present participants in roster order: the default base of an order. */
export function presentRoster(s: MeetingState): Pid[] {
  const out: Pid[] = [];
  for (const p of s.participants.values()) if (p.present) out.push(p.pid);
  return out;
}

export function orderBy(strategy: OrderStrategy, s: MeetingState, base: readonly Pid[], now: number, seed = 0): Pid[] {
  switch (strategy) {
    case 'as-entered':
      return base.slice();
    case 'shuffle':
      return seededShuffle(base, seed);
    case 'rotate':
      return rotateAfterLastStarter(s, base);
    case 'quietest-first':
      return quietestFirst(s, base, now);
  }
}

/**
 * The raised hands in speaking order. 'fifo': as raised. 'deficit': furthest below fair share
 * first (fairShare − share, largest first), ties as raised: a progressive stack from measured talk.
 */
export function handQueue(s: MeetingState, order: QueueOrder, now: number): RaisedHand[] {
  const hands = Array.from(s.hands.values());
  if (order === 'fifo' || hands.length < 2) return hands;
  const deficit = new Map(computeMetrics(s, now).participants.map((p) => [p.pid, p.fairShare - p.share]));
  return hands.sort((a, b) => (deficit.get(b.pid) ?? 0) - (deficit.get(a.pid) ?? 0));
}
