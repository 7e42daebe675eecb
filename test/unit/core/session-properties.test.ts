/**
 * Property: a session rebuilt from its sink's log (a reloaded VS Code window, a restarted
 * service worker) shows exactly what the live session shows, at any later instant.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ManualClock } from '../../../shared/core/meeting/clock';
import type { MeetingEvent } from '../../../shared/core/record/events';
import type { RoundCommand } from '../../../shared/core/rounds/round-commands';
import { MeetingSession } from '../../../shared/core/meeting/session';
import { T0 } from '../../fakes/events';

const PIDS = ['a', 'b', 'c'];
const step = fc.oneof(
  fc.nat(20_000).map((ms) => ({ advance: ms })),
  fc.tuple(fc.constantFrom(...PIDS), fc.boolean()).map(([pid, on]) => ({ speech: { pid, on } })),
  fc.constantFrom<RoundCommand>(
    { type: 'start', kind: 'go-around', slotMs: 30_000 },
    { type: 'start', kind: 'discussion', slotMs: 0, queue: 'deficit' },
    { type: 'start', kind: 'check-in', slotMs: 60_000, box: 'round', strategy: 'quietest-first' },
    { type: 'next' },
    { type: 'pass' },
    { type: 'skip' },
    { type: 'extend', ms: 15_000 },
    { type: 'pause' },
    { type: 'resume' },
    { type: 'end' },
    { type: 'raise', pid: 'b' },
    { type: 'raise', pid: 'c' },
  ).map((cmd) => ({ cmd })),
);

describe('core/session properties', () => {
  it('restore(log) equals the live session at any later instant', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 50 }), fc.nat(100_000), async (steps, later) => {
        const clock = new ManualClock(T0);
        const log: MeetingEvent[] = [];
        const live = new MeetingSession(clock, { append: (e) => void log.push(JSON.parse(JSON.stringify(e)) as MeetingEvent) });
        await live.record({ type: 'meeting.started', id: 'm', title: 'p' }, ...PIDS.map((pid) => ({ type: 'participant.joined' as const, pid, name: pid })));
        for (const s of steps) {
          if ('advance' in s) clock.advance(s.advance);
          else if ('speech' in s) await live.record({ type: s.speech.on ? 'speech.started' : 'speech.ended', pid: s.speech.pid });
          else await live.command(s.cmd);
        }
        const restored = MeetingSession.restore({ clock, sink: { append: () => undefined } }, log);
        assert.deepEqual(restored.restoreProblems, []);
        const at = clock.now() + later;
        assert.deepEqual(restored.view(at), live.view(at));
      }),
      { numRuns: 200 },
    );
  });
});
