/** The session's commands: every command either shell writes, decided once, one queue, typed refusals. */
import { strict as assert } from 'node:assert';
import { ManualClock } from '../../../shared/core/meeting/clock';
import { CORE_ERROR_CODES } from '../../../shared/core/meeting/errors';
import { currentFacilitator } from '../../../shared/core/meeting/meeting-state';
import { MeetingSession, type SessionResult } from '../../../shared/core/meeting/session';
import { summarizeLeadership } from '../../../shared/core/summary/leadership-summary';
import type { MeetingEvent } from '../../../shared/core/record/events';
import { CORE_ERROR_MESSAGES, coreErrorMessage } from '../../../shared/ui/core-errors';
import { english } from '../../../shared/ui/i18n';
import { T0 } from '../../fakes/events';

const rights = { initiator: 'p1', deciders: ['p2', 'p3'], contributors: [], informed: [] };
const code = (r: SessionResult) => (r.ok ? 'ok' : r.error.code);

/** A session whose sink takes a few ticks per event, like IndexedDB or a file append. */
async function slowMeeting() {
  const clock = new ManualClock(T0);
  const log: MeetingEvent[] = [];
  const sink = {
    append: async (e: MeetingEvent) => {
      for (let i = 0; i < 3; i++) await Promise.resolve();
      log.push(e);
    },
  };
  const session = new MeetingSession(clock, sink);
  assert.equal(code(await session.start({ id: 'm', title: 'T', participants: ['Ana', 'Ben', 'Cy'], facilitator: 'ana' })), 'ok');
  return { clock, log, session };
}

