/**
 * A part of the side panel whose code fails to load (pages/lazy.tsx) says so in its place, with
 * a way out, instead of leaving a silent gap: the built extension is copied and every chunk the
 * side panel only imports dynamically is deleted from the copy, so each such import() fails in
 * real Chromium. The rest of the panel still renders, and axe finds nothing. The summary page's
 * exports (summary-export.ts) are deleted the same way: pressing one says so.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { MSG } from '../../webext/src/messages';
import { axeViolations, describeViolations, EXTENSION_DIR, launch, requestValue, ROOT, type Launched } from './harness';

/**
 * A page's lazily loaded chunks: imported by import("…") from the page's bundle or any chunk it
 * imports statically (the side panel's lazy parts are declared in a chunk its live part shares),
 * never by a static `from "…"` of those. Paths relative to the extension's folder.
 */
function lazyChunks(extensionDir: string, page: string): string[] {
  const dynamic = new Set<string>();
  const statics = new Set<string>([`${page}.js`]);
  const pending = [`${page}.js`];
  const resolve = (importer: string, spec: string) => path.posix.normalize(path.posix.join(path.posix.dirname(importer), spec));
  while (pending.length) {
    const file = pending.pop()!;
    const code = readFileSync(path.join(extensionDir, file), 'utf8');
    for (const m of code.matchAll(/\bimport\(\s*"(\.\.?\/[^"]+)"\s*\)/g)) dynamic.add(resolve(file, m[1]!));
    for (const m of code.matchAll(/\b(?:from|import)\s*"(\.\.?\/[^"]+)"/g)) {
      const f = resolve(file, m[1]!);
      if (!statics.has(f)) statics.add(f) && pending.push(f);
    }
  }
  return [...dynamic].filter((f) => !statics.has(f));
}

