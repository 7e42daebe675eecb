/**
 * Property tests over random event sequences (fast-check). The reference model at the bottom
 * recomputes talk, union, overlap and turns from explicit interval lists (a sweep), a
 * different algorithm from the fold's running counters.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { EventBody, MeetingEvent } from '../../../shared/core/record/events';
import { createMeetingState } from '../../../shared/core/meeting/meeting-state';
import { applyEvent, foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { computeMetrics } from '../../../shared/core/talk/metrics';
import { checkEvent, serializeRecord } from '../../../shared/core/record/record';
import { report } from '../../../shared/core/summary/report';
import { decideRound, type RoundCommand } from '../../../shared/core/rounds/round-commands';
import { activeRoundView } from '../../../shared/core/rounds/round-view';
import { summarize } from '../../../shared/core/summary/summary';
import { T0 } from '../../fakes/events';
import { meetingArbitrary } from './meeting-arbitrary';
import { reference } from './reference-model';

const PIDS = ['a', 'b', 'c', 'd'];
const pid = fc.constantFrom(...PIDS);
const rid = fc.constantFrom('r1', 'r2');

const body: fc.Arbitrary<EventBody> = fc.oneof(
  { weight: 6, arbitrary: pid.map((p) => ({ type: 'speech.started' as const, pid: p })) },
  { weight: 6, arbitrary: pid.map((p) => ({ type: 'speech.ended' as const, pid: p })) },
  { weight: 2, arbitrary: fc.tuple(pid, fc.string()).map(([p, name]) => ({ type: 'participant.joined' as const, pid: p, name })) },
  { weight: 1, arbitrary: pid.map((p) => ({ type: 'participant.left' as const, pid: p })) },
  { weight: 1, arbitrary: pid.map((p) => ({ type: 'hand.raised' as const, pid: p })) },
  { weight: 1, arbitrary: pid.map((p) => ({ type: 'hand.lowered' as const, pid: p })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(rid, fc.constantFrom('go-around' as const, 'discussion' as const, 'silent' as const), fc.subarray(PIDS), fc.nat(120_000), fc.constantFrom('turn' as const, 'round' as const))
      .map(([r, kind, order, slotMs, box]) => ({ type: 'round.started' as const, rid: r, kind, order, slotMs, box })),
  },
  { weight: 2, arbitrary: fc.tuple(rid, pid).map(([r, p]) => ({ type: 'round.turn' as const, rid: r, pid: p })) },
  { weight: 1, arbitrary: fc.tuple(rid, fc.constantFrom('round.passed' as const, 'round.paused' as const, 'round.resumed' as const, 'round.ended' as const)).map(([r, type]) => ({ type, rid: r })) },
  { weight: 1, arbitrary: fc.tuple(rid, fc.integer({ min: 1, max: 60_000 })).map(([r, ms]) => ({ type: 'round.extended' as const, rid: r, ms })) },
);

/** A meeting: optional meeting.started first, random events at non-decreasing times, optional end. */
const meetingArb = meetingArbitrary(body, fc.nat(5_000), fc.nat(10_000), 60);

