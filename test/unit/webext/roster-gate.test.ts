import { strict as assert } from 'node:assert';
import { RosterGate, type GateOptions } from '../../../webext/src/content/roster-gate';
import type { SeenParticipant } from '../../../webext/src/messages';

const OPTS: GateOptions = { dwellMs: 1000, renameMs: 5000, maxParticipants: 3, maxRenames: 2 };
const seen = (...xs: [string, string][]): SeenParticipant[] => xs.map(([pid, name]) => ({ pid, name, self: false }));

/** Records armed timers; the test fires them by hand. */
function timers() {
  const armed: { fn: () => void; ms: number; live: boolean }[] = [];
  return {
    armed,
    setTimeout: (fn: () => void, ms: number) => armed.push({ fn, ms, live: true }) - 1,
    clearTimeout: (h: unknown) => {
      if (typeof h === 'number' && armed[h]) armed[h].live = false;
    },
  };
}

describe('RosterGate', () => {
  it('admits a tile only after it dwelt, back-dated to when it appeared, and arms a re-read for that moment', () => {
    const t = timers();
    let rechecks = 0;
    const g = new RosterGate(() => rechecks++, t, OPTS);
    assert.deepEqual(g.observe(100, seen(['a', 'Ana'])).participants, []);
    assert.ok(t.armed.some((x) => x.live && x.ms >= 1000), 'a re-read is armed at the end of the dwell');
    t.armed.filter((x) => x.live).at(-1)!.fn();
    assert.equal(rechecks, 1);
    assert.deepEqual(g.observe(1100, seen(['a', 'Ana'])).participants, [{ pid: 'a', name: 'Ana', self: false, since: 100 }]);
  });

  it('forgets a tile that vanished within the dwell, with the speech it showed', () => {
    const g = new RosterGate(() => undefined, timers(), OPTS);
    g.observe(0, seen(['x', 'Blip']));
    g.hold({ pid: 'x', speaking: true, t: 10 });
    g.observe(40, []);
    assert.equal(g.admitted('x'), false);
    const again = g.observe(60, seen(['x', 'Blip']));
    assert.deepEqual(again.participants, []);
    assert.deepEqual(g.observe(1060, seen(['x', 'Blip'])).released, [], 'the old speech was dropped');
  });

  it('releases speech held during the dwell once the tile is admitted, with its own times', () => {
    const g = new RosterGate(() => undefined, timers(), OPTS);
    g.observe(0, seen(['a', 'Ana']));
    g.hold({ pid: 'a', speaking: true, t: 200 });
    assert.deepEqual(g.observe(1000, seen(['a', 'Ana'])).released, [{ pid: 'a', speaking: true, t: 200 }]);
  });

  it('coalesces renames: at most one per window, and the name shown when the window closes is kept', () => {
    const t = timers();
    const g = new RosterGate(() => undefined, t, OPTS);
    g.observe(0, seen(['a', 'Ana']));
    g.observe(1000, seen(['a', 'Ana']));
    const names = (at: number, name: string) => g.observe(at, seen(['a', name])).participants[0]!.name;
    assert.equal(names(2000, 'A1'), 'Ana');
    assert.equal(names(3000, 'A2'), 'Ana');
    assert.equal(names(6000, 'A3'), 'A3', 'the window (5 s from admission) closed: the latest name');
    assert.equal(names(7000, 'A4'), 'A3');
    assert.ok(t.armed.some((x) => x.live), 'a re-read is armed for the window to close');
    assert.equal(names(11_000, 'A4'), 'A4');
  });

  it('past the participant or rename cap, says the page is flooding and reports no more', () => {
    const g = new RosterGate(() => undefined, timers(), OPTS);
    const four = seen(['a', 'A'], ['b', 'B'], ['c', 'C'], ['d', 'D']);
    g.observe(0, four);
    assert.equal(g.observe(1000, four).participants.length, 3);
    assert.equal(g.flooded, true);
    const r = new RosterGate(() => undefined, timers(), OPTS);
    r.observe(0, seen(['a', 'A0']));
    for (let i = 1; i <= 4; i++) r.observe(1000 + i * 5000, seen(['a', `A${i}`]));
    assert.equal(r.flooded, true);
    assert.equal(r.observe(30_000, seen(['a', 'A9'])).participants[0]!.name, 'A3', 'admitted as A1, two renames, then names are frozen');
  });
});
