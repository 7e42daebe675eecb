/**
 * The session folds in time order, whatever order observations arrive in: a live session fed
 * back-dated speech (a detector's times) equals every reader's fold of its record sorted by time,
 * and a restore of that sorted record. Subscribers see every event once, numbered by seq.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ManualClock } from '../../../shared/core/meeting/clock';
import { createMeetingState } from '../../../shared/core/meeting/meeting-state';
import { foldEvents, MEETING_PARTS } from '../../../shared/core/meeting/meeting-parts';
import { MeetingSession, type SessionChange } from '../../../shared/core/meeting/session';
import { cloneMeetingState, TimeOrderedFold } from '../../../shared/core/meeting/time-ordered-fold';
import type { EventBody, MeetingEvent } from '../../../shared/core/record/events';
import { sortByTime } from '../../../shared/core/record/record';
import type { RoundCommand } from '../../../shared/core/rounds/round-commands';
import type { ConsentCommand } from '../../../shared/core/decisions/consent';
import type { MeetingState } from '../../../shared/core/meeting/meeting-state';
import { T0 } from '../../fakes/events';
import { generateMeeting } from '../../bench/generate';

/**
 * The state as data: the floor's gaps become their values in the order they came (how its
 * chunks are shared is its own business, not the fold's meaning).
 */
function comparable(s: MeetingState): unknown {
  return { ...s, ledger: { ...s.ledger, floor: { ...s.ledger.floor, gaps: s.ledger.floor.gaps.values() } } };
}

const PIDS = ['a', 'b', 'c'];
const rights = { initiator: 'a', deciders: ['b', 'c'], contributors: [], informed: [] };
const step = fc.oneof(
  fc.nat(8_000).map((ms) => ({ advance: ms })),
  // Observed `lag` ms ago: mostly within a second (smoothing), sometimes beyond the horizon.
  fc.tuple(fc.constantFrom(...PIDS), fc.boolean(), fc.oneof(fc.nat(1_500), fc.nat(45_000))).map(([pid, on, lag]) => ({ speech: { pid, on, lag } })),
  fc.constantFrom<RoundCommand>(
    { type: 'start', kind: 'go-around', slotMs: 30_000, strategy: 'quietest-first' },
    { type: 'start', kind: 'discussion', slotMs: 0, queue: 'deficit' },
    { type: 'next' },
    { type: 'pass' },
    { type: 'extend', ms: 15_000 },
    { type: 'end' },
    { type: 'raise', pid: 'b' },
    { type: 'raise', pid: 'c' },
  ).map((cmd) => ({ cmd })),
  fc.constantFrom<ConsentCommand>(
    { type: 'propose', did: 'd1', title: 'X', rights },
    { type: 'start-round', did: 'd1', slotMs: 10_000 },
    { type: 'respond', did: 'd1', pid: 'b', response: 'consent' },
    { type: 'respond', did: 'd1', pid: 'c', response: 'objection', reason: 'no' },
    { type: 'resolve', did: 'd1', pid: 'c', how: 'changed' },
    { type: 'record', did: 'd1', outcome: 'Done' },
  ).map((consent) => ({ consent })),
  fc.constant({ end: true }),
);

