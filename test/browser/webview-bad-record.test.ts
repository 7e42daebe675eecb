/**
 * A record the VS Code webview cannot show (issue 13): its alert is in VS Code's display
 * language, not validate.ts's English. The record message is the one the host sends in German:
 * webviewStrings() with VS Code's German l10n bundle, shared/ui's German catalogue (ui-locale.ts)
 * and the core's German catalogue, whose record problems the webview words
 * (describeEventProblem). The built webview bundle runs in Chromium (webview-page.ts).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadUiLocale, readCatalogue } from '../../extension/src/ui-locale';
import { webviewStrings } from '../../extension/src/webview-strings';
import { ROOT } from './harness';
import { openWebview } from './webview-page';

const read = (dir: string) => async (file: string) => readFileSync(path.join(ROOT, dir, file));

describe('the VS Code webview words a record it cannot show in the display language', function () {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(ROOT, '.test-tmp', 'webview-bad-'));
  });
  after(async () => {
    await loadUiLocale('en', read('shared/ui/locales'));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('German: the record alert names the event and the field in German', async () => {
    await loadUiLocale('de', read('shared/ui/locales'));
    const core = await readCatalogue('de', read('shared/core/locales'));
    assert.equal(core.lang, 'de');
    const bundle = JSON.parse(readFileSync(path.join(ROOT, 'l10n/bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
    const record = {
      type: 'record',
      events: [
        { v: 1, t: 1_800_000_000_000, type: 'meeting.started', id: 'm', title: 'Kaputt' },
        { v: 1, t: 1_800_000_001_000, type: 'participant.joined', name: 'Ana' },
      ],
      settings: { warnMs: 15_000, extendMs: 30_000, extendMoreMs: [60_000], tone: 'off', minGapMs: 1500, retentionDays: 0 },
      strings: webviewStrings(bundle, core),
      hints: {},
      link: null,
    };
    const webview = await openWebview(dir, record, { width: 300, lang: 'de' });
    try {
      const alert = webview.page.locator('.rt-host-error[role="alert"]');
      await alert.waitFor();
      assert.equal(await alert.textContent(), 'Das Meeting-Protokoll konnte nicht angezeigt werden: Ereignis 2: Feld pid fehlt');
    } finally {
      await webview.close();
    }
  });
});
