/**
 * The browser in another UI language (issue 13): Chromium started with --lang=de and with
 * --lang=pt-BR picks the extension's _locales catalogue, and the side panel, the summary page
 * and the Markdown export read in that language (the core's catalogue for the file), with the
 * page's lang set to it and axe clean. The expected texts are the shipped catalogues' own, and
 * each is checked to differ from the English, so an English page cannot pass.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { coreMessages } from '../../shared/core/l10n/core-messages';
import { messages } from '../../shared/ui/messages';
import { strings } from '../../webext/src/i18n/strings';
import { axeViolations, describeViolations, launch, panelRows, ROOT, unfold, type Launched } from './harness';

const catalogue = (dir: string, file: string) => JSON.parse(readFileSync(path.join(ROOT, dir, 'locales', `${file}.json`), 'utf8')) as Record<string, string>;

for (const [lang, file] of [
  ['de', 'de'],
  ['pt-BR', 'pt-br'],
] as const) {
  describe(`the browser extension with Chromium in ${lang} (--lang=${lang})`, function () {
    const own = catalogue('webext', file);
    const ui = catalogue('shared/ui', file);
    const core = catalogue('shared/core', file);
    /** A catalogue's text, asserted to be a translation (not the English). */
    const text = (cat: Record<string, string>, english: Record<string, string>, key: string) => {
      assert.ok(cat[key] && cat[key] !== english[key], `${lang} has its own text for ${key}`);
      return cat[key];
    };
    const ownText = (key: keyof typeof strings) => text(own, strings, key);
    const uiText = (key: keyof typeof messages) => text(ui, messages, key);
    const coreLine = (key: keyof typeof coreMessages) => text(core, coreMessages, key);

    let b: Launched;
    mkdirSync(path.join(ROOT, '.test-tmp'), { recursive: true });
    const downloads = mkdtempSync(path.join(ROOT, '.test-tmp', `downloads-${file}-`));
    before(async () => {
      b = await launch({ lang, downloads });
    });
    after(async () => {
      await b?.close();
      rmSync(downloads, { recursive: true, force: true });
    });

    let meetingId = '';
    it('side panel: a meeting started by hand, in the language, axe clean', async () => {
      const panel = await b.page('sidepanel.html');
      await panel.getByText(ownText('panelStartManual')).waitFor();
      assert.equal(await panel.getAttribute('html', 'lang'), lang);
      assert.deepEqual(await axeViolations(panel), [], 'empty side panel');
      await panel.getByLabel(ownText('panelManualNames')).fill('Ana, Bruno');
      await panel.keyboard.press('Enter');
      await panel.waitForSelector('.rt-talk-mark');
      await panel.keyboard.press('1');
      await panel.waitForSelector('.rt-talk-mark[aria-pressed="true"]:has-text("Ana")');
      // Ana's talk shows a whole second or more before the meeting ends (the figure starts with its count).
      await panel.waitForFunction(() => [...document.querySelectorAll('.rt-balance-item')].some((li) => li.querySelector('.rt-name')?.textContent === 'Ana' && /^\s*[1-9]/.test(li.querySelector('.rt-balance-figures')?.textContent ?? '')), null, { timeout: 10_000 });
      await panel.getByRole('heading', { name: uiText('balance.heading') }).first().waitFor();
      await unfold(panel, ownText('panelMeetingMore'));
      await panel.getByRole('button', { name: ownText('panelEndMeeting') }).waitFor();
      const live = await axeViolations(panel);
      assert.deepEqual(live, [], describeViolations(live));
      meetingId = (await panel.getAttribute('main[data-meeting]', 'data-meeting'))!;
      await panel.getByRole('button', { name: ownText('panelEndMeeting') }).click();
      await panel.waitForSelector('main[data-live="no"] .rt-balance-item');
      // The talk times read back in the page's language (harness.parseDuration follows <html lang>).
      const shown = await panelRows(panel);
      assert.ok(shown.get('Ana')! >= 1000, `Ana spoke for a second or more: ${JSON.stringify([...shown])}`);
      assert.equal(shown.get('Bruno'), 0);
      await panel.close();
    });

    it('summary page and its Markdown export, in the language, axe clean', async () => {
      assert.ok(meetingId, 'the side panel test recorded a meeting');
      const page = await b.page(`summary.html?id=${encodeURIComponent(meetingId)}`);
      await page.waitForSelector('[data-export="md"]');
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await page.getByRole('heading', { name: ownText('summaryExportsHeading') }).waitFor();
      const found = await axeViolations(page);
      assert.deepEqual(found, [], describeViolations(found));

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="md"]')]);
      const file = path.join(downloads, 'summary.md');
      await download.saveAs(file);
      const md = readFileSync(file, 'utf8');
      const lines = md.split('\n');
      assert.ok(lines.includes(`## ${coreLine('summary.participants')}`), `Markdown has the ${lang} participants heading:\n${md}`);
      assert.ok(lines.some((l) => l.startsWith(`- ${coreLine('summary.duration').split('{0}')[0]}`)), `Markdown has the ${lang} duration line:\n${md}`);
      assert.ok(!lines.includes(`## ${coreMessages['summary.participants']}`), 'no English heading');
      await page.close();
    });
  });
}