describe('core/session: one time-ordered fold', () => {
  it('live state = the fold of the sorted record = restore(sorted record); seq numbers cover the record once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 60 }), fc.constantFrom(2_000, 30_000), async (steps, horizonMs) => {
        const clock = new ManualClock(T0);
        const log: MeetingEvent[] = [];
        const live = new MeetingSession(clock, { append: (e) => void log.push(JSON.parse(JSON.stringify(e)) as MeetingEvent) }, { horizonMs });
        const seen: SessionChange[] = [];
        live.subscribe((c) => void seen.push({ from: c.from, events: [...c.events] }));
        await live.start({ id: 'm', title: 'p', participants: PIDS.map((pid) => ({ pid, name: pid.toUpperCase() })), facilitator: 'a' });
        for (const s of steps) {
          if ('advance' in s) clock.advance(s.advance);
          else if ('speech' in s) await live.recordAt(clock.now() - s.speech.lag, { type: s.speech.on ? 'speech.started' : 'speech.ended', pid: s.speech.pid });
          else if ('cmd' in s) await live.command(s.cmd);
          else if ('consent' in s) await live.consent(s.consent);
          else await live.end();
        }
        const sorted = sortByTime(log);
        assert.deepEqual(comparable(live.state), comparable(foldEvents(sorted, createMeetingState())), 'a reader folding the sorted record sees the live state');
        const restored = MeetingSession.restore({ clock, sink: { append: () => undefined } }, sorted);
        assert.deepEqual(comparable(restored.state), comparable(live.state));
        assert.deepEqual(comparable(MeetingSession.restore({ clock, sink: { append: () => undefined } }, log).state), comparable(live.state), 'restore in stored order too');
        const later = clock.now() + 5_000;
        assert.deepEqual(restored.view(later), live.view(later));
        // Every stored event reached subscribers once, in order, numbered by its place in the record.
        let next = 1;
        for (const c of seen) {
          assert.equal(c.from, next);
          next += c.events.length;
        }
        assert.deepEqual(seen.flatMap((c) => c.events), [...live.events]);
        assert.deepEqual(live.since(3), live.events.slice(3));
      }),
      { numRuns: 250 },
    );
  });

  it('a back-dated end of speech is folded where it happened, not where it arrived', () => {
    const e = (t: number, body: object) => ({ v: 1, t: T0 + t, ...body }) as MeetingEvent;
    const f = TimeOrderedFold.of([
      e(0, { type: 'meeting.started', id: 'm', title: 'T' }),
      e(0, { type: 'participant.joined', pid: 'a', name: 'A' }),
      e(0, { type: 'participant.joined', pid: 'b', name: 'B' }),
      e(1_000, { type: 'speech.started', pid: 'a' }),
      e(10_300, { type: 'speech.started', pid: 'b' }),
      // A's end at 10 s is known only after the detector's hang-over, after B's start.
      e(10_000, { type: 'speech.ended', pid: 'a' }),
    ], { parts: MEETING_PARTS });
    assert.equal(f.state.participants.get('a')!.talkMs, 9_000);
    assert.equal(f.state.ledger.overlapMs, 0, 'no overlap that did not happen');
    assert.equal(f.rebuilds, 1);
  });
});

describe('cloneMeetingState', () => {
  const rid = (n: number) => `r${n}`;
  const round = (n: number, from: number): MeetingEvent[] => [
    { v: 1, t: T0 + from, type: 'round.started', rid: rid(n), kind: 'go-around', order: ['a', 'b'], slotMs: 60_000 },
    { v: 1, t: T0 + from + 1000, type: 'round.turn', rid: rid(n), pid: 'a' },
    ...speakAt('b', from + 2000, from + 4000),
  ];
  const speakAt = (pid: string, a: number, b: number): MeetingEvent[] => [
    { v: 1, t: T0 + a, type: 'speech.started', pid },
    { v: 1, t: T0 + b, type: 'speech.ended', pid },
  ];
  const base: MeetingEvent[] = [
    { v: 1, t: T0, type: 'meeting.started', id: 'm', title: 'Clone' },
    { v: 1, t: T0, type: 'participant.joined', pid: 'a', name: 'A' },
    { v: 1, t: T0, type: 'participant.joined', pid: 'b', name: 'B' },
    ...round(1, 1000),
    { v: 1, t: T0 + 9000, type: 'round.ended', rid: rid(1) },
    ...round(2, 10_000),
  ];
  const later: MeetingEvent[] = [
    { v: 1, t: T0 + 20_000, type: 'round.turn', rid: rid(2), pid: 'b' },
    ...speakAt('a', 21_000, 23_000),
    { v: 1, t: T0 + 25_000, type: 'round.ended', rid: rid(2) },
    ...round(3, 26_000),
  ];

  it('shares ended rounds, copies the running one; folding on the copy leaves the original as it was', () => {
    const original = foldEvents(base);
    const copy = cloneMeetingState(original, MEETING_PARTS);
    assert.equal(copy.rounds[0], original.rounds[0], 'the ended round is shared');
    assert.notEqual(copy.rounds[1], original.rounds[1], 'the running round is copied');
    assert.equal(copy.activeRound, copy.rounds[1], 'the active round is the copy in the list');
    assert.equal(copy.roundsById.get(rid(2)), copy.rounds[1]);
    foldEvents(later, copy);
    assert.deepEqual(comparable(copy), comparable(foldEvents([...base, ...later])));
    assert.deepEqual(comparable(original), comparable(foldEvents(base)), 'the original did not move');
  });
});

