/**
 * Floor dynamics (design.md "Floor dynamics"): table-driven cases with the figures worked out
 * by hand, the worked example of design.md, and properties against referenceFloor (a literal,
 * whole-list reading of the definitions that shares no code with the incremental tracker).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { EventBody, MeetingEvent } from '../../../shared/core/record/events';
import { createMeetingState } from '../../../shared/core/meeting/meeting-state';
import { applyEvent, foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { floorOf } from '../../../shared/core/talk/floor';
import { floorAt } from '../../../shared/core/talk/floor-view';
import { GapList, medianOf } from '../../../shared/core/talk/gap-list';
import { at, byTime, meeting, speak, T0 } from '../../fakes/events';
import { meetingArbitrary } from './meeting-arbitrary';
import { referenceFloor } from './reference-model';

const end = (ms: number) => at(ms, { type: 'meeting.ended' });
const S = 1000;

/** The figures design.md's worked example gives. */
const WORKED = byTime(meeting(['a', 'b', 'c', 'd'], [...speak('a', 0, 10 * S), ...speak('b', 3 * S, 3.5 * S), ...speak('c', 9 * S, 20 * S), ...speak('a', 20.5 * S, 30 * S), ...speak('b', 25 * S, 26.5 * S), ...speak('d', 31 * S, 40 * S), end(60 * S)]));

interface Case {
  name: string;
  events: MeetingEvent[];
  now?: number;
  backchannelMs?: number;
  minGapMs?: number;
  changes: number;
  switchesPerMin: number;
  medianGapMs: number | null;
  transitions: string[];
  interruptions: string[];
  /** pid: longest/backchannels/made/received */
  people: Record<string, string>;
}

const CASES: Case[] = [
  {
    name: "design.md's worked example",
    events: WORKED,
    changes: 4,
    switchesPerMin: 4,
    medianGapMs: -250,
    transitions: ['a>b 1', 'a>c 1', 'b>d 1', 'c>a 1'],
    interruptions: ['c>a 1'],
    people: { a: '10000/0/0/1', b: '1500/1/0/0', c: '11000/0/1/0', d: '9000/0/0/0' },
  },
  {
    name: 'nobody speaks: no change, no median, no switches',
    events: meeting(['a', 'b'], [end(60 * S)]),
    changes: 0,
    switchesPerMin: 0,
    medianGapMs: null,
    transitions: [],
    interruptions: [],
    people: { a: '0/0/0/0', b: '0/0/0/0' },
  },
  {
    name: 'a turn exactly backchannelMs long takes the floor; one just shorter does not',
    events: byTime(meeting(['a', 'b', 'c'], [...speak('a', 0, 20 * S), ...speak('b', 5 * S, 6 * S), ...speak('c', 10 * S, 10.999 * S), end(30 * S)])),
    changes: 1,
    switchesPerMin: 2,
    medianGapMs: -15000,
    transitions: ['a>b 1'],
    interruptions: [],
    people: { a: '20000/0/0/0', b: '1000/0/0/0', c: '999/1/0/0' },
  },
  {
    name: 'an equal start still lies inside; a turn joined across a short pause holds a backchannel',
    events: byTime(meeting(['a', 'b', 'c'], [...speak('a', 0, 4 * S), ...speak('a', 5 * S, 9 * S), ...speak('b', 3.5 * S, 5.5 * S), ...speak('c', 0, 0.5 * S), end(10 * S)])),
    changes: 1,
    switchesPerMin: 6,
    medianGapMs: -5500,
    transitions: ['a>b 1'],
    interruptions: [],
    people: { a: '9000/0/0/0', b: '2000/0/0/0', c: '500/1/0/0' },
  },
  {
    name: 'a pause of minGapMs or more splits a turn; the same person twice in a row is no change',
    events: byTime(meeting(['a', 'b'], [...speak('a', 0, 2 * S), ...speak('a', 3.5 * S, 4 * S), ...speak('b', 4 * S, 6 * S), end(60 * S)])),
    changes: 1,
    switchesPerMin: 1,
    medianGapMs: 0,
    transitions: ['a>b 1'],
    interruptions: [],
    people: { a: '2000/0/0/0', b: '2000/0/0/0' },
  },
  {
    name: 'same start: the shorter turn comes first, then by pid; overlap that outlasts is an interruption',
    events: byTime(meeting(['a', 'b', 'c'], [...speak('b', 0, 3 * S), ...speak('a', 0, 3 * S), ...speak('c', 2 * S, 5 * S), end(60 * S)])),
    changes: 2,
    switchesPerMin: 2,
    medianGapMs: -2000,
    transitions: ['a>b 1', 'b>c 1'],
    interruptions: ['c>b 1'],
    people: { a: '3000/0/0/0', b: '3000/0/0/1', c: '3000/0/1/0' },
  },
  {
    name: 'backchannel 0: every turn takes the floor (B at 3 s now stands between A and C, so C no longer interrupts A)',
    events: WORKED,
    backchannelMs: 0,
    changes: 5,
    switchesPerMin: 5,
    medianGapMs: 500,
    transitions: ['a>b 2', 'b>c 1', 'b>d 1', 'c>a 1'],
    interruptions: [],
    people: { a: '10000/0/0/0', b: '1500/0/0/0', c: '11000/0/0/0', d: '9000/0/0/0' },
  },
  {
    name: 'live: an open turn ends at now, so a short reply inside it is a backchannel',
    events: byTime(meeting(['a', 'b'], [at(0, { type: 'speech.started', pid: 'a' }), ...speak('b', 5 * S, 5.5 * S)])),
    now: T0 + 12 * S,
    changes: 0,
    switchesPerMin: 0,
    medianGapMs: null,
    transitions: [],
    interruptions: [],
    people: { a: '12000/0/0/0', b: '500/1/0/0' },
  },
  {
    name: 'live: someone who interrupts and is still talking at now has interrupted',
    events: byTime(meeting(['a', 'b'], [...speak('a', 0, 10 * S), at(8 * S, { type: 'speech.started', pid: 'b' })])),
    now: T0 + 30 * S,
    changes: 1,
    switchesPerMin: 2,
    medianGapMs: -2000,
    transitions: ['a>b 1'],
    interruptions: ['b>a 1'],
    people: { a: '10000/0/0/1', b: '22000/0/1/0' },
  },
];

