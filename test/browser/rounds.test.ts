/**
 * The side panel's round controls through the worker and the core: a quietest-first go-around
 * ordered by measured talk, Next speaker, and the raised-hand queue; a settings change reaching the open panel.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { launch, unfold, type Launched } from './harness';

const queue = (panel: Page) => panel.$$eval('.rt-queue-list .rt-queue-item', (items) => items.map((li) => [li.querySelector('.rt-name')?.textContent ?? '', li.getAttribute('data-status') ?? '']));

describe('rounds from the side panel in real Chromium', function () {
  let b: Launched;
  before(async () => {
    b = await launch();
  });
  after(async () => {
    await b?.close();
  });

  it('orders a go-around quietest first from measured talk, moves on with Next, queues a raised hand', async () => {
    const panel = await b.page('sidepanel.html');
    await panel.getByLabel('Participants (comma-separated)').fill('Ama, Bea, Cyd');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.rt-talk-mark');
    // Ama talks most, Bea a little, Cyd not at all.
    await panel.keyboard.press('1');
    await panel.waitForTimeout(1200);
    await panel.keyboard.press('2');
    await panel.waitForTimeout(400);
    await panel.keyboard.press('0');
    await panel.waitForSelector('.rt-talk-mark[aria-pressed="true"]', { state: 'detached' });

    await unfold(panel, 'Round options');
    await panel.getByRole('combobox', { name: /^Order/ }).selectOption({ label: 'Quietest first' });
    await panel.getByRole('button', { name: 'Start round' }).click();
    await unfold(panel, 'Speaking order');
    await panel.waitForSelector('.rt-queue-list .rt-queue-item');
    assert.deepEqual(await queue(panel), [
      ['Cyd', 'current'],
      ['Bea', 'next'],
      ['Ama', 'waiting'],
    ]);

    await panel.getByRole('button', { name: /Next speaker/ }).click();
    await panel.waitForFunction(() => document.querySelector('.rt-queue-item[data-status="current"] .rt-name')?.textContent === 'Bea');
    assert.deepEqual((await queue(panel)).map(([, s]) => s), ['done', 'current', 'next']);

    await unfold(panel, 'People and raised hands');
    await panel.getByRole('combobox', { name: /^Raise a hand for/ }).selectOption({ label: 'Ama' });
    await panel.getByRole('button', { name: 'Raise hand' }).click();
    await panel.waitForSelector('.rt-hands-list .rt-hand-item:has-text("Ama")');
  });
});

describe('settings reach an open side panel in real Chromium', function () {
  let b: Launched;
  before(async () => {
    b = await launch();
  });
  after(async () => {
    await b?.close();
  });

  it('a settings change made elsewhere moves the running round\'s Extend buttons at once', async () => {
    const panel = await b.page('sidepanel.html');
    await panel.getByLabel('Participants (comma-separated)').fill('Ama, Bea');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.rt-talk-mark');
    await panel.getByRole('button', { name: 'Start round' }).click();
    await panel.waitForSelector('.rt-extend-more[data-extend-ms="120000"]');
    // Another page (the settings panel, another window) writes the settings: the open panel follows.
    const other = await b.page('popup.html');
    await other.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ 'roundtable.settings': { extendSeconds: [45, 90] } }));
    await panel.waitForSelector('.rt-extend-more[data-extend-ms="90000"]');
    assert.equal(await panel.locator('.rt-extend-more').count(), 1);
    assert.ok(await panel.getByRole('button', { name: /^Extend \+45/ }).first().isVisible());
  });
});
