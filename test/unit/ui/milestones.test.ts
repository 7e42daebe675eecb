import assert from 'node:assert/strict';
import fc from 'fast-check';
import { snapshotOf, type AnnounceSnapshot } from '../../../shared/ui/milestones';
import { announcement, crossedMark } from '../../../shared/ui/announcement';
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
    warnMs: 15_000,
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

    it('announces the visual warning mark ("Almost up") and time up once each, never every second', () => {
      const said: string[] = [];
      let prev = snap();
      for (let left = 90_000; left >= -10_000; left -= 1_000) {
        const next = snap({ remainingMs: left });
        const msg = announcement(t, prev, next);
        if (msg) said.push(msg);
        prev = next;
      }
      assert.deepEqual(said, ['15 seconds left.', 'Time is up for Ana.']);
    });

    it('follows the warning setting, and leaves time-up to a shell that speaks it itself', () => {
      const said = (warnMs: number, timeUp?: boolean) => {
        const out: string[] = [];
        let prev = snap({ warnMs });
        for (let left = 90_000; left >= -2_000; left -= 1_000) {
          const next = snap({ warnMs, remainingMs: left });
          const msg = announcement(t, prev, next, timeUp === undefined ? {} : { timeUp });
          if (msg) out.push(msg);
          prev = next;
        }
        return out;
      };
      assert.deepEqual(said(30_000), ['30 seconds left.', 'Time is up for Ana.']);
      assert.deepEqual(said(30_000, false), ['30 seconds left.']);
    });

    it('says nothing about a mark crossed within 5 s of the turn starting', () => {
      // A 15 s box with a 15 s warning: the turn announcement already said "15 seconds".
      assert.equal(announcement(t, snap({ totalMs: 15_000, remainingMs: 15_000 }), snap({ totalMs: 15_000, remainingMs: 14_000 })), null);
      assert.equal(announcement(t, snap({ totalMs: 19_000, remainingMs: 15_500 }), snap({ totalMs: 19_000, remainingMs: 14_500 })), null);
      assert.equal(announcement(t, snap({ totalMs: 21_000, remainingMs: 15_500 }), snap({ totalMs: 21_000, remainingMs: 14_500 })), '15 seconds left.');
    });

    it('announces an extension with the time now left (or still over)', () => {
      assert.equal(announcement(t, snap({ totalMs: 60_000, remainingMs: 10_000 }), snap({ totalMs: 90_000, remainingMs: 40_000 })), 'Extended by 30 seconds; 40 seconds left.');
      assert.equal(announcement(t, snap({ totalMs: 60_000, remainingMs: -50_000 }), snap({ totalMs: 90_000, remainingMs: -20_000 })), 'Extended by 30 seconds; still 20 seconds over.');
    });

    it('says "Round ended" when the round vanished between two renders', () => {
      assert.equal(announcement(t, snap(), snap({ rid: null, turnPid: null, turnName: null, remainingMs: null, totalMs: null })), 'Round ended.');
      assert.equal(announcement(t, snap({ roundEnded: true }), snap({ rid: null, turnPid: null, turnName: null })), null, 'said once');
      assert.equal(
        announcement(t, snap(), snap({ rid: 'r2', roundLabel: 'Check-in', turnPid: 'bo', turnName: 'Bo', totalMs: 60_000, remainingMs: 60_000 })),
        'Round ended. Round started: Check-in. Turn: Bo, 1 minute.',
      );
    });

    it('announces a lowered hand, but not a hand taken as the next turn', () => {
      const bo = { pid: 'bo', name: 'Bo' };
      assert.equal(announcement(t, snap({ hands: [bo] }), snap({ hands: [] })), 'Bo lowered a hand.');
      assert.equal(announcement(t, snap({ hands: [bo] }), snap({ hands: [], turnPid: 'bo', turnName: 'Bo' })), 'Turn: Bo, 1 minute 30 seconds.');
    });

    it('announces pause, resume and the end of the round', () => {
      assert.equal(announcement(t, snap(), snap({ paused: true })), 'Round paused.');
      assert.equal(announcement(t, snap({ paused: true }), snap()), 'Round resumed.');
      assert.equal(announcement(t, snap(), snap({ roundEnded: true })), 'Round ended.');
    });

    it('does not announce time marks after the round ended', () => {
      assert.equal(announcement(t, snap({ roundEnded: true, remainingMs: 31_000 }), snap({ roundEnded: true, remainingMs: 29_000 })), null);
    });

    it('says why a hand lowered itself (its owner took the floor) and Lower all hands once', () => {
      const bo = { pid: 'bo', name: 'Bo' };
      const cy = { pid: 'cy', name: 'Cy' };
      assert.equal(announcement(t, snap({ hands: [bo] }), snap({ hands: [], handsGone: [{ pid: 'bo', why: 'floor' }] })), 'Bo took the floor: hand lowered.');
      assert.equal(announcement(t, snap({ hands: [bo, cy] }), snap({ hands: [], handsGone: [{ pid: 'bo', why: 'all' }, { pid: 'cy', why: 'all' }] })), 'All hands lowered.');
      // The pid's latest reason counts: an earlier 'floor' of Bo does not colour a later manual lowering.
      assert.equal(announcement(t, snap({ hands: [bo] }), snap({ hands: [], handsGone: [{ pid: 'bo', why: 'floor' }, { pid: 'bo', why: 'manual' }] })), 'Bo lowered a hand.');
    });

    it('announces an agenda item coming into play and its box running out, once', () => {
      const item = { aid: 'a1', title: 'Ship it?', boxMs: 600_000, over: false };
      assert.equal(announcement(t, snap({ agendaItem: null }), snap({ agendaItem: item })), 'Agenda item: Ship it?, 10 minutes.');
      assert.equal(announcement(t, snap({ agendaItem: item }), snap({ agendaItem: { ...item, over: true } })), 'Agenda item Ship it? is over its time box.');
      assert.equal(announcement(t, snap({ agendaItem: { ...item, over: true } }), snap({ agendaItem: { ...item, over: true } })), null);
    });

    it('announces a decision linked to an agenda item (or linked anew), not a whole agenda arriving with its links', () => {
      const link = { aid: 'a1', item: 'Ship it?', did: 'd1', decision: 'Ship on Friday' };
      assert.equal(announcement(t, snap({ agendaLinks: [] }), snap({ agendaLinks: [link] })), 'Agenda item Ship it? is to be settled by the decision Ship on Friday.');
      assert.equal(announcement(t, snap({ agendaLinks: [link] }), snap({ agendaLinks: [{ ...link, did: 'd2', decision: 'Ship later' }] })), 'Agenda item Ship it? is to be settled by the decision Ship later.');
      assert.equal(announcement(t, snap({ agendaLinks: [link] }), snap({ agendaLinks: [link] })), null);
      assert.equal(announcement(t, snap(), snap({ agendaLinks: [link] })), null, 'no agenda before: nothing linked anew');
    });

    it('announces a newly raised hand', () => {
      assert.equal(announcement(t, snap(), snap({ hands: [{ pid: 'bo', name: 'Bo' }] })), 'Bo raised a hand.');
      assert.equal(announcement(t, snap({ hands: [{ pid: 'bo', name: 'Bo' }] }), snap({ hands: [{ pid: 'bo', name: 'Bo' }] })), null);
    });

    it('says nothing when nothing meaningful changed, for any tick pattern inside a gap between marks', () => {
      fc.assert(
        fc.property(fc.integer({ min: 15_001, max: 89_999 }), fc.integer({ min: 15_001, max: 89_999 }), (a, b) => {
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
        warnMs: 15_000,
        hands: [{ pid: 'bo', name: 'Bo' }],
      });
    });

    it('has no turn between turns or without a round', () => {
      assert.equal(snapshotOf(t, liveState({ round: round({ currentIndex: -1 }) })).turnPid, null);
      assert.equal(snapshotOf(t, liveState({ round: null, timer: null })).rid, null);
    });
  });
});
