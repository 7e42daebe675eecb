/** Display names come from untrusted pages: they render as text, everywhere, and never run. */
import { strict as assert } from 'node:assert';
import type { SpeakingScript } from '../../webext/src/demo/demo-script';
import { PLATFORM_URLS, play, routeFixture } from './fixtures';
import { launch, type Launched } from './harness';
import { MAX_NAME } from '../../webext/src/content/adapters/adapter';

const HOSTILE = [
  '<img src=x onerror="document.title=\'pwned\'">',
  '\u202Eevil\u202C Mallory',
  '"; alert(1); //',
  "{{constructor.constructor('document.title=1')()}}",
  `Long${'-name'.repeat(80)}`,
];
/** What the extension keeps of each: every character, cut at MAX_NAME code points. */
const KEPT = HOSTILE.map((n) => Array.from(n).slice(0, MAX_NAME).join(''));

describe('hostile display names in real Chromium', function () {
  let b: Launched;
  before(async () => {
    b = await launch();
    await routeFixture(b.context, 'jitsi');
  });
  after(async () => {
    await b?.close();
  });

  it('render as literal text in the side panel and the summary', async () => {
    const panel = await b.page('sidepanel.html');
    const summaryTab = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('/summary.html'), timeout: 30_000 });
    const call = await b.context.newPage();
    await call.goto(PLATFORM_URLS.jitsi.url);
    const script: SpeakingScript = { people: HOSTILE.map((name, i) => ({ id: `h${i}`, name, speaks: [[200 + i * 700, 700 + i * 700]] })), endMs: 4500 };
    await play(call, script, Date.now() + 200);
    const summary = await summaryTab;

    for (const page of [panel, summary]) {
      await page.waitForSelector('.rt-name');
      const shown = await page.$$eval('.rt-name', (els) => els.map((e) => e.textContent));
      for (const name of KEPT) assert.ok(shown.includes(name), `${page.url()} shows ${JSON.stringify(name)} literally`);
      assert.equal(await page.locator('img').count(), 0, 'no element was made from a name');
      assert.equal(await page.title(), 'Roundtable');
    }
  });
});
