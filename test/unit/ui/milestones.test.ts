import assert from 'node:assert/strict';
import fc from 'fast-check';
import { announcement, crossedMark, snapshotOf, type AnnounceSnapshot } from '../../../shared/ui/milestones';
import { english as t } from '../../../shared/ui/i18n';
import { liveState, round, timer } from '../../fakes/ui-props';

function snap(over: Partial<AnnounceSnapshot> = {}): AnnounceSnapshot {
  return {
    rid: 'r1',
    roundLabel: 'Go-around',
    roundEnded: false,
    turnPid: 'ana',
    turnName: 'Ana',
    remainingMs: 90_000,
    totalMs: 90_000,
    paused: false,
    hands: [],
    ...over,
  };
}

describe('ui/milestones', () => {
  describe('crossedMark', () => {
    const table: [number | null, number | null, number | null][] = [
      [31_000, 30_000, 30_000], // reaching the mark counts
      [30_000, 29_000, null], // already past it: said before
      [61_000, 29_000, 30_000], // a jump over two marks says only the one true now
      [500, -200, 0],
      [61_000, -5_000, 0],
      [0, -1_000, null],
      [45_000, 44_000, null],
      [null, 10_000, null],
      [10_000, 20_000, null], // extended: time went up, nothing crossed
    ];
    for (const [prev, now, want] of table) {
      it(`${prev} -> ${now} crosses ${want}`, () => assert.equal(crossedMark(prev, now, [60_000, 30_000]), want));
    }
  });

  describe('announcement', () => {
    it('stays quiet on the first snapshot (a panel opened mid-round)', () => {
      assert.equal(announcement(t, null, snap()), null);
    });

    it('announces a new round and its first turn with the slot', () => {
      assert.equal(
        announcement(t, snap({ rid: null, turnPid: null, turnName: null }), snap({ roundLabel: 'Check-in: Mood' })),
        'Round started: Check-in: Mood. Turn: Ana, 1 minute 30 seconds.',
      );
    });

    it('announces a turn change, and a turn without a slot without one', () => {
      assert.equal(announcement(t, snap(), snap({ turnPid: 'bo', turnName: 'Bo', remainingMs: 60_000, totalMs: 60_000 })), 'Turn: Bo, 1 minute.');
      assert.equal(announcement(t, snap(), snap({ turnPid: 'bo', turnName: 'Bo', totalMs: null, remainingMs: null })), 'Turn: Bo.');
    });

    it('announces 30 seconds left and time up once each, never every second', () => {
      const said: string[] = [];
      let prev = snap();
      for (let left = 90_000; left >= -10_000; left -= 1_000) {
        const next = snap({ remainingMs: left });
        const msg = announcement(t, prev, next);
        if (msg) said.push(msg);
        prev = next;
      }
      assert.deepEqual(said, ['1 minute left.', '30 seconds left.', 'Time is up for Ana.']);
    });

    it('announces pause, resume and the end of the round', () => {
      assert.equal(announcement(t, snap(), snap({ paused: true })), 'Round paused.');
      assert.equal(announcement(t, snap({ paused: true }), snap()), 'Round resumed.');
      assert.equal(announcement(t, snap(), snap({ roundEnded: true })), 'Round ended.');
    });

    it('does not announce time marks after the round ended', () => {
      assert.equal(announcement(t, snap({ roundEnded: true, remainingMs: 31_000 }), snap({ roundEnded: true, remainingMs: 29_000 })), null);
    });

    it('announces a newly raised hand', () => {
      assert.equal(announcement(t, snap(), snap({ hands: [{ pid: 'bo', name: 'Bo' }] })), 'Bo raised a hand.');
      assert.equal(announcement(t, snap({ hands: [{ pid: 'bo', name: 'Bo' }] }), snap({ hands: [{ pid: 'bo', name: 'Bo' }] })), null);
    });

    it('says nothing when nothing meaningful changed, for any tick pattern inside a gap between marks', () => {
      fc.assert(
        fc.property(fc.integer({ min: 30_001, max: 59_999 }), fc.integer({ min: 30_001, max: 59_999 }), (a, b) => {
          const [hi, lo] = a >= b ? [a, b] : [b, a];
          return announcement(t, snap({ remainingMs: hi }), snap({ remainingMs: lo })) === null;
        }),
      );
    });

    it('announces each mark exactly once for any sequence of decreasing readings', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 60 }), (steps) => {
          let left = 90_000;
          let prev = snap({ remainingMs: left });
          const said: string[] = [];
          for (const step of steps) {
            left -= step;
            const next = snap({ remainingMs: left });
            const msg = announcement(t, prev, next);
            if (msg) said.push(msg);
            prev = next;
          }
          // No message twice, and time up said iff the deadline was reached.
          assert.equal(new Set(said).size, said.length);
          assert.equal(said.includes('Time is up for Ana.'), left <= 0);
        }),
      );
    });
  });

  describe('snapshotOf', () => {
    it('reads the current turn, slot and hands from a live state', () => {
      const s = snapshotOf(t, liveState({ timer: timer({ remainingMs: 12_000, paused: true }) }));
      assert.deepEqual(s, {
        rid: 'r1',
        roundLabel: 'Go-around: Sprint review',
        roundEnded: false,
        turnPid: 'chen',
        turnName: 'Chen',
        remainingMs: 12_000,
        totalMs: 90_000,
        paused: true,
        hands: [{ pid: 'bo', name: 'Bo' }],
      });
    });

    it('has no turn between turns or without a round', () => {
      assert.equal(snapshotOf(t, liveState({ round: round({ currentIndex: -1 }) })).turnPid, null);
      assert.equal(snapshotOf(t, liveState({ round: null, timer: null })).rid, null);
    });
  });
});
