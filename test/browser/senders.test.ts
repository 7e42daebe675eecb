/**
 * Issue 15: the worker checks who sends a message. Each page-only request is sent from a call
 * page's content script (its isolated world, reached through CDP: the same chrome.runtime a
 * compromised call page could drive) and must be refused and counted; the same requests from
 * the side panel still work.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { MSG, type PageRequestType, type Reply } from '../../webext/src/messages';
import { browserWithFixture, PLATFORM_URLS } from './fixtures';
import { request, requestValue, type Launched } from './harness';

/** Evaluates `expression` in the content script's isolated world of `page` (Roundtable's, found by its extension origin). */
async function inContentScript(b: Launched, page: Page, expression: string): Promise<unknown> {
  const cdp = await b.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${b.extensionId}`);
  if (!world) throw new Error(`no content-script world on ${page.url()}: ${JSON.stringify(contexts)}`);
  const r = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
  await cdp.detach();
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
  return r.result.value;
}

const ATTEMPTS: Record<PageRequestType, object> = {
  [MSG.listMeetings]: {},
  [MSG.getMeeting]: {},
  [MSG.deleteAll]: {},
  [MSG.deleteMeeting]: { id: 'any' },
  [MSG.command]: { command: { kind: 'start-manual', title: 'Planted', names: ['Mallory'] } },
  [MSG.leadership]: { meetingId: 'any', command: { kind: 'facilitator', pid: 'p1' } },
  [MSG.refusals]: {},
};

describe('sender checks in real Chromium', function () {
  const browser = browserWithFixture('jitsi');

  it("refuses every page-only request from a call page's content script, and the side panel's still work", async () => {
    const b = browser();
    const panel = await b.page('sidepanel.html');
    const started = await requestValue(panel, MSG.command, { command: { kind: 'start-manual', title: 'Kept', names: ['Ana', 'Ben'] } });
    assert.ok(started.meetingId, 'the side panel started a meeting');

    const call = await b.context.newPage();
    await call.goto(PLATFORM_URLS.jitsi.url);
    // The content script is there and may report: its isolated world reaches the worker.
    await call.waitForFunction(() => 'rtFixture' in window);
    for (const [type, body] of Object.entries(ATTEMPTS)) {
      const reply = (await inContentScript(b, call, `chrome.runtime.sendMessage(${JSON.stringify({ ...body, type })})`)) as Reply<unknown>;
      assert.deepEqual(reply.ok ? 'accepted' : reply.error.code, 'forbidden-sender', `${type} from the content script`);
    }
    // A report of the wrong shape from the content script is refused too.
    const bad = (await inContentScript(b, call, `chrome.runtime.sendMessage({ type: ${JSON.stringify(MSG.observed)}, call: { key: 'x' } })`)) as Reply<unknown>;
    assert.deepEqual(bad.ok ? 'accepted' : bad.error.code, 'malformed');

    const refusals = await requestValue(panel, MSG.refusals);
    assert.ok(refusals.sender >= Object.keys(ATTEMPTS).length, `refusals counted: ${JSON.stringify(refusals)}`);
    assert.ok(refusals.malformed >= 1);

    // Nothing the content script asked for happened: the meeting is there, nothing was planted.
    const meetings = await requestValue(panel, MSG.listMeetings);
    assert.deepEqual(meetings.map((m) => m.title), ['Kept']);
    const snap = await requestValue(panel, MSG.getMeeting, { id: started.meetingId! });
    assert.deepEqual(snap.events.filter((e) => e.type === 'participant.joined').map((e) => (e as { name: string }).name), ['Ana', 'Ben']);

    // And the side panel's own requests do what they say.
    assert.equal((await request(panel, MSG.leadership, { meetingId: started.meetingId!, command: { kind: 'facilitator', pid: 'p1' } })).ok, true);
    await requestValue(panel, MSG.deleteAll);
    assert.deepEqual(await requestValue(panel, MSG.listMeetings), []);
  });
});
