/**
 * The browser's records language (issue 13 item 2): the side panel's settings pick German while
 * the browser's UI stays English, and the summary page's Markdown export of the demo call is
 * written in German (its translation imported from the extension's own records-locales/de.js),
 * while the page itself still reads English. Axe finds nothing in the panel's settings.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DEMO_SCRIPT } from '../../webext/src/demo/demo-script';
import { axeViolations, describeViolations, launch, ROOT, unfold, type Launched } from './harness';

describe('the records language setting, in real Chromium', function () {
  let b: Launched;
  mkdirSync(path.join(ROOT, '.test-tmp'), { recursive: true });
  const downloads = mkdtempSync(path.join(ROOT, '.test-tmp', 'downloads-'));
  before(async () => {
    b = await launch({ downloads });
  });
  after(async () => {
    await b?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('German chosen in the settings: the exported Markdown summary is German, the pages stay English', async () => {
    const panel = await b.page('sidepanel.html');
    await unfold(panel, 'Meeting: summary, end, settings');
    const settings = panel.locator('details.wx-settings');
    if (!(await settings.evaluate((el) => (el as HTMLDetailsElement).open))) await settings.locator(':scope > summary').click();
    const select = panel.getByLabel('Language of exported summaries and the playbook');
    await select.waitFor();
    assert.equal(await select.inputValue(), '', "the browser's language by default");
    assert.deepEqual(await select.locator('option').allInnerTexts(), ["The browser's language", 'English', 'Deutsch', 'français', 'español', 'português (Brasil)']);
    await select.selectOption('de');
    // Stored with the other settings (storage.local), which is what the summary page reads.
    await panel.waitForFunction(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { recordsLanguage?: string }>> } } } }).chrome;
      return (await c.storage.local.get('roundtable.settings'))['roundtable.settings']?.recordsLanguage === 'de';
    });
    const violations = await axeViolations(panel);
    assert.deepEqual(violations, [], describeViolations(violations));

    const summaryTab = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('/summary.html'), timeout: DEMO_SCRIPT.endMs + 30_000 });
    await b.page('demo.html?room=records-language');
    const summary = await summaryTab;
    await summary.waitForSelector('button[data-export="md"]');
    const [download] = await Promise.all([summary.waitForEvent('download'), summary.click('button[data-export="md"]')]);
    const file = path.join(downloads, 'summary.md');
    await download.saveAs(file);
    const md = readFileSync(file, 'utf8');
    for (const line of ['## Teilnehmende', '| Person | Redezeit | Anteil | Fairer Anteil | Beiträge | Anwesend | Hinweis |', '## Gesprächsdynamik']) assert.ok(md.includes(`${line}\n`), `${line}\n---\n${md}`);
    for (const english of ['## Participants', 'Duration:', 'Balance:']) assert.ok(!md.includes(english), `English '${english}' in the German export:\n${md}`);
    // The page is in the UI language, English here: only the files follow the records language.
    assert.equal((await summary.locator('button[data-export="md"]').innerText()).trim(), 'Export Markdown');
  });
});
