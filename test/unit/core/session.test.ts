import { strict as assert } from 'node:assert';
import { ManualClock } from '../../../shared/core/meeting/clock';
import type { MeetingEvent } from '../../../shared/core/record/events';
import { MeetingSession } from '../../../shared/core/meeting/session';
import { T0 } from '../../fakes/events';

describe('core/session', () => {
  it('stamps t and v, appends before folding, and restores to the same view', async () => {
    const clock = new ManualClock(T0);
    const log: MeetingEvent[] = [];
    const s = new MeetingSession(clock, { append: async (e) => void log.push(e) });
    await s.record({ type: 'meeting.started', id: 'm', title: 'T' }, { type: 'participant.joined', pid: 'a', name: 'Ann' });
    clock.advance(2_000);
    await s.record({ type: 'speech.started', pid: 'a' });
    await s.command({ type: 'start', kind: 'go-around', slotMs: 30_000, participants: ['a'] });
    clock.advance(5_000);
    assert.deepEqual(
      log.map((e) => [e.v, e.t - T0]),
      [[1, 0], [1, 0], [1, 2_000], [1, 2_000], [1, 2_000]],
    );
    const restored = MeetingSession.restore({ clock, sink: { append: () => undefined } }, log);
    assert.deepEqual(restored.view(), s.view());
    assert.equal(restored.view().metrics.participants[0]!.talkMs, 5_000);
    assert.equal(restored.round()!.remainingMs, 25_000);
  });

  it('a stepped-back clock cannot make time run backwards', async () => {
    const clock = new ManualClock(T0 + 10_000);
    const s = new MeetingSession(clock, { append: () => undefined });
    await s.record({ type: 'meeting.started', id: 'm', title: 'T' });
    clock.set(T0);
    const r = await s.record({ type: 'participant.joined', pid: 'a', name: 'A' });
    assert.ok(r.ok);
    assert.equal(r.events[0]!.t, T0 + 10_000);
  });

  it('rejects an invalid body without appending', async () => {
    const log: MeetingEvent[] = [];
    const s = new MeetingSession(new ManualClock(T0), { append: (e) => void log.push(e) });
    const r = await s.record({ type: 'participant.joined', pid: '', name: 'A' });
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message, /field pid must not be empty/);
    assert.equal(log.length, 0);
    assert.equal(s.state.eventCount, 0);
  });

  it('a failing sink leaves the event unfolded and says so', async () => {
    let fail = false;
    const s = new MeetingSession(new ManualClock(T0), {
      append: () => {
        if (fail) throw new Error('disk full');
      },
    });
    await s.record({ type: 'meeting.started', id: 'm', title: 'T' });
    fail = true;
    const r = await s.record({ type: 'participant.joined', pid: 'a', name: 'A' });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.code, 'sink-failed');
    assert.equal(s.state.participants.size, 0);
    assert.equal(s.events.length, 1);
  });

  it('serialises concurrent commands: the second sees the first', async () => {
    const clock = new ManualClock(T0);
    const s = new MeetingSession(clock, { append: () => new Promise((res) => setTimeout(res, 1)) });
    await s.record({ type: 'meeting.started', id: 'm', title: 'T' }, { type: 'participant.joined', pid: 'a', name: 'A' });
    const [one, two] = await Promise.all([s.command({ type: 'start', kind: 'go-around', slotMs: 0 }), s.command({ type: 'start', kind: 'go-around', slotMs: 0 })]);
    assert.equal(one.ok, true);
    assert.equal(two.ok ? '' : two.error.code, 'round-active');
  });

  it('notifies subscribers, and a throwing subscriber does not fail the command', async () => {
    const s = new MeetingSession(new ManualClock(T0), { append: () => undefined });
    let calls = 0;
    s.subscribe(() => calls++);
    s.subscribe(() => {
      throw new Error('ui bug');
    });
    const r = await s.record({ type: 'meeting.started', id: 'm', title: 'T' });
    assert.ok(r.ok);
    assert.equal(calls, 1);
  });
});

describe('core/session restore', () => {
  it('skips corrupt persisted entries, lists them, and keeps the rest', () => {
    const good = [
      { v: 1, t: T0, type: 'meeting.started', id: 'm', title: 'T' },
      { v: 1, t: T0, type: 'participant.joined', pid: 'a', name: 'A' },
    ];
    const s = MeetingSession.restore({ clock: new ManualClock(T0 + 1000), sink: { append: () => undefined } }, [
      good[0],
      null,
      { v: 1, t: T0, type: 'speech.started' },
      { v: 9, t: T0, type: 'future.thing' },
      good[1],
    ]);
    assert.deepEqual(s.restoreProblems, ['event 2: is not a JSON object', 'event 3: field pid is missing']);
    assert.equal(s.events.length, 2);
    assert.equal(s.view().metrics.participants[0]!.presenceMs, 1000);
  });
});

describe('core/session ordering', () => {
  it('keeps call order across synchronous and asynchronous appends', async () => {
    const log: string[] = [];
    let slow = true;
    const s = new MeetingSession(new ManualClock(T0), {
      append: (e) => {
        const tag = (e as { pid?: string }).pid ?? e.type;
        if (!slow) return void log.push(tag);
        return new Promise<void>((res) => setTimeout(() => res(void log.push(tag)), 5));
      },
    });
    const first = s.record({ type: 'meeting.started', id: 'm', title: 'T' }, { type: 'participant.joined', pid: 'a', name: 'A' });
    slow = false;
    const second = s.record({ type: 'participant.joined', pid: 'b', name: 'B' });
    const third = s.command({ type: 'raise', pid: 'b' });
    const results = await Promise.all([first, second, third]);
    assert.deepEqual(results.map((r) => r.ok), [true, true, true]);
    assert.deepEqual(log, ['meeting.started', 'a', 'b', 'b']);
    assert.deepEqual(s.events.map((e) => e.type), ['meeting.started', 'participant.joined', 'participant.joined', 'hand.raised']);
  });

  it('an asynchronous sink failure keeps what was appended before it', async () => {
    let n = 0;
    const s = new MeetingSession(new ManualClock(T0), { append: () => (++n === 2 ? Promise.reject(new Error('quota')) : Promise.resolve()) });
    const r = await s.record({ type: 'meeting.started', id: 'm', title: 'T' }, { type: 'participant.joined', pid: 'a', name: 'A' }, { type: 'participant.joined', pid: 'b', name: 'B' });
    assert.equal(r.ok, false);
    if (!r.ok) assert.deepEqual([r.error.code, r.error.message], ['sink-failed', 'could not persist participant.joined: quota']);
    assert.equal(r.events.length, 1);
    assert.equal(s.state.participants.size, 0);
    assert.equal(n, 2, 'nothing appended after the failure');
  });
});
