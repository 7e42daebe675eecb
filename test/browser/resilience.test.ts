/**
 * Nothing lost: the service worker stopped mid-speech (as MV3 does when idle) and the call tab
 * reloaded mid-meeting; two tabs of one meeting counted once.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { MSG } from '../../webext/src/messages';
import { RESILIENCE_SCRIPT } from '../fixtures/platforms/scripts';
import { launchWithFixture, PLATFORM_URLS, play, scriptOrigin, recordedSummary, talkErrors } from './fixtures';
import { panelRows, requestValue, type Launched } from './harness';

const TOLERANCE_MS = 250;
const until = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));

async function meetingsCount(page: Page): Promise<number> {
  return (await requestValue(page, MSG.listMeetings)).length;
}

describe('resilience in real Chromium', function () {
  let b: Launched;
  beforeEach(async () => {
    b = await launchWithFixture('jitsi');
  });
  afterEach(async () => {
    await b?.close();
  });

  it('a worker restart mid-speech and a tab reload mid-meeting lose nothing', async () => {
    const ext = await b.page('sidepanel.html');
    const summaryTab = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('/summary.html'), timeout: 40_000 });
    const call = await b.context.newPage();
    await call.goto(PLATFORM_URLS.jitsi.url);
    const origin = scriptOrigin();
    play(call, RESILIENCE_SCRIPT, origin).catch(() => undefined); // this playback dies with the reload

    // 4.5 s: Ben is mid-sentence. Stop every service worker, as Chrome does after 30 s idle.
    await until(origin + 4500);
    const before = await b.worker();
    await before.evaluate(() => ((globalThis as { rtMarker?: number }).rtMarker = 1));
    const cdp = await b.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    // 7.6 s: silence (Ben's hang-over is over). Reload the call tab; the call goes on.
    await until(origin + 7600);
    await call.reload();
    await play(call, RESILIENCE_SCRIPT, origin);

    const summaryPage = await summaryTab;
    const after = await b.worker();
    assert.equal(await after.evaluate(() => (globalThis as { rtMarker?: number }).rtMarker), undefined, 'the worker really was restarted');
    const { summary } = await recordedSummary(summaryPage, new URL(summaryPage.url()).searchParams.get('id')!);
    assert.equal(await meetingsCount(summaryPage), 1, 'the reload continued the same meeting');
    assert.equal(summary.participants.length, RESILIENCE_SCRIPT.people.length, 'nobody joined twice');
    const errors = talkErrors(summary, RESILIENCE_SCRIPT);
    console.log(`      restart+reload error per person (ms): ${[...errors].map(([n, e]) => `${n} ${e}`).join(', ')}`);
    for (const [name, err] of errors) assert.ok(Math.abs(err) <= TOLERANCE_MS, `${name} off by ${err} ms`);

    // The side panel was open throughout: its port closed with the worker, and it followed again
    // from where its copy ended. It holds every event of the record once, and shows the record's figures.
    const { events } = await recordedSummary(summaryPage, new URL(summaryPage.url()).searchParams.get('id')!);
    await ext.waitForSelector(`main[data-live="no"][data-events="${events.length}"]`, { timeout: 10_000 });
    const shown = await panelRows(ext);
    for (const p of summary.participants) {
      const got = shown.get(p.name);
      assert.ok(got !== undefined && Math.abs(got - p.talkMs) <= 500, `side panel shows ${p.name} ${got} ms, the record says ${p.talkMs} ms`);
    }
  });

  it('two tabs of one meeting do not double-count', async () => {
    const summaryTab = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('/summary.html'), timeout: 40_000 });
    const [one, two] = [await b.context.newPage(), await b.context.newPage()];
    await Promise.all([one.goto(PLATFORM_URLS.jitsi.url), two.goto(PLATFORM_URLS.jitsi.url)]);
    const origin = scriptOrigin();
    await Promise.all([play(one, RESILIENCE_SCRIPT, origin), play(two, RESILIENCE_SCRIPT, origin)]);
    const summaryPage = await summaryTab;
    const { summary } = await recordedSummary(summaryPage, new URL(summaryPage.url()).searchParams.get('id')!);
    assert.equal(await meetingsCount(summaryPage), 1);
    const errors = talkErrors(summary, RESILIENCE_SCRIPT);
    console.log(`      two-tab error per person (ms): ${[...errors].map(([n, e]) => `${n} ${e}`).join(', ')}`);
    for (const [name, err] of errors) assert.ok(Math.abs(err) <= TOLERANCE_MS, `${name} off by ${err} ms`);
  });
});
