/**
 * The pseudo-locale (issue 13 item 4): every catalogue string accented and about 40 % longer
 * (shared/ui/pseudo-locale.ts), generated here from the English catalogues, rendered in the
 * browser extension's side panel and summary page at 400 px and in the VS Code sidebar's
 * webview at 300 px; no control may be clipped or overflow horizontally (overflow.ts).
 *
 * Browser extension: a copy of the built extension whose default-locale catalogue
 * (_locales/en/messages.json) is the pseudo one, loaded into Chromium as usual.
 * VS Code sidebar: the built webview bundle (dist/extension/webview.js + .css) in a Chromium page
 * 300 px wide, driven through the host protocol with the record message the extension sends,
 * whose `strings` are the pseudo catalogue (what `webviewStrings()` sends when VS Code's l10n
 * bundle holds a translation); the extension host itself is not running.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CATALOG_LANGUAGE, messages } from '../../shared/ui/messages';
import { pseudoCatalogue, pseudoLocalise } from '../../shared/ui/pseudo-locale';
import { MeetingSession } from '../../shared/core/meeting/session';
import type { MeetingEvent } from '../../shared/core/record/events';
import { VIEW_STRINGS } from '../../extension/webview/view-strings';
import { englishLocale } from '../../webext/src/i18n/locale-catalog';
import { strings } from '../../webext/src/i18n/strings';
import { EXTENSION_DIR, launch, ROOT, type Launched } from './harness';
import { overflowingControls } from './overflow';
import { openWebview } from './webview-page';

const P = pseudoLocalise;

/** Opens every folded section, so the controls behind disclosures are checked too. */
const openAll = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

describe('the pseudo-locale: no control clipped or overflowing', function () {
  let dir: string;
  let b: Launched;
  before(async () => {
    dir = mkdtempSync(path.join(ROOT, '.test-tmp', 'pseudo-'));
    const ext = path.join(dir, 'chrome');
    cpSync(EXTENSION_DIR, ext, { recursive: true });
    const pseudo = Object.fromEntries(Object.entries(englishLocale()).map(([k, { message }]) => [k, { message: k === CATALOG_LANGUAGE ? message : P(message) }]));
    writeFileSync(path.join(ext, '_locales', 'en', 'messages.json'), JSON.stringify(pseudo, null, 2));
    b = await launch({ extensionDir: ext });
  });
  after(async () => {
    await b?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the check itself finds a clipped button, a control past the edge, a cut select and a sideways-scrolling page', async () => {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.setContent(
      '<div style="width:200px;overflow:hidden"><button style="width:80px;white-space:nowrap;overflow:hidden">A very long label that does not fit</button><button style="margin-left:150px;width:120px">cut</button></div>' +
        '<select style="width:60px"><option>Quietest first, always</option></select><p style="width:600px"><a href="#x" style="margin-left:450px">wide</a></p>',
    );
    const problems = await overflowingControls(page);
    assert.equal(problems.length, 5, problems.join('\n'));
    for (const [i, what] of ['scrolls sideways', 'clips its content', 'cut off by', 'cuts its chosen option', 'outside the 400 px viewport'].entries()) assert.ok(problems.some((p) => p.includes(what)), `${i}: ${what}`);
    await page.close();
  });

  let meetingId = '';
  it('side panel at 400 px during a round, every section open', async () => {
    const panel = await b.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.getByLabel(P(strings.panelManualNames)).fill('Ama Okonkwo-Fitzgerald, Bea, Cyd');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.rt-talk-mark');
    await openAll(panel);
    await panel.locator('.wx-round-form button[type="submit"]').click();
    await panel.waitForSelector('.rt-controls [data-action="next"]');
    await openAll(panel);
    // The catalogue in use is the pseudo one (else this test would check English).
    assert.ok((await panel.textContent('body'))!.includes(P(strings.panelEndMeeting)));
    meetingId = (await panel.getAttribute('main[data-meeting]', 'data-meeting'))!;
    if (process.env.ROUNDTABLE_SHOTS) await panel.screenshot({ path: path.join(process.env.ROUNDTABLE_SHOTS, 'panel.png'), fullPage: true });
    const problems = await overflowingControls(panel);
    assert.deepEqual(problems, [], `side panel at 400 px:\n${problems.join('\n')}`);
    await panel.locator('.rt-controls [data-action="next"]').click();
    await panel.locator('.wx-danger').click();
    await panel.waitForSelector('main[data-live="no"]');
    await panel.close();
  });

  it('summary page at 400 px, every section open', async () => {
    assert.ok(meetingId, 'the side panel test recorded a meeting');
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(`chrome-extension://${b.extensionId}/summary.html?id=${encodeURIComponent(meetingId)}`);
    await page.waitForSelector('.rt-summary-meta');
    await openAll(page);
    assert.ok((await page.textContent('body'))!.includes(P(strings.summaryExportsHeading)));
    if (process.env.ROUNDTABLE_SHOTS) await page.screenshot({ path: path.join(process.env.ROUNDTABLE_SHOTS, 'summary.png'), fullPage: true });
    const problems = await overflowingControls(page);
    assert.deepEqual(problems, [], `summary page at 400 px:\n${problems.join('\n')}`);
    await page.close();
  });

  it('VS Code sidebar webview at 300 px during a round, every section open', async () => {
    const events: MeetingEvent[] = [];
    const clock = { now: () => Date.now() };
    const session = new MeetingSession(clock, { append: async (e: MeetingEvent) => void events.push(e) });
    await session.start({ id: 'pseudo', title: 'Pseudo', participants: ['Ama Okonkwo-Fitzgerald', 'Bea', 'Cyd'], facilitator: 'Bea' });
    await session.markSpeaking('p1');
    await session.command({ type: 'start', kind: 'go-around', slotMs: 60_000 });
    await session.command({ type: 'raise', pid: 'p3' });
    const record = {
      type: 'record',
      events,
      settings: { warnMs: 15_000, extendMs: 30_000, extendMoreMs: [60_000, 120_000], tone: 'off', minGapMs: 1500, retentionDays: 0 },
      strings: pseudoCatalogue({ ...messages, ...VIEW_STRINGS } as Record<string, string>),
      hints: {},
      // The host words the link line (vscode.l10n); its longest sentence, pseudo-localised like the rest.
      link: { kind: 'reconnecting', text: pseudoCatalogue({ x: 'Browser link: reconnecting (the browser went away; it reconnects by itself)' }).x },
    };
    const webview = await openWebview(dir, record, { width: 300, lang: 'qps-ploc' });
    try {
      const { page } = webview;
      await page.waitForSelector('.rt-controls [data-action="next"]');
      await openAll(page);
      assert.ok((await page.textContent('body'))!.includes(P(VIEW_STRINGS['view.endMeeting'])));
      if (process.env.ROUNDTABLE_SHOTS) await page.screenshot({ path: path.join(process.env.ROUNDTABLE_SHOTS, 'sidebar.png'), fullPage: true });
      const problems = await overflowingControls(page);
      assert.deepEqual(problems, [], `VS Code sidebar at 300 px:\n${problems.join('\n')}`);
    } finally {
      await webview.close();
    }
  });
});
