import { strict as assert } from 'node:assert';
import { ManualClock } from '../../../shared/core/meeting/clock';
import type { MeetingEvent } from '../../../shared/core/record/events';
import { MeetingSession } from '../../../shared/core/meeting/session';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { checkEvent } from '../../../shared/core/record/record';
import { decideRound } from '../../../shared/core/rounds/round-commands';
import { floorDeadline } from '../../../shared/core/hands/hands-follow-floor';
import { FloorWatch, type Timers } from '../../../shared/core/hands/floor-watch';
import { at, meeting, T0 } from '../../fakes/events';

/** A session with Ana, Bo and Cy present, every stored event kept. */
async function started(): Promise<{ s: MeetingSession; clock: ManualClock; log: MeetingEvent[] }> {
  const clock = new ManualClock(T0);
  const log: MeetingEvent[] = [];
  const s = new MeetingSession(clock, { append: (e) => void log.push(e) });
  await s.start({ id: 'm', title: 'Hands', participants: ['Ana', 'Bo', 'Cy'] });
  return { s, clock, log };
}
const lowered = (log: MeetingEvent[]) => log.filter((e) => e.type === 'hand.lowered').map((e) => [e.pid, (e as { reason?: string }).reason, e.t - T0]);

describe('core/hands follow the floor (issue 11)', () => {
  it('a hand lowers itself, with reason floor, when its owner takes a free floor', async () => {
    const { s, clock, log } = await started();
    await s.command({ type: 'raise', pid: 'p2' });
    clock.advance(4_000);
    const r = await s.recordAt(T0 + 4_000, { type: 'speech.started', pid: 'p2' });
    assert.ok(r.ok);
    assert.deepEqual(r.events.map((e) => e.type), ['speech.started', 'hand.lowered'], 'one operation: the speech, then the hand');
    assert.deepEqual(lowered(log), [['p2', 'floor', 4_000]]);
    assert.equal(s.state.hands.size, 0);
    assert.deepEqual(s.state.loweredHands, [{ pid: 'p2', raisedAt: T0, loweredAt: T0 + 4_000, why: 'floor' }]);
  });

  it('a backchannel over someone else keeps the hand up; speaking past backchannelMs, or alone, takes the floor', async () => {
    const { s, log } = await started();
    await s.command({ type: 'raise', pid: 'p2' });
    await s.recordAt(T0 + 1_000, { type: 'speech.started', pid: 'p1' });
    await s.recordAt(T0 + 2_000, { type: 'speech.started', pid: 'p2' }); // "mm-hm" while Ana speaks
    await s.recordAt(T0 + 2_600, { type: 'speech.ended', pid: 'p2' });
    assert.deepEqual(lowered(log), [], 'a short overlap is no floor');
    await s.recordAt(T0 + 5_000, { type: 'speech.started', pid: 'p2' }); // Bo starts over Ana
    await s.recordAt(T0 + 5_500, { type: 'speech.started', pid: 'p3' });
    assert.deepEqual(lowered(log), [], 'half a second over Ana is not yet the floor');
    await s.recordAt(T0 + 6_200, { type: 'speech.ended', pid: 'p3' });
    assert.deepEqual(lowered(log), [['p2', 'floor', 6_200]], 'at the next speech event Bo has spoken 1.2 s: the floor is his');
  });

  it('the floor passing to the owner when the others stop lowers the hand at that moment', async () => {
    const { s, log } = await started();
    await s.command({ type: 'raise', pid: 'p3' });
    await s.recordAt(T0 + 1_000, { type: 'speech.started', pid: 'p1' });
    await s.recordAt(T0 + 3_000, { type: 'speech.started', pid: 'p3' });
    await s.recordAt(T0 + 3_400, { type: 'speech.ended', pid: 'p1' });
    assert.deepEqual(lowered(log), [['p3', 'floor', 3_400]]);
  });

  it('a speech mark by hand (markSpeaking) takes the floor too', async () => {
    const { s, log } = await started();
    await s.command({ type: 'raise', pid: 'p1' });
    const r = await s.markSpeaking('p1');
    assert.deepEqual(r.events.map((e) => e.type), ['speech.started', 'hand.lowered']);
    assert.deepEqual(lowered(log), [['p1', 'floor', 0]]);
  });

  it('the per-meeting switch turns it off (and on again), and is in the record', async () => {
    const { s, log } = await started();
    assert.equal(s.state.handsFollowFloor, true, 'on by default');
    assert.ok((await s.command({ type: 'hands-follow', on: false })).ok);
    const again = await s.command({ type: 'hands-follow', on: false });
    assert.equal(again.ok, false);
    if (!again.ok) assert.equal(again.error.code, 'already-set');
    await s.command({ type: 'raise', pid: 'p1' });
    await s.recordAt(T0 + 1_000, { type: 'speech.started', pid: 'p1' });
    assert.deepEqual(lowered(log), []);
    assert.equal(s.state.hands.size, 1);
    await s.command({ type: 'hands-follow', on: true });
    await s.recordAt(T0 + 2_000, { type: 'speech.ended', pid: 'p1' });
    await s.recordAt(T0 + 2_500, { type: 'speech.started', pid: 'p1' });
    assert.deepEqual(lowered(log), [['p1', 'floor', 2_500]]);
    const restored = MeetingSession.restore({ clock: s.clock, sink: { append: () => undefined } }, log);
    assert.equal(restored.state.handsFollowFloor, true);
    assert.equal(foldEvents(log.slice(0, log.findIndex((e) => e.type === 'hands.follow') + 1)).handsFollowFloor, false);
  });

  it('Lower all hands lowers each with reason all; with none raised it is refused', async () => {
    const { s, log } = await started();
    const none = await s.command({ type: 'lower-all' });
    assert.equal(none.ok, false);
    if (!none.ok) assert.equal(none.error.code, 'no-hands');
    await s.command({ type: 'raise', pid: 'p3' });
    await s.command({ type: 'raise', pid: 'p1' });
    await s.command({ type: 'lower-all' });
    assert.deepEqual(lowered(log), [['p3', 'all', 0], ['p1', 'all', 0]]);
    assert.deepEqual(s.state.loweredHands.map((h) => h.why), ['all', 'all']);
  });

  it('lowered by hand says manual; skipped at the head of a discussion says skipped; turns, leaving and the end are kept in the fold', async () => {
    const { s, log } = await started();
    await s.command({ type: 'raise', pid: 'p1' });
    await s.command({ type: 'lower', pid: 'p1' });
    await s.command({ type: 'start', kind: 'discussion', slotMs: 0 });
    await s.command({ type: 'raise', pid: 'p2' });
    await s.command({ type: 'skip' });
    await s.command({ type: 'raise', pid: 'p3' });
    await s.command({ type: 'next' });
    await s.command({ type: 'raise', pid: 'p1' });
    await s.removeParticipant('p1');
    await s.command({ type: 'raise', pid: 'p2' });
    await s.end();
    assert.deepEqual(lowered(log).map((l) => l.slice(0, 2)), [['p1', 'manual'], ['p2', 'skipped']]);
    assert.deepEqual(s.state.loweredHands.map((h) => [h.pid, h.why]), [['p1', 'manual'], ['p2', 'skipped'], ['p3', 'turn'], ['p1', 'left'], ['p2', 'ended']]);
  });

  it('an old record (hand.lowered without a reason) reads as before: lowered by a command', () => {
    const s = foldEvents(meeting(['a', 'b'], [at(1_000, { type: 'hand.raised', pid: 'a' }), at(3_000, { type: 'hand.lowered', pid: 'a' })]));
    assert.deepEqual(s.loweredHands, [{ pid: 'a', raisedAt: T0 + 1_000, loweredAt: T0 + 3_000, why: 'manual' }]);
    assert.equal(s.ignored, 0);
  });

  it('the fold itself never lowers a hand on speech (a record without the events keeps its meaning)', () => {
    const s = foldEvents(meeting(['a', 'b'], [at(1_000, { type: 'hand.raised', pid: 'a' }), at(2_000, { type: 'speech.started', pid: 'a' })]));
    assert.deepEqual([...s.hands.keys()], ['a']);
  });

  it('the validator takes the reasons and the switch, and refuses what is not', () => {
    assert.ok(checkEvent(at(0, { type: 'hand.lowered', pid: 'a', reason: 'floor' })).ok);
    assert.ok(checkEvent(at(0, { type: 'hands.follow', on: false })).ok);
    const bad = checkEvent({ v: 1, t: T0, type: 'hand.lowered', pid: 'a', reason: 'bored' });
    assert.ok(!bad.ok && 'problem' in bad && bad.problem.field === 'reason');
    const noOn = checkEvent({ v: 1, t: T0, type: 'hands.follow' });
    assert.ok(!noOn.ok && 'problem' in noOn && noOn.problem.field === 'on');
  });

  it('commands are refused after the end and with a bad switch value', () => {
    const s = foldEvents(meeting(['a'], [at(1_000, { type: 'meeting.ended' })]));
    assert.equal(decideRound(s, { type: 'lower-all' }, T0 + 2_000).ok, false);
    const live = foldEvents(meeting(['a']));
    const r = decideRound(live, { type: 'hands-follow', on: 'yes' as unknown as boolean }, T0);
    assert.ok(!r.ok && r.error.code === 'invalid-command');
  });
});

