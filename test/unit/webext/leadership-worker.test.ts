/** LeadershipWorker against in-memory storage: consent commands become events in the meeting's log, a restarted worker decides from that log, an ended meeting still takes an outcome, the facilitator lands on the roster. */
import { strict as assert } from 'node:assert';
import type { MeetingEvent } from '../../../shared/core/record/events';
import { emptyRoster, type Roster } from '../../../shared/core/team/roster';
import { MeetingHost } from '../../../webext/src/background/meeting-host';
import { LeadershipWorker } from '../../../webext/src/background/leadership-worker';
import type { LeadershipCommand } from '../../../webext/src/messages';
import type { RosterStore } from '../../../webext/src/storage/roster-store';
import { MSG, type MeetingInfo } from '../../../webext/src/messages';
import type { MeetingStore } from '../../../webext/src/storage/event-store';
import { MemoryClaims } from '../../fakes/memory-store';

/** One array of rows is the whole "database"; a restart is a new host and worker over the same object. */
function memory(): MeetingStore & { rows: [string, MeetingEvent][]; info: Map<string, MeetingInfo> } {
  const rows: [string, MeetingEvent][] = [];
  const info = new Map<string, MeetingInfo>();
  return {
    rows,
    info,
    putMeeting: async (i) => void info.set(i.id, i),
    meetings: async () => [...info.values()],
    append: async (id, e) => void rows.push([id, e]),
    events: async (id) => rows.filter(([m]) => m === id).map(([, e]) => e),
    deleteMeeting: async (id) => void info.delete(id),
    deleteAll: async () => info.clear(),
  };
}

function setup(store = memory(), clock = { t: 1_000 }, roster: { value: Roster } = { value: emptyRoster() }) {
  const host = new MeetingHost(store, new MemoryClaims(), () => clock.t, () => 'm1');
  const rosterStore: RosterStore = { load: async () => ({ ok: true, roster: roster.value }), save: async (r) => void (roster.value = r) };
  const notified: string[] = [];
  const worker = new LeadershipWorker(host, rosterStore, (id) => notified.push(id));
  const send = (command: LeadershipCommand) => worker.handle({ meetingId: 'm1', command });
  return { store, clock, roster, host, worker, send, notified };
}

const consent = (command: Extract<LeadershipCommand, { kind: 'consent' }>['command']): LeadershipCommand => ({ kind: 'consent', command });
const rights = { initiator: 'p3', deciders: ['p1', 'p2'], contributors: [], informed: [] };