describe('a lazily loaded part that fails to load, in real Chromium', function () {
  let b: Launched | undefined;
  // Made in before(), not when mocha loads the file: a run whose --grep skips this suite never
  // runs its after(), and would leave the copy behind.
  let copy: string | undefined;
  before(async () => {
    mkdirSync(path.join(ROOT, '.test-tmp'), { recursive: true });
    copy = mkdtempSync(path.join(ROOT, '.test-tmp', 'broken-extension-'));
    cpSync(EXTENSION_DIR, copy, { recursive: true });
    const removed = [...lazyChunks(copy, 'sidepanel'), ...lazyChunks(copy, 'summary')];
    assert.ok(lazyChunks(copy, 'sidepanel').length > 0 && lazyChunks(copy, 'summary').length > 0, 'the side panel and the summary page load some part lazily');
    for (const f of removed) rmSync(path.join(copy, f));
    b = await launch({ extensionDir: copy });
  });
  after(async () => {
    await b?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('shows an alert and a reload button in its place; the rest of the panel works', async () => {
    const panel = await b!.page('sidepanel.html');
    const errors: string[] = [];
    panel.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    const alert = panel.locator('.wx-load-failed [role=alert]');
    await alert.first().waitFor();
    for (const text of await alert.allInnerTexts()) assert.equal(text, 'Part of this page could not be loaded.');
    assert.ok(await panel.getByRole('button', { name: 'Reload the page' }).first().isVisible());
    // The statically loaded panel is whole: the no-meeting text and the manual start form.
    assert.ok(await panel.getByText('No meeting yet.', { exact: false }).isVisible());
    assert.ok(await panel.getByRole('button', { name: 'Start a meeting by hand' }).isVisible());
    const violations = await axeViolations(panel);
    assert.deepEqual(violations, [], describeViolations(violations));

    // The reload button reloads the page (which fails the same way again, and says so again).
    await Promise.all([panel.waitForEvent('load'), panel.getByRole('button', { name: 'Reload the page' }).first().click()]);
    await alert.first().waitFor();
    assert.ok(errors.some((e) => e.includes('a part of this page failed to load')), 'the failure is still logged');
  });

  it('the live part (fold and live view) says so in its place; the shell still follows the meeting', async () => {
    const panel = await b!.page('sidepanel.html');
    await panel.locator('.wx-load-failed').first().waitFor();
    const before = await panel.locator('.wx-load-failed').count();
    await panel.getByLabel('Meeting title').fill('Standup');
    await panel.getByLabel('Participants (comma-separated)').fill('Ana, Ben');
    await panel.getByRole('button', { name: 'Start a meeting by hand' }).click();
    // The worker's statuses still reach the shell: the meeting's title, and its end button.
    await panel.waitForSelector('main[data-live="yes"]');
    assert.equal(await panel.locator('h1.wx-title').innerText(), 'Standup');
    await panel.locator('.wx-load-failed').nth(before).waitFor();
    assert.equal(await panel.locator('.wx-load-failed').count(), before + 1, 'one more alert: where the live view would be');
    assert.equal(await panel.locator('.rt-live').count(), 0, 'no live view without its code');
    const violations = await axeViolations(panel);
    assert.deepEqual(violations, [], describeViolations(violations));
    // Ended, so that the next test starts its own meeting from the no-meeting form.
    await requestValue(panel, MSG.command, { command: { kind: 'end-meeting' }, meetingId: (await panel.getAttribute('main', 'data-meeting'))! });
    await panel.waitForSelector('main[data-live="no"]');
  });

  it('the summary page: an export whose code did not load says so instead of doing nothing', async () => {
    const panel = await b!.page('sidepanel.html');
    await panel.getByLabel('Participants (comma-separated)').fill('Ana, Ben');
    await panel.getByRole('button', { name: 'Start a meeting by hand' }).click();
    await panel.waitForSelector('main[data-live="yes"]');
    const id = (await panel.getAttribute('main', 'data-meeting'))!;
    const summary = await b!.page(`summary.html?id=${encodeURIComponent(id)}`);
    const exportButton = summary.locator('button[data-export="jsonl"]');
    await exportButton.waitFor();
    assert.equal(await summary.locator('.wx-load-failed').count(), 0, 'nothing is said before a press');
    await exportButton.click();
    const alert = summary.locator('.wx-exports .wx-load-failed [role=alert]');
    await alert.waitFor();
    assert.equal(await alert.innerText(), 'Part of this page could not be loaded.');
    const violations = await axeViolations(summary);
    assert.deepEqual(violations, [], describeViolations(violations));
  });
});

describe('the side panel when only the fold\'s parts fail to load, in real Chromium', function () {
  let b: Launched | undefined;
  let copy: string | undefined;
  before(async () => {
    mkdirSync(path.join(ROOT, '.test-tmp'), { recursive: true });
    copy = mkdtempSync(path.join(ROOT, '.test-tmp', 'no-parts-extension-'));
    cpSync(EXTENSION_DIR, copy, { recursive: true });
    // The chunk with the decision trail's fold (core meeting-parts.ts, imported by the live part):
    // its items' `openBy` map is a property name the minifier keeps. The build's NOT_AT_START
    // keeps it out of what the panel loads before it shows the meeting.
    const dir = path.join(copy, 'chunks', 'sidepanel');
    const parts = readdirSync(dir).filter((f) => f.endsWith('.js') && readFileSync(path.join(dir, f), 'utf8').includes('openBy:'));
    assert.equal(parts.length, 1, `one chunk holds the fold's parts: ${parts.join(', ')}`);
    rmSync(path.join(dir, parts[0]!));
    b = await launch({ extensionDir: copy });
  });
  after(async () => {
    await b?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('a meeting without their events shows as ever; an agenda set makes the live part say so, not show a meeting without it', async () => {
    const panel = await b!.page('sidepanel.html');
    await panel.getByLabel('Participants (comma-separated)').fill('Ana, Ben');
    await panel.getByRole('button', { name: 'Start a meeting by hand' }).click();
    await panel.waitForSelector('.rt-live');
    const meetingId = (await panel.getAttribute('main', 'data-meeting'))!;
    await requestValue(panel, MSG.command, { command: { kind: 'agenda', command: { type: 'set', items: [{ title: 'Check-in', boxMs: 60_000 }] } }, meetingId });
    // The live view goes; the alert takes its place (the meeting's title and actions stay).
    await panel.waitForSelector('.rt-live', { state: 'detached' });
    assert.ok((await panel.locator('.wx-load-failed').count()) > 0);
    assert.equal(await panel.locator('main[data-live="yes"]').count(), 1);
    const violations = await axeViolations(panel);
    assert.deepEqual(violations, [], describeViolations(violations));
  });
});