describe('cloneMeetingState on long generated meetings', () => {
  /**
   * The bench's generated meeting (24 people, rounds, hands, leaves) with a decision item every
   * 300 events that gets objections, responses, a consent round and resolutions spread over the
   * next events: thousands of gaps (many chunks of the running median), talk marks and items
   * that change after they were shared.
   */
  function meeting(n: number, seed: number): MeetingEvent[] {
    const out: MeetingEvent[] = [];
    const base = generateMeeting(n, seed);
    const later = new Map<number, MeetingEvent[]>();
    const at = (i: number, e: EventBody) => later.set(i, [...(later.get(i) ?? []), { ...e, v: 1, t: 0 } as MeetingEvent]);
    for (let i = 30; i < base.length - 1; i += 300) {
      const did = `x${i}`;
      const r = { initiator: 'p1', deciders: ['p2', 'p3'], contributors: [], informed: [] };
      at(i, { type: 'decision.proposed', did, title: did, rights: r });
      at(i + 40, { type: 'consent.response', did, pid: 'p2', response: 'objection', reason: 'no' });
      at(i + 80, { type: 'consent.response', did, pid: 'p3', response: 'consent' });
      at(i + 120, { type: 'consent.response', did, pid: 'p2', response: 'objection', reason: 'still no' });
      at(i + 160, { type: 'objection.resolved', did, pid: 'p2', how: 'amended' });
      if (i % 600 === 30) at(i + 200, { type: 'decision.recorded', did, title: did, outcome: 'consent', rights: r });
      at(i + 240, { type: 'round.started', rid: `c${i}`, kind: 'consent', order: ['p2', 'p3'], slotMs: 10_000, did });
    }
    base.forEach((e, i) => {
      out.push(e);
      for (const x of later.get(i) ?? []) out.push({ ...x, v: 1, t: e.t });
    });
    return out;
  }

  it('a copy folds on to the fold of everything, and the original it was copied from folds on unchanged by it', () => {
    for (const seed of [1, 2, 3]) {
      const events = meeting(6_000, seed);
      for (const cut of [500, 2_000, 3_333, 5_000]) {
        const original = foldEvents(events.slice(0, cut));
        const copy = cloneMeetingState(original, MEETING_PARTS);
        const again = cloneMeetingState(copy, MEETING_PARTS);
        foldEvents(events.slice(cut), copy);
        foldEvents(events.slice(cut, cut + 700), original);
        foldEvents(events.slice(cut, cut + 300), again);
        assert.deepEqual(comparable(copy), comparable(foldEvents(events)), `copy, seed ${seed} cut ${cut}`);
        assert.deepEqual(comparable(original), comparable(foldEvents(events.slice(0, cut + 700))), `original, seed ${seed} cut ${cut}`);
        assert.deepEqual(comparable(again), comparable(foldEvents(events.slice(0, cut + 300))), `copy of the copy, seed ${seed} cut ${cut}`);
      }
    }
  });

  it('a time-ordered fold fed detector-late speech equals the fold of the sorted record', () => {
    const events = meeting(8_000, 4);
    const late = (e: MeetingEvent) => (e.type === 'speech.ended' ? 1_000 : e.type === 'speech.started' ? 250 : 0);
    const arrivals = events.map((e, i) => ({ e, at: e.t + late(e), i })).sort((a, b) => a.at - b.at || a.i - b.i);
    const f = TimeOrderedFold.of(arrivals.map((a) => a.e), { parts: MEETING_PARTS });
    assert.ok(f.rebuilds > 1_000, `${f.rebuilds} rebuilds`);
    assert.deepEqual(comparable(f.state), comparable(foldEvents(sortByTime(f.events))));
  });
});