describe('core properties', function () {
  this.timeout(60_000);

  it('generated events are valid v1 events', () => {
    fc.assert(fc.property(meetingArb, ({ events }) => events.every((e) => checkEvent(e).ok)));
  });

  it('no negative durations; silence + speaking = window; shares sum to 1 or 0', () => {
    fc.assert(
      fc.property(meetingArb, fc.nat(20_000), ({ events, now }, later) => {
        const s = foldEvents(events);
        const m = computeMetrics(s, now + later);
        assert.ok(m.windowMs >= 0 && m.speakingMs >= 0 && m.silenceMs >= 0 && m.overlapMs >= 0);
        assert.ok(m.speakingMs <= m.windowMs, 'speaking fits in the window');
        assert.equal(m.silenceMs + m.speakingMs, m.windowMs);
        assert.ok(m.overlapMs <= m.speakingMs);
        for (const p of m.participants) assert.ok(p.talkMs >= 0 && p.presenceMs >= 0 && p.turns >= 0 && p.share >= 0 && p.fairShare >= 0, JSON.stringify(p));
        const shares = m.participants.reduce((a, p) => a + p.share, 0);
        assert.ok(m.totalTalkMs > 0 ? Math.abs(shares - 1) < 1e-9 : shares === 0, `shares sum to ${shares}`);
        const fair = m.participants.reduce((a, p) => a + p.fairShare, 0);
        assert.ok(fair === 0 || Math.abs(fair - 1) < 1e-9, `fair shares sum to ${fair}`);
        assert.ok(m.gini >= 0 && m.gini < 1 && m.balance >= 0 && m.balance <= 100);
        for (const r of summarize(s, now + later).rounds) for (const t of r.turns) assert.ok(t.elapsedMs >= 0 && t.spokeMs >= 0 && t.usedMs >= 0 && t.overranMs >= 0);
      }),
      { numRuns: 400 },
    );
  });

  it('the fold agrees with an interval-list reference model', () => {
    fc.assert(
      fc.property(meetingArb, fc.integer({ min: 0, max: 4_000 }), ({ events, now }, minGapMs) => {
        const m = computeMetrics(foldEvents(events, createMeetingState({ minGapMs })), now);
        const ref = reference(events, now, minGapMs);
        assert.equal(m.speakingMs, ref.union);
        assert.equal(m.overlapMs, ref.overlap);
        for (const p of m.participants) {
          assert.equal(p.talkMs, ref.talk.get(p.pid) ?? 0, `talk of ${p.pid}`);
          assert.equal(p.turns, ref.turns.get(p.pid) ?? 0, `turns of ${p.pid}`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('folding in one pass equals folding in any split', () => {
    fc.assert(
      fc.property(meetingArb, fc.nat(), ({ events, now }, k) => {
        const cut = events.length ? k % (events.length + 1) : 0;
        const whole = foldEvents(events);
        const split = foldEvents(events.slice(cut), foldEvents(events.slice(0, cut)));
        assert.deepEqual(summarize(split, now), summarize(whole, now));
        assert.deepEqual(activeRoundView(split, now), activeRoundView(whole, now));
      }),
      { numRuns: 300 },
    );
  });

  it('sorted and shuffled records give the same report', () => {
    fc.assert(
      fc.property(
        meetingArb.map(({ events }) => events.map((e, i) => ({ ...e, t: T0 + i * 7 + (e.t - T0) * 11 }))),
        fc.nat(),
        (events, seed) => {
          const shuffled = fc.sample(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), { numRuns: 1, seed })[0]!;
          const a = report(serializeRecord(events), { format: 'json' });
          const b = report(serializeRecord(shuffled), { format: 'json' });
          assert.deepEqual(b, a);
        },
      ),
      { numRuns: 300 },
    );
  });

  const command: fc.Arbitrary<RoundCommand> = fc.oneof(
    fc
      .record({
        kind: fc.constantFrom('go-around' as const, 'check-in' as const, 'consent' as const, 'discussion' as const, 'silent' as const),
        slotMs: fc.oneof(fc.constant(0), fc.integer({ min: 1_000, max: 90_000 }), fc.constant(-1), fc.constant(Number.NaN)),
        strategy: fc.constantFrom('as-entered' as const, 'shuffle' as const, 'rotate' as const, 'quietest-first' as const),
        box: fc.constantFrom('turn' as const, 'round' as const),
        queue: fc.constantFrom('fifo' as const, 'deficit' as const),
        participants: fc.option(fc.subarray([...PIDS, 'zz']), { nil: undefined }),
        seed: fc.nat(),
      })
      .map((c) => ({ type: 'start' as const, ...c })),
    fc.constantFrom<RoundCommand>({ type: 'next' }, { type: 'pass' }, { type: 'skip' }, { type: 'pause' }, { type: 'resume' }, { type: 'end' }),
    fc.oneof(fc.integer({ min: -5, max: 60_000 }), fc.constant(Infinity)).map((ms): RoundCommand => ({ type: 'extend', ms })),
    fc.constantFrom(...PIDS, 'zz').map((p): RoundCommand => ({ type: 'turn', pid: p })),
    fc.constantFrom(...PIDS, 'zz').map((p): RoundCommand => ({ type: 'raise', pid: p })),
    fc.constantFrom(...PIDS, 'zz').map((p): RoundCommand => ({ type: 'lower', pid: p })),
  );
  const step = fc.oneof(
    { weight: 4, arbitrary: command.map((c) => ({ c })) },
    { weight: 2, arbitrary: fc.tuple(fc.nat(30_000), fc.constantFrom(...PIDS), fc.boolean()).map(([dt, p, on]) => ({ dt, p, on })) },
  );

  it('the round machine never reaches an invalid state, and refusals change nothing', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const s = createMeetingState();
        let t = T0;
        const push = (b: EventBody) => applyEvent(s, { ...b, v: 1, t } as MeetingEvent);
        push({ type: 'meeting.started', id: 'm', title: 'x' });
        for (const p of PIDS) push({ type: 'participant.joined', pid: p, name: p });
        for (const st of steps) {
          if ('c' in st) {
            const before = s.eventCount;
            const r = decideRound(s, st.c, t);
            assert.equal(s.eventCount, before, 'deciding does not touch the state');
            if (r.ok) {
              assert.ok(r.events.length > 0);
              for (const b of r.events) {
                assert.ok(checkEvent({ ...b, v: 1, t }).ok, `emits valid events: ${JSON.stringify(b)}`);
                const ignored = s.ignored;
                push(b);
                assert.equal(s.ignored, ignored, `the fold accepts what the machine emits: ${JSON.stringify(b)}`);
              }
            } else assert.equal(typeof r.error.message, 'string');
          } else {
            t += st.dt;
            push({ type: st.on ? 'speech.started' : 'speech.ended', pid: st.p });
          }
          invariants(s, t);
        }
      }),
      { numRuns: 300 },
    );
  });
});

function invariants(s: ReturnType<typeof createMeetingState>, now: number): void {
  const open = s.rounds.filter((r) => r.status !== 'ended');
  assert.ok(open.length <= 1, 'at most one round open');
  if (open.length) assert.equal(s.activeRound, open[0]);
  else assert.equal(s.activeRound, null);
  for (const r of s.rounds) {
    assert.equal(r.status === 'paused', r.pausedAt !== null, 'paused exactly when a pause is open');
    assert.equal(r.status === 'ended', r.endedAt !== null);
    if (r.status === 'ended') assert.equal(r.current, null);
    if (r.kind === 'silent') assert.equal(r.turns.length, 0);
    if (r.current) {
      assert.equal(r.turns[r.turns.length - 1], r.current);
      if (r.kind !== 'discussion') assert.ok(r.order.includes(r.current.pid));
    }
    r.turns.forEach((x, i) => {
      if (i < r.turns.length - 1 || !r.current) assert.ok(x.endedAt !== null && x.endedAt >= x.startedAt);
      assert.ok(x.pausedMs >= 0 && x.extendedMs >= 0 && x.spokeMs >= 0);
    });
  }
  const v = activeRoundView(s, now);
  if (v) {
    assert.ok(v.remainingMs === null || Number.isFinite(v.remainingMs));
    assert.ok(v.overtimeMs >= 0);
    if (v.allottedMs !== null) assert.ok(v.remainingMs !== null && v.remainingMs <= v.allottedMs);
    for (const [pid, h] of s.hands) assert.equal(h.pid, pid, 'a hand is raised once, under its own pid');
  }
}
