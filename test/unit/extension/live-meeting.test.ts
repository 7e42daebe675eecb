// The extension's meeting logic against the real core, with a manual clock and an in-memory sink.
import assert from 'node:assert/strict';
import { ManualClock } from '../../../shared/core/meeting/clock.ts';
import type { MeetingEvent } from '../../../shared/core/record/events.ts';
import { LiveMeeting, MeetingError } from '../../../extension/src/live-meeting.ts';
import { currentFacilitator } from '../../../shared/core/meeting/meeting-state.ts';

function setup(opts: { failAfter?: number } = {}) {
  const clock = new ManualClock(1_700_000_000_000);
  const written: MeetingEvent[] = [];
  const sink = {
    append(e: MeetingEvent) {
      if (opts.failAfter !== undefined && written.length >= opts.failAfter) throw new Error('disk full');
      written.push(e);
    },
  };
  let n = 0;
  const meeting = new LiveMeeting(clock, sink, 1500, () => `m${++n}`);
  return { clock, written, meeting };
}

describe('LiveMeeting (extension) on the core session', () => {
  it('runs a go-around by name: turn, next, pass, end after the last', async () => {
    const { clock, meeting, written } = setup();
    await meeting.start('Sync', ['Ana', 'Bo', 'Chen'], 'Bo');
    assert.equal(currentFacilitator(meeting.meeting), 'p2');
    await meeting.command({ type: 'start', kind: 'go-around', slotMs: 60000 });
    assert.equal(meeting.nameOf(meeting.round()!.current!), 'Ana');
    clock.advance(20000);
    assert.equal(meeting.round()!.remainingMs, 40000, 'remaining time is deadline minus now');
    await meeting.command({ type: 'next' });
    await meeting.command({ type: 'pass' });
    assert.equal(meeting.nameOf(meeting.round()!.current!), 'Chen');
    await meeting.command({ type: 'next' });
    assert.ok(meeting.round() === null || meeting.round()!.status === 'ended');
    assert.deepEqual(written, meeting.events, 'every folded event went through the sink');
  });

  it('rebuilds the same meeting from its record, with time still running from the timestamps', async () => {
    const a = setup();
    await a.meeting.start('Sync', ['Ana', 'Bo'], undefined);
    await a.meeting.command({ type: 'start', kind: 'go-around', slotMs: 30000 });
    a.clock.advance(12000);
    const b = setup();
    b.clock.set(a.clock.now());
    b.meeting.restore(a.written);
    assert.equal(b.meeting.live, true);
    assert.equal(b.meeting.round()!.remainingMs, 18000);
    assert.deepEqual(b.meeting.roster(), a.meeting.roster());
  });

  it('toggles manual speech marks: one speaker at a time, a second press stops', async () => {
    const { clock, meeting } = setup();
    await meeting.start('Sync', ['Ana', 'Bo'], undefined);
    assert.equal(await meeting.toggleSpeaking('p1'), true);
    clock.advance(5000);
    assert.equal(await meeting.toggleSpeaking('p2'), true);
    const speaking = [...meeting.meeting.participants.values()].filter((p) => p.speakingSince !== null).map((p) => p.pid);
    assert.deepEqual(speaking, ['p2']);
    clock.advance(1000);
    assert.equal(await meeting.toggleSpeaking('p2'), false);
    const types = meeting.events.map((e) => e.type).slice(-4);
    assert.deepEqual(types, ['speech.started', 'speech.ended', 'speech.started', 'speech.ended']);
  });

  it('refuses what does not fit, in words, and changes nothing', async () => {
    const { meeting } = setup();
    await assert.rejects(meeting.command({ type: 'next' }), (e) => e instanceof MeetingError && /No meeting is running/.test(e.message));
    await meeting.start('Sync', ['Ana'], undefined);
    await assert.rejects(meeting.start('Again', ['Bo'], undefined), /already running/);
    await assert.rejects(meeting.command({ type: 'pause' }), /No round is running/);
    await assert.rejects(meeting.addParticipant('ana'), /already in the meeting/);
    const n = meeting.events.length;
    await meeting.command({ type: 'start', kind: 'discussion', slotMs: 0 });
    await assert.rejects(meeting.command({ type: 'next' }), /raise a hand first/);
    assert.equal(meeting.events.length, n + 1);
  });

  it('lets a participant leave mid-turn by passing the turn on first, and rejoin under the same id', async () => {
    const { meeting } = setup();
    await meeting.start('Sync', ['Ana', 'Bo'], undefined);
    await meeting.command({ type: 'start', kind: 'go-around', slotMs: 10000 });
    await meeting.removeParticipant('p1');
    assert.equal(meeting.round()!.current, 'p2');
    assert.equal(await meeting.addParticipant('Ana'), 'p1');
  });

  it('reports a failing sink as an error that names the save, not as a refusal', async () => {
    const { meeting } = setup({ failAfter: 3 });
    await meeting.start('Sync', ['Ana', 'Bo'], undefined);
    await assert.rejects(meeting.command({ type: 'start', kind: 'go-around', slotMs: 10000 }), (e) => !(e instanceof MeetingError) && /could not save/.test((e as Error).message));
  });
});
