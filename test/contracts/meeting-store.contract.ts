/**
 * The meeting store's contract (webext/src/storage/event-store.ts, MeetingStore): one suite, run
 * against every implementation, so the fake the unit tests use cannot drift from the real store.
 *   - test/unit/webext/meeting-store.contract.test.ts: the in-memory store of test/fakes (mocha)
 *   - test/browser/meeting-store.contract.test.ts: IdbStore on IndexedDB in real Chromium
 * Call it inside a `describe`; `make` gives an empty store for each test.
 */
import { strict as assert } from 'node:assert';
import type { MeetingEvent } from '../../shared/core/record/events';
import type { MeetingInfo } from '../../webext/src/messages';
import type { MeetingStore } from '../../webext/src/storage/event-store';

const T0 = Date.UTC(2026, 0, 5, 9);
const info = (id: string, startedAt: number, extra: Partial<MeetingInfo> = {}): MeetingInfo => ({ id, key: `jitsi/${id}`, title: `Meeting ${id}`, platform: 'jitsi', startedAt, ...extra });
const ev = (t: number, body: Record<string, unknown>): MeetingEvent => ({ v: 1, t: T0 + t, ...body }) as MeetingEvent;

export function meetingStoreContract(make: () => Promise<MeetingStore>): void {
  it('starts empty', async () => {
    const s = await make();
    assert.deepEqual(await s.meetings(), []);
    assert.deepEqual(await s.events('nope'), []);
  });

  it('keeps each meeting\'s events in append order (not time order), apart from other meetings', async () => {
    const s = await make();
    await s.putMeeting(info('a', T0));
    await s.putMeeting(info('b', T0 + 1));
    const a = [ev(0, { type: 'meeting.started', id: 'a', title: 'A' }), ev(5_000, { type: 'speech.started', pid: 'x' }), ev(4_000, { type: 'speech.ended', pid: 'y' })];
    const b = [ev(1, { type: 'meeting.started', id: 'b', title: 'B' })];
    await s.append('a', a[0]!);
    await s.append('b', b[0]!);
    await s.append('a', a[1]!);
    await s.append('a', a[2]!);
    assert.deepEqual(await s.events('a'), a);
    assert.deepEqual(await s.events('b'), b);
  });

  it('hands out copies: changing what it returned or appended changes nothing stored', async () => {
    const s = await make();
    await s.putMeeting(info('a', T0));
    const e = ev(0, { type: 'participant.joined', pid: 'p', name: 'Ana' });
    await s.append('a', e);
    (e as { name: string }).name = 'changed after append';
    const [got] = await s.events('a');
    (got as { name: string }).name = 'changed after read';
    assert.equal(((await s.events('a'))[0] as { name: string }).name, 'Ana');
    const [m] = await s.meetings();
    m!.title = 'changed';
    assert.equal((await s.meetings())[0]!.title, 'Meeting a');
  });

  it('puts a meeting by id (a second put replaces it) and lists the newest first', async () => {
    const s = await make();
    await s.putMeeting(info('old', T0));
    await s.putMeeting(info('new', T0 + 60_000));
    await s.putMeeting(info('old', T0, { endedAt: T0 + 30_000, manual: true }));
    assert.deepEqual(await s.meetings(), [info('new', T0 + 60_000), info('old', T0, { endedAt: T0 + 30_000, manual: true })]);
  });

  it('deletes one meeting with every event of it, and nothing of the others', async () => {
    const s = await make();
    for (const id of ['a', 'b']) {
      await s.putMeeting(info(id, T0));
      await s.append(id, ev(0, { type: 'meeting.started', id, title: id }));
      await s.append(id, ev(1, { type: 'participant.joined', pid: 'p', name: `P of ${id}` }));
    }
    await s.deleteMeeting('a');
    assert.deepEqual((await s.meetings()).map((m) => m.id), ['b']);
    assert.deepEqual(await s.events('a'), []);
    assert.equal((await s.events('b')).length, 2);
    // A meeting started again under the deleted id holds only its new events.
    await s.append('a', ev(9, { type: 'meeting.started', id: 'a', title: 'again' }));
    assert.deepEqual((await s.events('a')).map((e) => e.t), [T0 + 9]);
  });

  it('deletes everything', async () => {
    const s = await make();
    await s.putMeeting(info('a', T0));
    await s.append('a', ev(0, { type: 'meeting.started', id: 'a', title: 'A' }));
    await s.deleteAll();
    assert.deepEqual(await s.meetings(), []);
    assert.deepEqual(await s.events('a'), []);
  });

  it('keeps every character of untrusted text', async () => {
    const s = await make();
    const name = '<img src=x onerror=alert(1)> \u202eevil\u202c 🧑🏽‍💻 \u0000 __proto__';
    await s.putMeeting(info('__proto__', T0, { title: name }));
    await s.append('__proto__', ev(0, { type: 'participant.joined', pid: 'constructor', name }));
    assert.equal((await s.meetings())[0]!.title, name);
    assert.equal(((await s.events('__proto__'))[0] as { name: string }).name, name);
  });
}
