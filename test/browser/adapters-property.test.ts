/**
 * Adapters never throw on odd addresses or markup (issue 15): a property test in real Chromium
 * (DOMParser documents, the page's own selector engine) over every adapter's meetingKey, title
 * and read; and a Jitsi room whose address has a malformed `%` sequence is still recorded.
 */
import { strict as assert } from 'node:assert';
import { build } from 'esbuild';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { fixtureHtml } from './fixtures';
import { launch, meetingSnapshot, ROOT } from './harness';

describe('adapters on odd addresses and markup, in real Chromium', function () {
  it('never throw: 400 random addresses and documents per run (fast-check)', async () => {
    const out = await build({ entryPoints: [path.join(ROOT, 'test/fixtures/adapters/property-entry.ts')], bundle: true, write: false, format: 'iife', target: 'chrome120', logLevel: 'error' });
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ headless: true, executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>adapters</title>');
      await page.addScriptTag({ content: out.outputFiles[0]!.text });
      const failure = await page.evaluate(() => (window as unknown as { rtCheckAdapters(seed: number, runs: number): string | null }).rtCheckAdapters(20261201, 400));
      assert.equal(failure, null);
    } finally {
      await browser?.close();
    }
  });

  it('records a Jitsi room whose address has a malformed % sequence, titled with the raw path', async () => {
    const b = await launch();
    try {
      const html = await fixtureHtml('jitsi');
      await b.context.route('https://meet.jit.si/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: html }));
      const panel = await b.page('sidepanel.html');
      const call = await b.context.newPage();
      await call.goto('https://meet.jit.si/50%off');
      await call.waitForFunction(() => 'rtFixture' in window);
      await call.evaluate(() => (window as unknown as { rtFixture: { render(p: unknown[]): void } }).rtFixture.render([{ id: 'a', name: 'Ana', speaks: [] }]));
      let snap = await meetingSnapshot(panel);
      for (let i = 0; i < 40 && !snap.meeting; i++) {
        await new Promise((r) => setTimeout(r, 100));
        snap = await meetingSnapshot(panel);
      }
      assert.ok(snap.meeting, 'the meeting was recorded');
      const started = snap.events.find((e) => e.type === 'meeting.started') as unknown as { title: string };
      assert.equal(started.title, '50%off');
    } finally {
      await b.close();
    }
  });
});
