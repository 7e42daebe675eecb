/** Display names come from untrusted pages: they render as text, everywhere, and never run. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { SpeakingScript } from '../../webext/src/demo/demo-script';
import { launchWithFixture, PLATFORM_URLS, play } from './fixtures';
import type { Launched } from './harness';
import { MAX_NAME } from '../../webext/src/content/adapters/adapter';

const HOSTILE = [
  '<img src=x onerror="document.title=\'pwned\'">',
  '\u202Eevil\u202C Mallory',
  '"; alert(1); //',
  "{{constructor.constructor('document.title=1')()}}",
  `Long${'-name'.repeat(80)}`,
  '＝cmd|\' /c calc\'!A1',
  'Visit https://evil.example @everyone',
];
/** What the extension keeps of each: every character, cut at MAX_NAME code points. */
const KEPT = HOSTILE.map((n) => Array.from(n).slice(0, MAX_NAME).join(''));

describe('hostile display names in real Chromium', function () {
  let b: Launched;
  before(async () => {
    b = await launchWithFixture('jitsi');
  });
  after(async () => {
    await b?.close();
  });

  it('render as literal text in the side panel and the summary', async () => {
    const panel = await b.page('sidepanel.html');
    const summaryTab = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('/summary.html'), timeout: 30_000 });
    const call = await b.context.newPage();
    await call.goto(PLATFORM_URLS.jitsi.url);
    const script: SpeakingScript = { people: HOSTILE.map((name, i) => ({ id: `h${i}`, name, speaks: [[200 + i * 700, 700 + i * 700]] })), endMs: 6000 };
    await play(call, script, Date.now() + 200);
    const summary = await summaryTab;

    for (const page of [panel, summary]) {
      await page.waitForSelector('.rt-name');
      const shown = await page.$$eval('.rt-name', (els) => els.map((e) => e.textContent));
      for (const name of KEPT) assert.ok(shown.includes(name), `${page.url()} shows ${JSON.stringify(name)} literally`);
      assert.equal(await page.locator('img').count(), 0, 'no element was made from a name');
      assert.equal(await page.title(), 'Roundtable');
    }

    // The exports go through the core's one neutralisation module (text/escape.ts).
    const download = async (page: Page, format: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
      return readFileSync((await d.path())!, 'utf8');
    };
    const csv = await download(summary, 'csv');
    assert.doesNotMatch(csv, /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, 'no control or bidi character in the CSV');
    assert.ok(csv.includes(`"'＝cmd|' /c calc'!A1"`), `the full-width formula start is defused:\n${csv}`);
    assert.ok(csv.includes('\ufffdevil\ufffd Mallory'), 'bidi overrides are visible replacement characters');
    const md = await download(summary, 'md');
    assert.ok(md.includes('Visit `https://evil.example` `@everyone`'), `URL and mention in code spans:\n${md}`);
    const html = new (createRequire(import.meta.url)('markdown-it') as new (o: object) => { render(s: string): string })({ html: true, linkify: true }).render(md);
    assert.doesNotMatch(html, /<(a|img|script)\b/, 'rendered with raw HTML and linkify on, no element or link comes from a name');
  });
});
