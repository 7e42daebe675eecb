/**
 * Deleting keeps no personal data behind (issue 15): deleting a meeting removes its facilitation
 * entry and the person the call page put on the roster for it; "delete all" is confirmed in the
 * page, says what stays, and can clear the roster too.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { DEMO_SCRIPT } from '../../webext/src/demo/demo-script';
import { MSG } from '../../webext/src/messages';
import { ROSTER_AUTO_KEY, ROSTER_KEY } from '../../webext/src/storage/keys';
import { launch, requestValue, type Launched } from './harness';

interface ExtGlobals {
  chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> }; storage: { local: { get(k: string[]): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } } };
}
type StoredRoster = { people: { id: string; name: string }[]; facilitations: { pid: string; meetingId: string }[] } | undefined;

async function stored(page: Page): Promise<{ roster: StoredRoster; auto: Record<string, string> | undefined }> {
  const all = await page.evaluate((keys) => (globalThis as unknown as ExtGlobals).chrome.storage.local.get(keys), [ROSTER_KEY, ROSTER_AUTO_KEY]);
  return { roster: all[ROSTER_KEY] as StoredRoster, auto: all[ROSTER_AUTO_KEY] as Record<string, string> | undefined };
}

/** Plays the demo in `room`; Ada (the call page's local person) is recorded as its facilitator mid-call. */
async function facilitatedDemo(b: Launched, ext: Page, room: string): Promise<string> {
  const demo = await b.page(`demo.html?room=${room}`);
  await demo.waitForTimeout(1800);
  const list = await requestValue(ext, MSG.listMeetings);
  const id = list.find((m) => m.key === `demo/${room}`)!.id;
  assert.equal(await requestValue(ext, MSG.leadership, { meetingId: id, command: { kind: 'facilitator', pid: 'local' } }), null);
  await demo.waitForFunction(() => document.body.dataset.state === 'ended', null, { timeout: DEMO_SCRIPT.endMs + 10_000 });
  await demo.close();
  return id;
}

describe('deleting meetings in real Chromium', function () {
  let b: Launched;
  beforeEach(async () => {
    b = await launch();
  });
  afterEach(async () => {
    await b?.close();
  });

  it('deleting a meeting removes its facilitation and the person the call page added for it', async () => {
    const ext = await b.page('popup.html');
    // Someone already on the roster (imported) stays whatever is deleted.
    await ext.evaluate((key) => (globalThis as unknown as ExtGlobals).chrome.storage.local.set({ [key]: { version: 1, people: [{ id: 'zoe', name: 'Zoe' }], facilitations: [] } }), ROSTER_KEY);
    const id = await facilitatedDemo(b, ext, 'del-one');
    const before = await stored(ext);
    assert.ok(before.roster!.facilitations.some((f) => f.meetingId === id), 'the facilitation was recorded');
    assert.ok(before.roster!.people.some((p) => p.name === 'Ada'));

    const summary = await b.page(`summary.html?id=${encodeURIComponent(id)}`);
    await summary.click('button:has-text("Delete this meeting")');
    const confirm = summary.locator('.wx-confirm[data-confirm="one"]');
    assert.match((await confirm.textContent()) ?? '', /facilitation rotation/);
    await confirm.locator('button:has-text("Delete")').click();
    await summary.waitForSelector('text=No meetings recorded yet.');
    const after = await stored(ext);
    assert.deepEqual(after.roster!.facilitations, []);
    assert.deepEqual(after.roster!.people.map((p) => p.name), ['Zoe']);
    assert.deepEqual(after.auto, {});
  });

  it('"delete all" says what stays, and can clear the roster too', async () => {
    const ext = await b.page('popup.html');
    await ext.evaluate((key) => (globalThis as unknown as ExtGlobals).chrome.storage.local.set({ [key]: { version: 1, people: [{ id: 'zoe', name: 'Zoe' }], facilitations: [] } }), ROSTER_KEY);
    const id = await facilitatedDemo(b, ext, 'del-all');
    const summary = await b.page(`summary.html?id=${encodeURIComponent(id)}`);
    await summary.click('button:has-text("Delete all data")');
    const confirm = summary.locator('.wx-confirm[data-confirm="all"]');
    assert.match((await confirm.textContent()) ?? '', /the team roster stays/);
    await summary.keyboard.press('Escape');
    await summary.locator('.wx-confirm').waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
    assert.equal(await summary.locator('.wx-confirm').count(), 0, 'Escape cancels');
    assert.equal(await summary.evaluate(() => document.activeElement?.textContent), 'Delete all data', 'focus is back on the button that opened it');
    await summary.click('button:has-text("Delete all data")');
    await summary.check('input[name="clear-roster"]');
    assert.match((await confirm.textContent()) ?? '', /roster is cleared as well/);
    await confirm.locator('button:has-text("Delete")').click();
    await summary.waitForSelector('text=No meetings recorded yet.');
    const after = await stored(ext);
    assert.equal(after.roster, undefined, 'the roster is gone');
    assert.equal(after.auto, undefined);
  });
});
