/** Hostile input: arbitrary text, values and commands must give answers, never exceptions. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { EVENT_TYPES } from '../../../shared/core/record/events';
import { createMeetingState } from '../../../shared/core/meeting/meeting-state';
import { applyEvent } from '../../../shared/core/meeting/meeting-parts';
import { checkEvent, readRecord } from '../../../shared/core/record/record';
import { decideRound, type RoundCommand } from '../../../shared/core/rounds/round-commands';
import { T0 } from '../../fakes/events';

const PIDS = ['a', 'b', 'c', 'd'];

describe('core robustness against hostile input', function () {
  this.timeout(60_000);
  it('parseRecord never throws on arbitrary text, and any failure names a line', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.json(), fc.constant('{"v":1,"t":5,"type":"speech.started","pid":"a"}')), { maxLength: 8 }), (lines) => {
        const r = readRecord(lines.join('\n'));
        if (!r.ok) assert.ok(r.error.line >= 1 && r.error.line <= lines.length, JSON.stringify(r.error));
      }),
      { numRuns: 500 },
    );
  });

  it('checkEvent never throws on arbitrary values', () => {
    fc.assert(fc.property(fc.anything(), (v) => void checkEvent(v)), { numRuns: 500 });
    fc.assert(fc.property(fc.record({ v: fc.constant(1), t: fc.nat(), type: fc.constantFrom(...EVENT_TYPES) }, { requiredKeys: ['v', 't', 'type'] }).chain((base) => fc.dictionary(fc.string(), fc.anything()).map((extra) => ({ ...extra, ...base }))), (v) => void checkEvent(v)), { numRuns: 500 });
  });

  it('decideRound never throws on arbitrary commands and never emits an invalid event', () => {
    const s = createMeetingState();
    applyEvent(s, { v: 1, t: T0, type: 'meeting.started', id: 'm', title: 'x' });
    for (const p of PIDS) applyEvent(s, { v: 1, t: T0, type: 'participant.joined', pid: p, name: p });
    const hostile = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom('start', 'next', 'turn', 'pass', 'skip', 'extend', 'pause', 'resume', 'end', 'raise', 'lower'), kind: fc.anything(), slotMs: fc.anything(), participants: fc.anything(), topic: fc.anything(), seed: fc.anything(), pid: fc.anything(), ms: fc.anything(), strategy: fc.anything(), box: fc.anything(), queue: fc.anything(), rid: fc.anything() }, { requiredKeys: ['type'] }),
    );
    fc.assert(
      fc.property(hostile, (c) => {
        const r = decideRound(s, c as RoundCommand, T0 + 1000);
        if (r.ok) for (const b of r.events) assert.ok(checkEvent({ ...b, v: 1, t: T0 + 1000 }).ok, JSON.stringify(b));
      }),
      { numRuns: 1000 },
    );
  });
});
