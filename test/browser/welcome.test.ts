/**
 * The browser's first run (issue 13): installing the extension on a fresh profile opens the
 * welcome page once, in the UI language, with its lang set and axe clean, and its demo button
 * works by keyboard. (Every other test's launch waits for the same page and closes it: harness.ts.)
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strings } from '../../webext/src/i18n/strings';
import { axeViolations, describeViolations, launch, ROOT, type Launched } from './harness';

const german = JSON.parse(readFileSync(path.join(ROOT, 'webext/locales/de.json'), 'utf8')) as Record<string, string>;

for (const [lang, text] of [
  ['en', strings as Record<string, string>],
  ['de', german],
] as const) {
  describe(`the welcome page on install (real Chromium, --lang=${lang})`, function () {
    let b: Launched;
    before(async () => {
      b = await launch({ lang, welcome: true });
    });
    after(async () => {
      await b?.close();
    });

    it('opens by itself, explains the panel, the manual fallback, privacy and the VS Code link, and is axe clean', async () => {
      const page = b.welcome;
      assert.ok(page, 'the install opened the welcome page');
      assert.equal(page.url(), `chrome-extension://${b.extensionId}/welcome.html`);
      if (lang !== 'en') for (const key of ['welcomeTitle', 'welcomePrivacyKept'] as const) assert.notEqual(text[key], strings[key], `${lang} has its own ${key}`);
      await page.locator('h1', { hasText: text.welcomeTitle! }).waitFor();
      assert.equal(await page.title(), text.welcomeTitle);
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.deepEqual(
        await page.locator('h2').allTextContents(),
        [text.welcomePanelHeading, text.welcomeManualHeading, text.welcomePrivacyHeading, text.welcomeLinkHeading],
      );
      for (const key of ['welcomePanel', 'welcomeManual', 'welcomePrivacyRead', 'welcomePrivacyKept', 'welcomeLink'] as const) await page.getByText(text[key]!, { exact: true }).waitFor();
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], describeViolations(violations));
      assert.ok(!b.requests.some((r) => !r.fromExtension && !r.url.startsWith('data:')), 'the welcome page makes no network request');
    });

    it('its demo button works by keyboard: Tab to it, Enter opens the demo call', async () => {
      const page = b.welcome!;
      const demo = page.getByRole('button', { name: text.popupOpenDemo! });
      await page.locator('body').focus();
      for (let i = 0; i < 5 && !(await demo.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      assert.ok(await demo.evaluate((el) => el === document.activeElement), 'the demo button takes the focus by Tab');
      const opened = b.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/demo.html'), timeout: 15_000 });
      await page.keyboard.press('Enter');
      await (await opened).close();
    });
  });
}
