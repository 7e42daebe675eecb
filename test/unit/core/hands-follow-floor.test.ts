import { strict as assert } from 'node:assert';
import { ManualClock } from '../../../shared/core/meeting/clock';
import type { MeetingEvent } from '../../../shared/core/record/events';
import { MeetingSession } from '../../../shared/core/meeting/session';
import { foldEvents } from '../../../shared/core/meeting/meeting-state';
import { checkEvent } from '../../../shared/core/record/record';
import { decideRound } from '../../../shared/core/rounds/round-commands';
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
