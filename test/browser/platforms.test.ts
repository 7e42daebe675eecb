/**
 * Each platform's fixture under its real address, a scripted meeting, and the recorded
 * summary's talk times within 250 ms per person of the script; the same in German and French
 * page variants (issue 13 item 3: no adapter relies on English text), where also exactly the
 * script's people are recorded, under their names without the local mark, the local one as
 * self. Also: the extension makes no network request of its own during all of it.
 */
import { strict as assert } from 'node:assert';
import { launch, type Launched } from './harness';
import { localisedUrl, PLATFORM_URLS, play, scriptOrigin, recordedSummary, routeFixture, talkErrors, withoutLocalMark, type FixtureLanguage, type Platform } from './fixtures';
import { DEMO_SCRIPT } from '../../webext/src/demo/demo-script';
import { SEQUENTIAL_SCRIPT } from '../fixtures/platforms/scripts';

const TOLERANCE_MS = 250;
/** A script's name as it should be recorded: the demo's local "Ada (me)" is Ada. */

describe('platform fixtures in real Chromium', function () {
  let b: Launched;
  before(async () => {
    b = await launch();
  });
  after(async () => {
    await b?.close();
  });

  const cases: [Platform, typeof SEQUENTIAL_SCRIPT][] = [
    ['jitsi', DEMO_SCRIPT],
    ['meet', SEQUENTIAL_SCRIPT],
    ['zoom', SEQUENTIAL_SCRIPT],
    ['teams', SEQUENTIAL_SCRIPT],
  ];
  for (const lang of ['en', 'de', 'fr'] as FixtureLanguage[])
    for (const [platform, script] of cases) {
      const label = lang === 'en' ? platform : `${platform} (${lang} page)`;
      it(`${label}: summary talk times within ${TOLERANCE_MS} ms of the script, the script's people, the local one as self`, async () => {
        await routeFixture(b.context, platform, platform, lang);
        const summaryTab = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('/summary.html'), timeout: 30_000 });
        const page = await b.context.newPage();
        await page.goto(localisedUrl(platform, lang));
        await play(page, script, scriptOrigin());
        const summaryPage = await summaryTab;
        const id = new URL(summaryPage.url()).searchParams.get('id')!;
        const { summary, events } = await recordedSummary(summaryPage, id);
        assert.equal(summary.meeting.platform, platform);
        const errors = talkErrors(summary, script);
        console.log(`      ${label} error per person (ms): ${[...errors].map(([n, e]) => `${n} ${e}`).join(', ')}`);
        for (const [name, err] of errors) assert.ok(Math.abs(err) <= TOLERANCE_MS, `${label}: ${name} off by ${err} ms`);
        const joined = events.filter((e) => e.type === 'participant.joined') as { name: string; self?: boolean }[];
        const local = withoutLocalMark(script.people.find((p) => p.local)!.name);
        assert.deepEqual([...new Set(joined.map((j) => j.name))].sort(), script.people.map((p) => withoutLocalMark(p.name)).sort(), `${label}: exactly the script's people, no screen share, no mark in a name`);
        assert.deepEqual([...new Set(joined.filter((j) => j.self).map((j) => j.name))], [local], `${label}: ${local} is the local user`);
        await summaryPage.close();
        await page.close();
        await b.context.unroute(PLATFORM_URLS[platform].pattern);
      });
    }

  it('meet: a muted local microphone stops the local talk time even though the tile still shows speech', async () => {
    await routeFixture(b.context, 'meet');
    const summaryTab = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('/summary.html'), timeout: 30_000 });
    const page = await b.context.newPage();
    await page.goto(`${PLATFORM_URLS.meet.url}?muting`);
    const script = { people: [{ id: 'ana', name: 'Ana', local: true, speaks: [[300, 3300]] as [number, number][] }, { id: 'ben', name: 'Ben', speaks: [] }], endMs: 4000 };
    const origin = scriptOrigin();
    const playing = play(page, script, origin);
    await new Promise((r) => setTimeout(r, origin + 1300 - Date.now()));
    await page.evaluate(() => (window as unknown as { rtMeetMute(on: boolean): void }).rtMeetMute(true));
    await playing;
    const summaryPage = await summaryTab;
    const { summary } = await recordedSummary(summaryPage, new URL(summaryPage.url()).searchParams.get('id')!);
    const ana = summary.participants.find((p) => p.name === 'Ana')!;
    assert.ok(Math.abs(ana.talkMs - 1000) <= TOLERANCE_MS, `Ana spoke 1000 ms before muting, recorded ${ana.talkMs}`);
    await summaryPage.close();
    await page.close();
    await b.context.unroute(PLATFORM_URLS.meet.pattern);
  });

  it('made no network request of its own', () => {
    const fixtureHosts = Object.values(PLATFORM_URLS).map((u) => new URL(u.url).origin);
    const foreign = b.requests.filter((r) => !r.url.startsWith('chrome-extension://') && !r.url.startsWith('blob:') && !r.url.startsWith('data:') && !fixtureHosts.some((o) => r.url.startsWith(o)));
    assert.ok(b.requests.length > 0, 'the request log saw the fixture page loads');
    assert.deepEqual(foreign, []);
    // Every request to a platform host is a top-level page load the test made, never a fetch.
    const fromExtension = b.requests.filter((r) => r.fromExtension && !r.url.startsWith('chrome-extension://') && !r.url.startsWith('blob:'));
    assert.deepEqual(fromExtension, []);
  });
});
