/** The worker's router: who may send what, and that every message is shape-checked where it arrives. */
import { strict as assert } from 'node:assert';
import { isContentRequest, Router, type Handlers, type Sender } from '../../../webext/src/background/router';
import { parseRequest } from '../../../webext/src/background/parse-request';
import { MSG, ok, type PageRequestType, type RequestType, type ToBackground } from '../../../webext/src/messages';

const SELF = { id: 'ext-id', url: 'chrome-extension://ext-id/' };
const sidePanel: Sender = { id: SELF.id, url: `${SELF.url}sidepanel.html` };
const summaryTab: Sender = { id: SELF.id, url: `${SELF.url}summary.html`, tab: { id: 4 }, frameId: 0 };
const callPage: Sender = { id: SELF.id, url: 'https://meet.jit.si/Room', tab: { id: 7 }, frameId: 0 };
const otherExtension: Sender = { id: 'other', url: 'chrome-extension://other/page.html' };

const call = { key: 'jitsi/meet.jit.si/room', platform: 'jitsi', title: 'Room' };
const health = { problems: [], matched: [], layout: null };
/** One well-formed request of every type. */
export const EVERY_REQUEST: Record<RequestType, ToBackground> = {
  [MSG.observed]: { type: MSG.observed, call: { ...call, platform: 'jitsi' }, participants: [{ pid: 'a', name: 'Ana', self: true }], changes: [{ pid: 'a', speaking: true, t: 5 }], speakingNow: ['a'], health },
  [MSG.callEnded]: { type: MSG.callEnded, call: { ...call, platform: 'jitsi' }, t: 9 },
  [MSG.left]: { type: MSG.left, call: { ...call, platform: 'jitsi' }, t: 8, changes: [{ pid: 'a', speaking: false, t: 7 }] },
  [MSG.getMeeting]: { type: MSG.getMeeting },
  [MSG.listMeetings]: { type: MSG.listMeetings },
  [MSG.command]: { type: MSG.command, command: { kind: 'start-manual', title: 'x', names: ['Ana'] } },
  [MSG.leadership]: { type: MSG.leadership, meetingId: 'm1', command: { kind: 'facilitator', pid: 'a' } },
  [MSG.deleteMeeting]: { type: MSG.deleteMeeting, id: 'm1' },
  [MSG.deleteAll]: { type: MSG.deleteAll },
  [MSG.refusals]: { type: MSG.refusals },
};
const PAGE_ONLY = (Object.keys(EVERY_REQUEST) as RequestType[]).filter((t): t is PageRequestType => !isContentRequest(t));

function setup() {
  const calls: { type: string; tab: string }[] = [];
  const handler = async (r: ToBackground, from: { tab: string }) => (calls.push({ type: r.type, tab: from.tab }), ok(null));
  const handlers = Object.fromEntries(Object.keys(EVERY_REQUEST).map((t) => [t, handler])) as unknown as Handlers;
  return { calls, router: new Router(handlers, SELF) };
}

