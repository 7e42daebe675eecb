/**
 * Trends across the meetings stored in this browser. A call page's pids differ from call to call,
 * and meetings started by hand reuse "p1", "p2", so the core's computeTrends is asked to match
 * people by display name (people.ts: nameKey): a person's key is their normalised name, shown by
 * their latest spelling. The page renders the result with shared/ui's TrendsView.
 */
import { chronological, computeTrends, type Trends } from '../../../shared/core/trends/trends';
import type { Summary } from '../../../shared/core/summary/summary';
import { nameKey } from './people';

export function teamTrends(summaries: readonly Summary[]): Trends {
  return computeTrends(chronological(summaries), { personKey: (_pid, name) => nameKey(name) });
}