describe('LeadershipWorker (issue 6 in the background worker)', () => {
  it('runs a consent round to an objection, across a restart, then resolves and records', async () => {
    const a = setup();
    await a.host.command(undefined, { kind: 'start-manual', title: 'Sync', names: ['Ana', 'Ben', 'Chen'] });
    assert.deepEqual(await a.send(consent({ type: 'propose', title: 'Rota', rights })), { ok: true, value: null });
    a.clock.t = 2_000;
    await a.send(consent({ type: 'start-round', did: 'd1', slotMs: 60_000 }));
    a.clock.t = 3_000;
    await a.send(consent({ type: 'respond', did: 'd1', pid: 'p1', response: 'consent' }));

    // The worker stops: a new host and worker over the same storage decide Ben's turn.
    const b = setup(a.store, a.clock, a.roster);
    a.clock.t = 4_000;
    assert.deepEqual(await b.send(consent({ type: 'respond', did: 'd1', pid: 'p1', response: 'consent' })), { ok: false, error: { code: 'not-their-turn', message: 'it is "p2"\'s turn in the consent round' } });
    assert.deepEqual(await b.send(consent({ type: 'respond', did: 'd1', pid: 'p2', response: 'objection' })), { ok: false, error: { code: 'reason-required', message: 'an objection needs its reason' } });
    assert.deepEqual(await b.send(consent({ type: 'respond', did: 'd1', pid: 'p2', response: 'objection', reason: 'too soon' })), { ok: true, value: null });
    assert.deepEqual(await b.send(consent({ type: 'record', did: 'd1', outcome: 'yes' })), { ok: false, error: { code: 'blocked', message: 'blocked by the open objection of "p2"' } });
    await b.send(consent({ type: 'resolve', did: 'd1', pid: 'p2', how: 'next quarter' }));
    assert.deepEqual(await b.send(consent({ type: 'record', did: 'd1', outcome: 'Rota next quarter' })), { ok: true, value: null });
    const trail = a.store.rows.map(([, e]) => e).filter((e) => !e.type.startsWith('participant.') && e.type !== 'meeting.started');
    assert.deepEqual(
      trail.map((e) => [e.type, e.t]),
      [
        ['decision.proposed', 1_000],
        ['round.started', 2_000],
        ['round.turn', 2_000],
        ['consent.response', 3_000],
        ['round.turn', 3_000],
        ['consent.response', 4_000],
        ['round.ended', 4_000],
        ['objection.resolved', 4_000],
        ['decision.recorded', 4_000],
      ],
    );
    assert.deepEqual(b.notified, ['m1', 'm1', 'm1'], 'a refusal changes nothing and announces nothing');
  });

  it('after the meeting ended: refuses a new item, takes the outcome and a debrief answer; the meeting stays ended', async () => {
    const a = setup();
    await a.host.command(undefined, { kind: 'start-manual', title: 'Sync', names: ['Ana', 'Ben'] });
    await a.send(consent({ type: 'propose', title: 'Rota', rights: { ...rights, initiator: null } }));
    a.clock.t = 5_000;
    await a.host.command('m1', { kind: 'end-meeting' });
    a.clock.t = 9_000;
    assert.deepEqual(await a.send(consent({ type: 'propose', title: 'More', rights })), { ok: false, error: { code: 'meeting-ended', message: 'the meeting has ended' } });
    assert.deepEqual(await a.send(consent({ type: 'record', did: 'd1', outcome: 'done by mail' })), { ok: true, value: null });
    assert.deepEqual(await a.send({ kind: 'debrief', command: { type: 'answer', prompt: 'worked', text: '  short  ', pid: 'p2' } }), { ok: true, value: null });
    assert.deepEqual(await a.send({ kind: 'facilitator', pid: 'p1' }), { ok: false, error: { code: 'meeting-ended', message: 'the meeting has ended' } });
    assert.deepEqual(a.store.rows.slice(-2).map(([, e]) => [e.type, e.t]), [['decision.recorded', 9_000], ['debrief.answered', 9_000]]);
    assert.equal(a.host.current('m1'), null, 'still ended');
  });

  it('records the facilitator in the meeting and on the roster (matched by name), once per meeting', async () => {
    const roster = { value: { ...emptyRoster(), people: [{ id: 'ben', name: 'ben ' }] } };
    const a = setup(undefined, { t: 1_000 }, roster);
    await a.host.command(undefined, { kind: 'start-manual', title: 'Sync', names: ['Ana', 'Ben'] });
    assert.deepEqual(await a.send({ kind: 'facilitator', pid: 'p2' }), { ok: true, value: null });
    a.clock.t = 2_000;
    assert.deepEqual(await a.send({ kind: 'facilitator', pid: 'p1' }), { ok: true, value: null });
    assert.deepEqual(await a.send({ kind: 'facilitator', pid: 'p9' }), { ok: false, error: { code: 'unknown-participant', message: 'no participant with pid "p9"' } });
    assert.deepEqual(a.store.rows.filter(([, e]) => e.type === 'facilitator.changed').map(([, e]) => (e as { pid: string }).pid), ['p2', 'p1']);
    assert.deepEqual(roster.value.people.map((p) => p.id), ['ben', 'ana']);
    assert.deepEqual(roster.value.facilitations, [{ pid: 'ana', at: 1_000, meetingId: 'm1' }], 'the handover replaced the meeting’s entry');
  });

  it('leaves a damaged stored roster alone and says why', async () => {
    const a = setup();
    const worker = new LeadershipWorker(a.host, { load: async () => ({ ok: false, problem: { field: 'version', key: 'rosterProblem.wholeNumber' } }), save: async () => assert.fail('saved') }, () => undefined);
    await a.host.command(undefined, { kind: 'start-manual', title: 'Sync', names: ['Ana'] });
    assert.deepEqual(await worker.handle({ meetingId: 'm1', command: { kind: 'facilitator', pid: 'p1' } }), { ok: false, error: { code: 'roster-damaged', message: 'roster: field version must be a whole number' } });
    assert.deepEqual(await worker.handle({ meetingId: 'nope', command: { kind: 'facilitator', pid: 'p1' } }), { ok: false, error: { code: 'no-meeting', message: 'no such meeting' } });
  });
});