describe('floor dynamics (design.md definitions)', () => {
  for (const c of CASES)
    it(c.name, () => {
      const s = foldEvents(c.events, createMeetingState({ backchannelMs: c.backchannelMs, minGapMs: c.minGapMs }));
      const snap = floorAt(s, c.now ?? 0);
      const f = snap.floor;
      assert.deepEqual(
        { changes: f.changes, switchesPerMin: f.switchesPerMin, medianGapMs: f.medianGapMs },
        { changes: c.changes, switchesPerMin: c.switchesPerMin, medianGapMs: c.medianGapMs },
      );
      assert.deepEqual(f.transitions.map((x) => `${x.from}>${x.to} ${x.count}`).sort(), c.transitions);
      assert.deepEqual(f.interruptions.map((x) => `${x.by}>${x.of} ${x.count}`).sort(), c.interruptions);
      for (const [pid, want] of Object.entries(c.people)) {
        const p = floorOf(snap, pid);
        assert.equal(`${p.longestTurnMs}/${p.backchannels}/${p.interruptionsMade}/${p.interruptionsReceived}`, want, pid);
      }
      const r = referenceFloor(c.events, c.now ?? 0, c.minGapMs ?? 1500, c.backchannelMs ?? 1000);
      assert.equal(r.changes, c.changes, 'the reference agrees with the table');
      assert.equal(r.medianGapMs, c.medianGapMs, 'the reference agrees with the table');
    });

  it('lists transitions and interruptions in roster order', () => {
    const f = floorAt(foldEvents(WORKED), 0).floor;
    assert.deepEqual(f.transitions.map((x) => x.from + x.to), ['ab', 'ac', 'bd', 'ca']);
  });

  it('a live query leaves the fold untouched', () => {
    const s = createMeetingState();
    for (const e of WORKED) {
      applyEvent(s, e);
      floorAt(s, e.t + 700);
    }
    assert.deepEqual(floorAt(s, 0), floorAt(foldEvents(WORKED), 0));
  });
});

describe('GapList and medianOf', () => {
  const sortedMedian = (m: number[]) => {
    const sorted = m.slice().sort((p, q) => p - q);
    const h = sorted.length >> 1;
    return sorted.length === 0 ? null : sorted.length % 2 ? sorted[h]! : (sorted[h - 1]! + sorted[h]!) / 2;
  };

  it('keeps what was pushed in order, across chunks; medianOf is the median of a sort; a clone goes its own way', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 2600 }), fc.nat(2600), (xs, cut) => {
        const gaps = new GapList();
        const model: number[] = [];
        let copy: { gaps: GapList; model: number[] } | null = null;
        xs.forEach((x, i) => {
          if (i === cut) copy = { gaps: gaps.clone(), model: model.slice() };
          gaps.push(x);
          model.push(x);
        });
        assert.equal(gaps.size, model.length);
        assert.deepEqual(gaps.values(), model);
        assert.equal(medianOf(gaps.values()), sortedMedian(model));
        for (let n = 0; n < Math.min(model.length, 40); n++) assert.equal(medianOf(model.slice(0, n)), sortedMedian(model.slice(0, n)));
        if (copy) {
          const c = copy as { gaps: GapList; model: number[] };
          assert.deepEqual(c.gaps.values(), c.model);
          c.gaps.push(7);
          assert.deepEqual(c.gaps.values(), [...c.model, 7]);
          assert.deepEqual(gaps.values(), model, 'the original is untouched');
        }
      }),
      { numRuns: 100 },
    );
  });
});