describe('Router (the worker\'s message entry)', () => {
  for (const type of PAGE_ONLY)
    it(`refuses ${type} from a call page's content script and counts it`, async () => {
      const { calls, router } = setup();
      const reply = await router.handle(EVERY_REQUEST[type], callPage);
      assert.deepEqual(reply.ok ? null : reply.error.code, 'forbidden-sender');
      assert.equal(calls.length, 0, 'no handler ran');
      assert.equal(router.refused.sender, 1);
    });

  it('takes page requests from the side panel and from extension pages in a tab, never from another extension', async () => {
    const { calls, router } = setup();
    for (const type of PAGE_ONLY) {
      assert.equal((await router.handle(EVERY_REQUEST[type], sidePanel)).ok, true, `${type} from the side panel`);
      assert.equal((await router.handle(EVERY_REQUEST[type], summaryTab)).ok, true, `${type} from the summary tab`);
      assert.equal((await router.handle(EVERY_REQUEST[type], otherExtension)).ok, false, `${type} from another extension`);
    }
    assert.equal(calls.length, PAGE_ONLY.length * 2);
    assert.ok(calls.every((c) => c.tab === 'page'));
  });

  it('takes content reports from a tab only, and names the reporter by tab and frame', async () => {
    const { calls, router } = setup();
    assert.equal((await router.handle(EVERY_REQUEST[MSG.observed], { ...callPage, frameId: 3 })).ok, true);
    assert.equal((await router.handle(EVERY_REQUEST[MSG.left], callPage)).ok, true);
    assert.equal((await router.handle(EVERY_REQUEST[MSG.callEnded], sidePanel)).ok, false, 'no tab: not a call page');
    assert.equal((await router.handle(EVERY_REQUEST[MSG.left], sidePanel)).ok, false, 'no tab: not a call page');
    assert.deepEqual(calls, [
      { type: MSG.observed, tab: '7:3' },
      { type: MSG.left, tab: '7:0' },
    ]);
  });

  it('refuses malformed messages of every kind, counted apart from senders', async () => {
    const { calls, router } = setup();
    const bad: unknown[] = [
      null,
      'hello',
      { type: 'ui->background:steal' },
      { ...EVERY_REQUEST[MSG.observed], changes: [{ pid: 'a', speaking: 'yes', t: 1 }] },
      { ...EVERY_REQUEST[MSG.observed], changes: [{ pid: 'a', speaking: true, t: Number.NaN }] },
      { ...EVERY_REQUEST[MSG.observed], call: { ...call, platform: 'skype' } },
      { ...EVERY_REQUEST[MSG.observed], health: { problems: ['on-fire'], matched: [], layout: null } },
      { ...EVERY_REQUEST[MSG.observed], participants: new Array(10_001).fill({ pid: 'a', name: 'A', self: false }) },
      { type: MSG.callEnded, call, t: -1 },
      { ...EVERY_REQUEST[MSG.observed], participants: [{ pid: 'a', name: 'A', self: false, since: 'yesterday' }] },
      { ...EVERY_REQUEST[MSG.left], t: 'now' },
      { ...EVERY_REQUEST[MSG.left], changes: [{ pid: '', speaking: true, t: 1 }] },
      { ...EVERY_REQUEST[MSG.left], changes: new Array(10_001).fill({ pid: 'a', speaking: true, t: 1 }) },
      { type: MSG.deleteAll, roster: 'yes' },
      { type: MSG.command, command: { kind: 'format-disk' } },
      { type: MSG.command, command: { kind: 'round', command: { type: 'explode' } } },
      { type: MSG.leadership, meetingId: 'm1', command: { kind: 'consent', command: { type: 'bribe' } } },
      { type: MSG.deleteMeeting, id: 7 },
    ];
    for (const m of bad) assert.deepEqual(await router.handle(m, sidePanel).then((r) => (r.ok ? 'accepted' : r.error.code)), 'malformed', JSON.stringify(m)?.slice(0, 80));
    assert.equal(router.refused.malformed, bad.length);
    assert.equal(calls.length, 0);
  });

  it('keeps only the fields the protocol knows', () => {
    const parsed = parseRequest({ ...EVERY_REQUEST[MSG.observed], extra: 'x', participants: [{ pid: 'a', name: 'Ana', self: false, html: '<b>', since: 3 }] });
    assert.deepEqual(parsed, { ...EVERY_REQUEST[MSG.observed], participants: [{ pid: 'a', name: 'Ana', self: false, since: 3 }] });
    assert.deepEqual(parseRequest({ ...EVERY_REQUEST[MSG.left], extra: 'x', changes: [{ pid: 'a', speaking: true, t: 2, why: 'x' }] }), { ...EVERY_REQUEST[MSG.left], changes: [{ pid: 'a', speaking: true, t: 2 }] });
    assert.deepEqual(parseRequest({ type: MSG.deleteAll, roster: true }), { type: MSG.deleteAll, roster: true });
  });

  it('answers a handler failure with a refusal instead of leaving the sender waiting', async () => {
    const handlers = { [MSG.listMeetings]: async () => Promise.reject(new Error('disk full')) } as unknown as Handlers;
    const reply = await new Router(handlers, SELF).handle({ type: MSG.listMeetings }, sidePanel);
    assert.deepEqual(reply, { ok: false, error: { code: 'failed', message: 'disk full' } });
  });
});
