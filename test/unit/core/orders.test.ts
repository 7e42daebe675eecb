import { strict as assert } from 'node:assert';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { handQueue, orderBy, presentRoster, rotateAfterLastStarter, seededRandom, seededShuffle } from '../../../shared/core/rounds/orders';
import { at, byTime, meeting, speak, T0 } from '../../fakes/events';

describe('core/orders', () => {
  it('seededRandom is deterministic, in [0, 1), and differs by seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 1000 }, () => a());
    assert.deepEqual(xs.slice(0, 5), Array.from({ length: 5 }, () => b()));
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    assert.notEqual(seededRandom(8)(), xs[0]);
    assert.notDeepEqual(seededShuffle(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 1), seededShuffle(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 2));
  });

  it('a seeded shuffle moves each item to each place about equally often', () => {
    const counts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) counts[seededShuffle(['x', 'b', 'c', 'd'], seed).indexOf('x')]!++;
    for (const c of counts) assert.ok(c > 850 && c < 1150, `positions of x: ${counts}`);
  });

  const base = ['a', 'b', 'c', 'd'];
  const rotations: [string, string | null, string[]][] = [
    ['no earlier round: as entered', null, ['a', 'b', 'c', 'd']],
    ['a began: a goes last', 'a', ['b', 'c', 'd', 'a']],
    ['c began: d starts', 'c', ['d', 'a', 'b', 'c']],
    ['the starter has left: as entered', 'zz', ['a', 'b', 'c', 'd']],
  ];
  for (const [name, starter, want] of rotations)
    it(`rotate: ${name}`, () => {
      const extra = starter ? [at(0, { type: 'round.started', rid: 'r1', kind: 'check-in', order: [starter], slotMs: 0 }), at(0, { type: 'round.turn', rid: 'r1', pid: starter }), at(1, { type: 'round.ended', rid: 'r1' })] : [];
      assert.deepEqual(rotateAfterLastStarter(foldEvents(meeting([...base, 'zz'], extra)), base), want);
    });

  it('quietest-first: least talk first, ties in roster order', () => {
    const s = foldEvents(byTime(meeting(base, [...speak('a', 0, 9_000), ...speak('c', 0, 3_000), ...speak('d', 5_000, 8_000)])));
    assert.deepEqual(orderBy('quietest-first', s, presentRoster(s), T0 + 10_000), ['b', 'c', 'd', 'a']);
  });

  it('deficit queue: furthest below fair share first, ties in order of raising', () => {
    const s = foldEvents(
      byTime(
        meeting(base, [
          ...speak('a', 0, 9_000),
          ...speak('b', 9_000, 10_000),
          at(10_000, { type: 'hand.raised', pid: 'a' }),
          at(10_001, { type: 'hand.raised', pid: 'd' }),
          at(10_002, { type: 'hand.raised', pid: 'b' }),
          at(10_003, { type: 'hand.raised', pid: 'c' }),
        ]),
      ),
    );
    assert.deepEqual(handQueue(s, 'fifo', T0 + 20_000).map((h) => h.pid), ['a', 'd', 'b', 'c']);
    assert.deepEqual(handQueue(s, 'deficit', T0 + 20_000).map((h) => h.pid), ['d', 'c', 'b', 'a']);
  });
});
