/**
 * The floor section's tables, shaped once for every view and export: who interrupted whom as a
 * matrix (only people who interrupted or were interrupted, so it stays small), and who
 * follows whom as rows. Pids in roster order; views put names on them.
 */
import type { Pid } from '../record/events';
import type { Summary } from './summary';

export interface PairMatrix {
  /** Row and column order: people in any pair, in roster order. */
  pids: Pid[];
  /** counts[i][j]: how often pids[i] did it to (or before) pids[j]. */
  counts: number[][];
  total: number;
}

function matrix(s: Summary, pairs: { a: Pid; b: Pid; count: number }[], everyone: boolean): PairMatrix {
  const involved = new Set(pairs.flatMap((p) => [p.a, p.b]));
  const pids = s.participants.map((p) => p.pid).filter((pid) => everyone || involved.has(pid));
  for (const pid of involved) if (!pids.includes(pid)) pids.push(pid);
  const at = new Map(pids.map((pid, i) => [pid, i]));
  const counts = pids.map(() => pids.map(() => 0));
  let total = 0;
  for (const p of pairs) {
    counts[at.get(p.a)!]![at.get(p.b)!]! += p.count;
    total += p.count;
  }
  return { pids, counts, total };
}

/** Rows interrupted columns. `everyone`: a row and column for every participant (CSV). */
export function interruptionMatrix(s: Summary, everyone = false): PairMatrix {
  return matrix(s, s.floor.interruptions.map((x) => ({ a: x.by, b: x.of, count: x.count })), everyone);
}

/** Rows handed the floor to columns (the column spoke next). */
export function transitionMatrix(s: Summary): PairMatrix {
  return matrix(s, s.floor.transitions.map((x) => ({ a: x.from, b: x.to, count: x.count })), false);
}

/** The person (or people, on a tie) with the longest turn, and its length. */
export function longestTurn(s: Summary): { pids: Pid[]; ms: number } {
  const ms = Math.max(0, ...s.participants.map((p) => p.longestTurnMs));
  return { pids: ms > 0 ? s.participants.filter((p) => p.longestTurnMs === ms).map((p) => p.pid) : [], ms };
}
