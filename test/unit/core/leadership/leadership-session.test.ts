import { strict as assert } from 'node:assert';
import { ManualClock } from '../../../../shared/core/meeting/clock';
import type { MeetingEvent } from '../../../../shared/core/record/events';
import { LeadershipSession } from '../../../../shared/core/meeting/leadership-session';
import { MeetingSession } from '../../../../shared/core/meeting/session';
import { T0 } from '../builders';

const rights = { initiator: 'a', deciders: ['b', 'c'], contributors: [], informed: [] };

/** A session whose sink takes a few ticks per event, like IndexedDB or a file append. */
async function slowMeeting() {
  const clock = new ManualClock(T0);
  const log: MeetingEvent[] = [];
  const sink = { append: async (e: MeetingEvent) => { for (let i = 0; i < 3; i++) await Promise.resolve(); log.push(e); } };
  const session = new MeetingSession(clock, sink);
  await session.record({ type: 'meeting.started', id: 'm', title: 'T', facilitator: 'a' }, ...['a', 'b', 'c'].map((pid) => ({ type: 'participant.joined' as const, pid, name: pid.toUpperCase() })));
  return { clock, log, session, lead: new LeadershipSession(session) };
}

describe('core/leadership/leadership-session', () => {
  it('decides each command after the previous one was folded (a double click cannot skip a decider)', async () => {
    const { session, lead } = await slowMeeting();
    await lead.consent({ type: 'propose', did: 'd1', title: 'X', rights });
    await lead.consent({ type: 'start-round', did: 'd1', slotMs: 0 });
    const [first, second] = await Promise.all([lead.consent({ type: 'respond', did: 'd1', pid: 'b', response: 'consent' }), lead.consent({ type: 'respond', did: 'd1', pid: 'b', response: 'consent' })]);
    assert.ok(first.ok);
    assert.equal(second.ok ? 'ok' : second.error.code, 'not-their-turn');
    assert.equal(session.round()!.current, 'c');
  });

  it('a restored session rebuilds the same trail, participation marks included', async () => {
    const { clock, log, session, lead } = await slowMeeting();
    await lead.consent({ type: 'propose', did: 'd1', title: 'X', rights });
    await session.record({ type: 'speech.started', pid: 'b' });
    clock.advance(12_000);
    await session.record({ type: 'speech.ended', pid: 'b' });
    await lead.consent({ type: 'respond', did: 'd1', pid: 'c', response: 'objection', reason: 'no' });
    clock.advance(3_000);
    const restored = new LeadershipSession(MeetingSession.restore({ clock, sink: { append: () => undefined } }, log));
    assert.deepEqual(restored.view(), lead.view());
    assert.deepEqual(restored.view().decisions[0]!.participation.people.map((p) => [p.pid, p.talkMs]), [['a', 0], ['b', 12_000], ['c', 0]]);
    lead.dispose();
    await session.record({ type: 'debrief.answered', prompt: 'worked', text: 'x' });
    assert.equal(lead.view().debrief.length, 0, 'a disposed follower stops following');
  });

  it('hands facilitation over, refusing what does not fit', async () => {
    const { session, lead } = await slowMeeting();
    const same = await lead.changeFacilitator('a');
    assert.equal(same.ok ? 'ok' : same.error.code, 'already-facilitator');
    const stranger = await lead.changeFacilitator('zed');
    assert.equal(stranger.ok ? 'ok' : stranger.error.code, 'unknown-participant');
    assert.ok((await lead.changeFacilitator('b')).ok);
    assert.equal(session.state.facilitator, 'b');
    assert.deepEqual(lead.view().facilitators.map((f) => f.pid), ['a', 'b']);
    const answered = await lead.debrief({ type: 'answer', prompt: 'change', pid: 'c', text: 'Rotate sooner' });
    assert.ok(answered.ok);
    assert.deepEqual(lead.view().debrief.map((a) => a.text), ['Rotate sooner']);
  });
});