// Generated meetings: speech-heavy, with times on a grid near the thresholds so ties, exact
// minGapMs pauses and exact backchannelMs turns happen often.
const PIDS = ['a', 'b', 'c', 'd'];
const pid = fc.constantFrom(...PIDS);
const step = fc.oneof(fc.constantFrom(0, 0, 250, 500, 999, 1000, 1001, 1499, 1500, 1501, 3000), fc.nat(8000));
const body: fc.Arbitrary<EventBody> = fc.oneof(
  { weight: 8, arbitrary: pid.map((p) => ({ type: 'speech.started' as const, pid: p })) },
  { weight: 8, arbitrary: pid.map((p) => ({ type: 'speech.ended' as const, pid: p })) },
  { weight: 1, arbitrary: pid.map((p) => ({ type: 'participant.joined' as const, pid: p, name: p })) },
  { weight: 1, arbitrary: pid.map((p) => ({ type: 'participant.left' as const, pid: p })) },
);
const meetingArb = meetingArbitrary(body, step, step, 80);
const options = fc.record({ minGapMs: fc.constantFrom(0, 500, 1500, 4000), backchannelMs: fc.constantFrom(0, 1000, 2500) });

function agree(events: MeetingEvent[], now: number, o: { minGapMs: number; backchannelMs: number }, s = foldEvents(events, createMeetingState(o))) {
  const snap = floorAt(s, now);
  const r = referenceFloor(events, now, o.minGapMs, o.backchannelMs);
  const f = snap.floor;
  assert.equal(f.changes, r.changes);
  assert.equal(f.medianGapMs, r.medianGapMs);
  assert.ok(Math.abs(f.switchesPerMin - r.switchesPerMin) < 1e-9);
  assert.deepEqual(new Map(f.transitions.map((x) => [`${x.from}>${x.to}`, x.count])), r.transitions);
  assert.deepEqual(new Map(f.interruptions.map((x) => [`${x.by}>${x.of}`, x.count])), r.interruptions);
  for (const [p, want] of r.people) assert.deepEqual(floorOf(snap, p), want, p);
  return snap;
}

describe('floor dynamics properties', function () {
  this.timeout(120_000);

  it('agree with the reference reading of design.md on generated records, ended or live', () => {
    fc.assert(fc.property(meetingArb, options, ({ events, now }, o) => void agree(events, now, o)), { numRuns: 600 });
  });

  it('agree with the reference after every event of a live meeting (the incremental path)', () => {
    fc.assert(
      fc.property(meetingArb, options, fc.nat(3000), ({ events }, o, later) => {
        const s = createMeetingState(o);
        events.forEach((e, i) => {
          applyEvent(s, e);
          agree(events.slice(0, i + 1), e.t + later, o, s);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('interruptions made = interruptions received; changes = the sum of transitions', () => {
    fc.assert(
      fc.property(meetingArb, options, ({ events, now }, o) => {
        const snap = floorAt(foldEvents(events, createMeetingState(o)), now);
        const people = [...snap.people.values()];
        const made = people.reduce((n, p) => n + p.interruptionsMade, 0);
        const received = people.reduce((n, p) => n + p.interruptionsReceived, 0);
        assert.equal(made, received);
        assert.equal(made, snap.floor.interruptions.reduce((n, x) => n + x.count, 0));
        assert.equal(snap.floor.changes, snap.floor.transitions.reduce((n, x) => n + x.count, 0));
        assert.ok(snap.floor.transitions.every((x) => x.from !== x.to && x.count > 0));
      }),
      { numRuns: 400 },
    );
  });
});

describe('floor dynamics on a long generated meeting', () => {
  it('agree with the reference at the end and at instants while live (old turns pruned, gap blocks split)', async () => {
    const { generateMeeting } = await import('../../bench/generate');
    const events = generateMeeting(6000, 7);
    const o = { minGapMs: 1500, backchannelMs: 1000 };
    const s = createMeetingState(o);
    let checked = 0;
    events.forEach((e, i) => {
      applyEvent(s, e);
      if (i % 1500 === 1499) checked += agree(events.slice(0, i + 1), e.t + 400, o, s).floor.changes > 0 ? 1 : 0;
    });
    const last = agree(events, 0, o, s);
    assert.ok(last.floor.changes > 600 && checked === 4, `${last.floor.changes} changes`);
  });
});
