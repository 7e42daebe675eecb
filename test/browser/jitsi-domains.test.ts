/**
 * Self-hosted Jitsi: a domain the manifest does not cover is read only once the user granted
 * it. Headless Chromium cannot click "Allow" on the permission prompt, so this covers what
 * can run here: bad input gets a clear message, and an origin recorded in the settings but
 * not granted registers no content script.
 */
import { strict as assert } from 'node:assert';
import { JITSI_SCRIPT_ID, SETTINGS_KEY } from '../../webext/src/storage/keys';
import { launch, type Launched } from './harness';

/** The extension APIs this test calls inside the worker (test/ has no chrome types). */
interface WorkerApis {
  chrome: {
    storage: { local: { set(v: object): Promise<void> } };
    scripting: { getRegisteredContentScripts(f: { ids: string[] }): Promise<unknown[]> };
  };
}

describe('self-hosted Jitsi domains in real Chromium', function () {
  let b: Launched;
  before(async () => {
    b = await launch();
  });
  after(async () => {
    await b?.close();
  });

  it('explains a refused domain and registers the content script for granted origins only', async () => {
    const panel = await b.page('sidepanel.html');
    // Settings sit in the folded meeting actions (issue 12's compact panel).
    const more = panel.locator('details[data-disclosure="panel.meeting"]');
    if ((await more.getAttribute('open')) === null) await more.locator('summary').click();
    await panel.click('.wx-settings > summary');
    await panel.fill('.wx-settings input[inputmode="url"]', 'meet.jit.si');
    await panel.click('.wx-settings form button');
    await panel.waitForSelector('.wx-settings [role="status"]:has-text("is not a domain Roundtable can add")');

    const sw = await b.worker();
    // meet.jit.si is granted through the manifest's content-script matches (the UI would refuse
    // it as built in; here it stands in for a granted domain); meet.example.org was never granted.
    await sw.evaluate(([key]) => (globalThis as unknown as WorkerApis).chrome.storage.local.set({ [key]: { openSummaryAfterCall: true, jitsiOrigins: ['https://meet.jit.si/*', 'https://meet.example.org/*'] } }), [SETTINGS_KEY] as const);
    const registered = async () => (await sw.evaluate(([id]) => (globalThis as unknown as WorkerApis).chrome.scripting.getRegisteredContentScripts({ ids: [id] }), [JITSI_SCRIPT_ID] as const)) as { matches: string[] }[];
    for (let i = 0; i < 50 && (await registered()).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual((await registered()).map((s) => s.matches), [['https://meet.jit.si/*']], 'only the granted origin gets the content script');
  });
});
