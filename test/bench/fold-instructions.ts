/**
 * `node scripts/bench.mjs fold-instructions` (only when named; needs valgrind): the fold run
 * FOLDS times over the generated meeting, nothing else. scripts/bench.mjs runs it under valgrind
 * with 10 and 20 folds and divides the difference by ten folds' events: instructions per event of
 * the settled fold, whatever the load on the machine (perf has no hardware counters here). Like
 * live-fold, its fold import is redirected to BENCH_BEFORE's tree for a before/after pair.
 */
import * as fold from '../../shared/core/meeting/meeting-state';
import * as parts from '../../shared/core/meeting/meeting-parts';
import type { MeetingEvent } from '../../shared/core/record/events';
import { generateMeeting } from './generate';

const { createMeetingState } = fold as unknown as { createMeetingState(): object };
// Where a tree has no meeting-parts.ts (scripts/bench.mjs redirects this import), applyEvent is meeting-state.ts's.
const { applyEvent } = parts as unknown as { applyEvent(s: object, e: MeetingEvent): object };
const events = generateMeeting(Number(process.env.BENCH_EVENTS ?? 50_000));
let sink = 0;
for (let r = 0; r < Number(process.env.FOLDS ?? 10); r++) {
  const s = createMeetingState();
  for (let i = 0; i < events.length; i++) applyEvent(s, events[i]!);
  sink += (s as { eventCount: number }).eventCount;
}
console.log(JSON.stringify({ events: events.length, sink }));
