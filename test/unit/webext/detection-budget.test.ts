import { strict as assert } from 'node:assert';
import { DetectionBudget, type DetectionLimits } from '../../../webext/src/background/detection-budget';
import type { EventBody } from '../../../shared/core/record/events';

const LIMITS: DetectionLimits = { maxParticipants: 2, maxRenames: 1, maxEvents: 6, maxIdLength: 8, maxNameLength: 8 };
const joined = (pid: string, name = pid): EventBody => ({ type: 'participant.joined', pid, name });

function write(b: DetectionBudget, body: EventBody): boolean {
  const ok = b.admit(body);
  if (ok) b.count(body);
  return ok;
}

describe('DetectionBudget', () => {
  it('caps participants, renames and events per meeting, and is flooded past a cap for good', () => {
    const b = new DetectionBudget(LIMITS);
    assert.ok(write(b, joined('a')));
    assert.ok(write(b, joined('b')));
    assert.equal(write(b, joined('c')), false);
    assert.equal(b.flooded, true);
    assert.equal(write(b, { type: 'speech.started', pid: 'a' }), false, 'a flooded meeting takes no more detection');
    const r = new DetectionBudget(LIMITS);
    write(r, joined('a'));
    assert.ok(write(r, { type: 'participant.renamed', pid: 'a', name: 'x' }));
    assert.equal(write(r, { type: 'participant.renamed', pid: 'a', name: 'y' }), false);
    const e = new DetectionBudget(LIMITS);
    for (let i = 0; i < 6; i++) e.count({ type: 'round.turn' });
    assert.equal(write(e, { type: 'speech.started', pid: 'a' }), false);
    assert.equal(e.flooded, true);
  });

  it('always lets closing events through, so an open speech ends', () => {
    const b = new DetectionBudget(LIMITS);
    b.flooded = true;
    assert.ok(b.admit({ type: 'speech.ended', pid: 'a' }));
    assert.ok(b.admit({ type: 'meeting.ended' }));
  });

  it('refuses over-long ids and names without calling the meeting flooded', () => {
    const b = new DetectionBudget(LIMITS);
    assert.equal(b.admit(joined('x'.repeat(9))), false);
    assert.equal(b.admit(joined('a', 'n'.repeat(9))), false);
    assert.equal(b.flooded, false);
  });

  it('rebuilt from a log, counts what the log holds', () => {
    const log = [joined('a'), joined('b'), joined('c')];
    assert.equal(DetectionBudget.of(log, LIMITS).flooded, true);
    assert.equal(DetectionBudget.of(log.slice(0, 2), LIMITS).flooded, false);
  });
});
