/**
 * A renderer whose _locales catalogue Chromium lost (closing the welcome tab the moment it
 * appeared did it 4 times in 20): every chrome.i18n.getMessage there returns '', even
 * '@@extension_id'. An init script makes every extension page so before its scripts run, and the
 * popup, side panel and summary must still read in the language (the build's copy of the
 * catalogue, page-locales/<lang>.js), with named buttons, and say in the console what happened.
 * Under Playwright the renderer reports en-US whatever --lang says, so the German case sets
 * getUILanguage itself. The expected texts are the shipped catalogues' own.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strings } from '../../webext/src/i18n/strings';
import { launch, ROOT, type Launched } from './harness';

const german = JSON.parse(readFileSync(path.join(ROOT, 'webext/locales/de.json'), 'utf8')) as Record<string, string>;

for (const [lang, own] of [
  ['en', strings as Record<string, string>],
  ['de', { ...strings, ...german }],
] as const) {
  describe(`a lost catalogue: pages with no _locales catalogue in the renderer (${lang})`, function () {
    const text = (key: keyof typeof strings) => {
      if (lang !== 'en') assert.notEqual(own[key], strings[key], `de has its own text for ${key}`);
      return own[key];
    };
    let b: Launched;
    const errors: string[] = [];
    before(async () => {
      b = await launch();
      await b.context.addInitScript((ui: string) => {
        const i18n = (globalThis as unknown as { chrome?: { i18n?: Record<string, unknown> } }).chrome?.i18n;
        if (!i18n) return;
        i18n.getMessage = () => '';
        if (ui !== 'en') i18n.getUILanguage = () => ui;
      }, lang);
      b.context.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${m.page()?.url()}: ${m.text()}`);
      });
    });
    after(async () => {
      await b?.close();
    });

    it('popup, side panel and summary show their texts and named buttons, and say the catalogue was lost', async () => {
      const popup = await b.page('popup.html');
      // The init script took: the browser's own catalogue is empty in this page.
      assert.equal(await popup.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getMessage(n: string): string } } }).chrome.i18n.getMessage('@@extension_id')), '');
      await popup.getByRole('button', { name: text('popupOpenPanel') }).waitFor({ timeout: 10_000 });
      await popup.getByText(text('popupNoMeeting')).waitFor();
      assert.equal(await popup.getAttribute('html', 'lang'), lang);
      assert.ok(errors.some((e) => e.includes('/popup.html') && e.includes('catalogue is lost')), `the popup logged the lost catalogue: ${errors.join('\n')}`);
      await popup.close();

      const panel = await b.page('sidepanel.html');
      await panel.getByText(text('panelStartManual')).waitFor({ timeout: 10_000 });
      assert.equal(await panel.getAttribute('html', 'lang'), lang);
      await panel.getByLabel(text('panelManualNames')).fill('Ana, Bruno');
      await panel.keyboard.press('Enter');
      await panel.waitForSelector('.rt-talk-mark');
      await panel.keyboard.press('1');
      await panel.waitForSelector('.rt-talk-mark[aria-pressed="true"]:has-text("Ana")');
      // No control is left without a name (an empty message would leave one).
      const unnamed = await panel.$$eval('button', (all) => all.filter((x) => !(x.getAttribute('aria-label') || x.textContent || '').trim()).map((x) => x.outerHTML.slice(0, 120)));
      assert.deepEqual(unnamed, [], 'every side panel button has a name');
      const meetingId = (await panel.getAttribute('main[data-meeting]', 'data-meeting'))!;
      assert.ok(meetingId, 'the panel shows the meeting');
      await panel.close();

      const summary = await b.page(`summary.html?id=${encodeURIComponent(meetingId)}`);
      await summary.waitForSelector('[data-export="md"]');
      assert.equal(await summary.getAttribute('html', 'lang'), lang);
      await summary.getByRole('heading', { name: text('summaryExportsHeading') }).waitFor();
      const unnamedThere = await summary.$$eval('button', (all) => all.filter((x) => !(x.getAttribute('aria-label') || x.textContent || '').trim()).map((x) => x.outerHTML.slice(0, 120)));
      assert.deepEqual(unnamedThere, [], 'every summary button has a name');
      await summary.close();
      assert.deepEqual(errors.filter((e) => /Refused|Content Security Policy|Failed to fetch dynamically imported module/.test(e)), [], 'the CSP lets the pages load the build\'s catalogue');
    });

    it('the demo call falls back to English', async () => {
      const demo = await b.page('demo.html?room=lost');
      await demo.waitForFunction((title) => document.getElementById('title')?.textContent === title, strings.demoTitle, { timeout: 10_000 });
      assert.equal(await demo.title(), strings.demoTitle);
      await demo.close();
    });
  });
}