/** Fake one-shot timers on the session's manual clock: `runUntil(t)` moves the clock, running each due timer at its own moment. */
function fakeTimers(clock: ManualClock) {
  const pending: { at: number; run: () => void }[] = [];
  const timers: Timers = {
    schedule: (run, ms) => {
      const h = { at: clock.now() + ms, run };
      pending.push(h);
      return h;
    },
    cancel: (h) => void pending.splice(pending.indexOf(h as (typeof pending)[0]), 1),
  };
  const runUntil = async (t: number) => {
    for (;;) {
      pending.sort((a, b) => a.at - b.at);
      const next = pending[0];
      if (!next || next.at > t) break;
      pending.shift();
      clock.set(Math.max(clock.now(), next.at));
      next.run();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
    clock.set(t);
  };
  return { timers, pending, runUntil };
}

describe('core/hands follow the floor with no further event (issue 11: FloorWatch + settleFloor)', () => {
  it('someone talking on over another person has their hand lowered backchannelMs in, with no event arriving, stamped at that moment', async () => {
    const { s, clock, log } = await started();
    const ft = fakeTimers(clock);
    const watch = new FloorWatch(s, ft.timers);
    await s.command({ type: 'raise', pid: 'p2' });
    await s.recordAt(T0 + 1_000, { type: 'speech.started', pid: 'p1' });
    clock.set(T0 + 2_000);
    await s.recordAt(T0 + 2_000, { type: 'speech.started', pid: 'p2' }); // Bo talks over Ana, and on
    assert.deepEqual(lowered(log), [], 'not yet: a backchannel so far');
    assert.equal(floorDeadline(s.state), T0 + 3_000);
    assert.equal(ft.pending.length, 1, 'one timer, for that moment');
    await ft.runUntil(T0 + 2_900);
    assert.deepEqual(lowered(log), []);
    await ft.runUntil(T0 + 3_000);
    assert.deepEqual(lowered(log), [['p2', 'floor', 3_000]], 'down at backchannelMs with no event, not at the next one');
    assert.equal(s.state.hands.size, 0);
    assert.equal(ft.pending.length, 0, 'nothing left to wait for');
    watch.dispose();
  });

  it('a short overlap that ends before backchannelMs cancels the wait; hands-follow off arms nothing', async () => {
    const { s, clock, log } = await started();
    const ft = fakeTimers(clock);
    const watch = new FloorWatch(s, ft.timers);
    await s.command({ type: 'raise', pid: 'p2' });
    await s.recordAt(T0 + 1_000, { type: 'speech.started', pid: 'p1' });
    await s.recordAt(T0 + 2_000, { type: 'speech.started', pid: 'p2' });
    await s.recordAt(T0 + 2_500, { type: 'speech.ended', pid: 'p2' }); // "mm-hm"
    assert.equal(ft.pending.length, 0, 'the wait was cancelled');
    await ft.runUntil(T0 + 10_000);
    assert.deepEqual(lowered(log), []);
    await s.command({ type: 'hands-follow', on: false });
    await s.recordAt(T0 + 11_000, { type: 'speech.started', pid: 'p2' });
    assert.equal(ft.pending.length, 0);
    await ft.runUntil(T0 + 20_000);
    assert.equal(s.state.hands.size, 1, 'the switch is off: the hand stays up');
    watch.dispose();
  });

  it('a writer woken late (a stopped worker) still stamps the lowering when it became due; the fold of the record agrees', async () => {
    const { s, clock, log } = await started();
    await s.command({ type: 'raise', pid: 'p3' });
    await s.recordAt(T0 + 1_000, { type: 'speech.started', pid: 'p1' });
    await s.recordAt(T0 + 1_500, { type: 'speech.started', pid: 'p3' });
    clock.set(T0 + 60_000);
    // An event that is no speech comes meanwhile: it moves no floor, so nothing was lowered then.
    await s.command({ type: 'raise', pid: 'p2' });
    const r = await s.settleFloor();
    assert.ok(r.ok);
    assert.deepEqual(lowered(log), [['p3', 'floor', 2_500]], 'Cy spoke 1 s over Ana from 1.5 s: the floor was his at 2.5 s');
    assert.deepEqual((await s.settleFloor()).events, [], 'nothing more due');
    const again = foldEvents([...log].sort((a, b) => a.t - b.t));
    assert.deepEqual([...again.hands.keys()], ['p2']);
    assert.deepEqual(again.loweredHands.map((h) => [h.pid, h.why, h.loweredAt - T0]), [['p3', 'floor', 2_500]]);
  });

  it('a hand raised while its owner already holds the floor alone goes down at once', async () => {
    const { s, clock, log } = await started();
    const ft = fakeTimers(clock);
    const watch = new FloorWatch(s, ft.timers);
    clock.set(T0 + 1_000);
    await s.recordAt(T0 + 1_000, { type: 'speech.started', pid: 'p1' });
    clock.set(T0 + 5_000);
    await s.command({ type: 'raise', pid: 'p1' });
    await ft.runUntil(T0 + 5_000);
    assert.deepEqual(lowered(log), [['p1', 'floor', 5_000]]);
    watch.dispose();
  });

  it('a timer that runs a moment early waits the rest, and a dispose cancels it', async () => {
    const { s, clock, log } = await started();
    let early: (() => void) | null = null;
    const armed: number[] = [];
    const watch = new FloorWatch(s, {
      schedule: (run, ms) => {
        armed.push(ms);
        early = run;
        return run;
      },
      cancel: () => (early = null),
    });
    await s.command({ type: 'raise', pid: 'p2' });
    await s.recordAt(T0, { type: 'speech.started', pid: 'p1' });
    await s.recordAt(T0, { type: 'speech.started', pid: 'p2' });
    assert.deepEqual(armed, [1_000]);
    clock.set(T0 + 999);
    early!();
    await Promise.resolve();
    assert.deepEqual(armed, [1_000, 1], 'armed again for the last millisecond');
    assert.deepEqual(lowered(log), []);
    watch.dispose();
    assert.equal(early, null, 'dispose cancels the pending timer');
  });

  it("a mirror of another writer's log (mirror) adds nothing: the writer's log already says when the hand went down", async () => {
    // The writer: its speech lowers the hand, two events in its log.
    const { s: writer, log: written } = await started();
    await writer.command({ type: 'raise', pid: 'p2' });
    await writer.recordAt(T0 + 4_000, { type: 'speech.started', pid: 'p2' });
    // The copy folds that log event by event, as written.
    const copy: MeetingEvent[] = [];
    const mirror = new MeetingSession(new ManualClock(T0 + 9_000), { append: (e) => void copy.push(e) });
    for (const e of written) {
      const r = await mirror.mirror(e);
      assert.ok(r.ok);
      assert.deepEqual(r.events, [e], 'one event in, the same one stored');
      // Between the speech and its lowering the copy holds Bo speaking with the hand up: still nothing of its own.
    }
    assert.deepEqual(copy, written, 'the same log, no hand lowered twice');
    assert.deepEqual(mirror.state.loweredHands, writer.state.loweredHands);
    const bad = await mirror.mirror({ type: 'hand.raised', v: 1, t: T0 } as unknown as MeetingEvent);
    assert.equal(bad.ok, false, 'an invalid event is refused, not stored');
    assert.equal(copy.length, written.length);
  });
});