describe('core/session commands', () => {
  it('start allocates p1, p2, … and names the facilitator by the one name rule', async () => {
    const { session, log } = await slowMeeting();
    assert.deepEqual(log.map((e) => e.type), ['meeting.started', 'participant.joined', 'participant.joined', 'participant.joined']);
    assert.deepEqual([...session.state.participants.keys()], ['p1', 'p2', 'p3']);
    assert.equal(currentFacilitator(session.state), 'p1');
    assert.equal(code(await session.start({ id: 'm2', title: 'again' })), 'already-started');
  });

  it('adds, renames, removes and marks speaking; refusals carry codes', async () => {
    const { session, clock } = await slowMeeting();
    assert.equal(code(await session.addParticipant('  ben ')), 'already-present');
    assert.equal(code(await session.addParticipant(' ')), 'name-required');
    const added = await session.addParticipant('Dee');
    assert.ok(added.ok && added.events[0]!.type === 'participant.joined' && added.events[0]!.pid === 'p4');
    assert.equal(code(await session.renameParticipant('p4', 'Dee Dee')), 'ok');
    assert.equal(session.state.participants.get('p4')!.name, 'Dee Dee');
    await session.markSpeaking('p2');
    clock.advance(5_000);
    const switched = await session.markSpeaking('p3');
    assert.deepEqual(switched.events.map((e) => e.type), ['speech.ended', 'speech.started'], 'the previous speaker stops at the same instant');
    assert.deepEqual((await session.markSpeaking('p3')).events.map((e) => e.type), ['speech.ended'], 'marking the speaker again stops them');
    await session.command({ type: 'start', kind: 'go-around', slotMs: 60_000 });
    assert.equal(session.round()!.current, 'p1');
    const left = await session.removeParticipant('p1');
    assert.deepEqual(left.events.map((e) => e.type), ['round.turn', 'participant.left'], 'leaving with the turn passes it on first');
    assert.equal(code(await session.removeParticipant('p1')), 'not-present');
    assert.equal(code(await session.markSpeaking('zed')), 'unknown-participant');
    assert.equal(session.state.participants.get('p2')!.talkMs, 5_000);
    // A person who left comes back with the same pid.
    const back = await session.addParticipant('ANA');
    assert.ok(back.ok && back.events[0]!.type === 'participant.joined' && back.events[0]!.pid === 'p1');
  });

  it('decides each command after the previous one was folded (a double click cannot skip a decider)', async () => {
    const { session } = await slowMeeting();
    await session.consent({ type: 'propose', did: 'd1', title: 'X', rights });
    await session.consent({ type: 'start-round', did: 'd1', slotMs: 0 });
    const [first, second] = await Promise.all([session.consent({ type: 'respond', did: 'd1', pid: 'p2', response: 'consent' }), session.consent({ type: 'respond', did: 'd1', pid: 'p2', response: 'consent' })]);
    assert.ok(first.ok);
    assert.equal(code(second), 'not-their-turn');
    assert.equal(session.round()!.current, 'p3');
  });

  it('a restored session rebuilds the same trail, participation marks included', async () => {
    const { clock, log, session } = await slowMeeting();
    await session.consent({ type: 'propose', did: 'd1', title: 'X', rights });
    await session.record({ type: 'speech.started', pid: 'p2' });
    clock.advance(12_000);
    await session.record({ type: 'speech.ended', pid: 'p2' });
    await session.consent({ type: 'respond', did: 'd1', pid: 'p3', response: 'objection', reason: 'no' });
    clock.advance(3_000);
    const restored = MeetingSession.restore({ clock, sink: { append: () => undefined } }, log);
    const now = clock.now();
    assert.deepEqual(summarizeLeadership(restored.state, now), summarizeLeadership(session.state, now));
    assert.deepEqual(summarizeLeadership(restored.state, now).decisions[0]!.participation.people.map((p) => [p.pid, p.talkMs]), [['p1', 0], ['p2', 12_000], ['p3', 0]]);
  });

  it('hands facilitation over, refusing what does not fit; debrief answers', async () => {
    const { session } = await slowMeeting();
    assert.equal(code(await session.changeFacilitator('p1')), 'already-facilitator');
    assert.equal(code(await session.changeFacilitator('zed')), 'unknown-participant');
    assert.ok((await session.changeFacilitator('p2')).ok);
    assert.equal(currentFacilitator(session.state), 'p2');
    assert.deepEqual(session.state.facilitators.map((f) => f.pid), ['p1', 'p2']);
    assert.ok((await session.debrief({ type: 'answer', prompt: 'change', pid: 'p3', text: 'Rotate sooner' })).ok);
    assert.deepEqual(session.state.debrief.map((a) => a.text), ['Rotate sooner']);
  });

  it('after the end, what the core allows still goes to the session’s own sink', async () => {
    const { session, log } = await slowMeeting();
    await session.consent({ type: 'propose', did: 'd1', title: 'X', rights });
    await session.consent({ type: 'respond', did: 'd1', pid: 'p3', response: 'objection', reason: 'no' });
    await session.command({ type: 'start', kind: 'go-around', slotMs: 60_000 });
    const ended = await session.end();
    assert.deepEqual(ended.events.map((e) => e.type), ['round.ended', 'meeting.ended']);
    assert.equal(code(await session.addParticipant('Zed')), 'meeting-ended');
    assert.equal(code(await session.consent({ type: 'resolve', did: 'd1', pid: 'p3', how: 'met' })), 'ok');
    assert.equal(code(await session.consent({ type: 'record', did: 'd1', outcome: 'Go' })), 'ok');
    assert.deepEqual(log.slice(-2).map((e) => e.type), ['objection.resolved', 'decision.recorded']);
    assert.equal(session.state.trail.items[0]!.decided, true);
  });

  it('ends at an observed moment (the last tab left), never before the newest event', async () => {
    const { session, clock } = await slowMeeting();
    await session.recordAt(T0 + 5_000, { type: 'speech.started', pid: 'p1' }, { type: 'speech.ended', pid: 'p1' });
    clock.set(T0 + 60_000);
    const ended = await session.end(T0 + 20_000);
    assert.deepEqual(ended.events.map((e) => [e.type, e.t]), [['meeting.ended', T0 + 20_000]]);
    assert.equal(session.state.windowEnd, T0 + 20_000);
    const early = (await slowMeeting()).session;
    await early.recordAt(T0 + 9_000, { type: 'speech.started', pid: 'p2' });
    const clamped = await early.end(T0 + 1_000);
    assert.equal(clamped.events.at(-1)!.t, T0 + 9_000, 'not before the newest event');
  });

  it('every core error code has its sentence in shared/ui, with no pid in it', () => {
    assert.deepEqual(Object.keys(CORE_ERROR_MESSAGES).sort(), [...CORE_ERROR_CODES].sort());
    for (const c of CORE_ERROR_CODES) assert.match(coreErrorMessage(english, c), /^[A-Z][^{}]+[.]$/, c);
    assert.equal(coreErrorMessage(english, 'a-code-from-a-newer-core'), coreErrorMessage(english, 'invalid-command'));
  });
});
