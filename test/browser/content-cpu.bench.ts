/**
 * Not part of the suite (the file name does not end in .test.ts): measures the content script's
 * CPU time over a long scripted meeting with many tiles, on the Jitsi fixture under its real
 * address, with the sampling profiler attributing time to content.js. Run:
 *   MINUTES=10 TILES=25 npx mocha --no-config --import=tsx --timeout 0 test/browser/content-cpu.bench.ts
 */
import { strict as assert } from 'node:assert';
import { longScript } from '../../webext/src/demo/demo-script';
import { PLATFORM_URLS, play, recordedSummary, routeFixture, talkErrors } from './fixtures';
import { launch, type Launched } from './harness';

const MINUTES = Number(process.env.MINUTES ?? 10);
const TILES = Number(process.env.TILES ?? 25);

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

describe(`content script CPU: ${TILES} tiles, ${MINUTES} min`, function () {
  let b: Launched;
  before(async () => {
    b = await launch();
    await routeFixture(b.context, 'jitsi');
  });
  after(async () => {
    await b?.close();
  });

  it('measures', async () => {
    const script = longScript(TILES, MINUTES);
    const summaryTab = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('/summary.html'), timeout: MINUTES * 60_000 + 60_000 });
    const page = await b.context.newPage();
    await page.goto(PLATFORM_URLS.jitsi.url);
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    const started = Date.now();
    await play(page, script, Date.now() + 300);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const wall = (Date.now() - started) / 1000;

    const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
    let contentUs = 0;
    let allUs = 0;
    profile.samples.forEach((id, i) => {
      const dt = profile.timeDeltas[i] ?? 0;
      const url = urlOf.get(id) ?? '';
      if (url !== '' || id !== profile.nodes[0]!.id) allUs += dt;
      if (url.startsWith('chrome-extension://') && url.endsWith('/content.js')) contentUs += dt;
    });
    const scriptS = metrics.metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN;
    const summaryPage = await summaryTab;
    const { summary } = await recordedSummary(summaryPage, new URL(summaryPage.url()).searchParams.get('id')!);
    const errors = [...talkErrors(summary, script).values()].map(Math.abs);
    console.log(
      `      ${TILES} tiles, ${wall.toFixed(0)} s meeting: content.js self time ${(contentUs / 1000).toFixed(0)} ms sampled ` +
        `(${((contentUs / 1e6 / wall) * 100).toFixed(2)} % of one core); whole page script time ${(scriptS * 1000).toFixed(0)} ms (fixture player included); ` +
        `worst talk-time error ${Math.max(...errors)} ms over ${script.people.reduce((n, p) => n + p.speaks.length, 0)} utterances`,
    );
    assert.ok(contentUs > 0, 'the profiler saw the content script run');
  });
});
