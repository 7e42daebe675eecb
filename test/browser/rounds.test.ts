/**
 * The side panel's round controls through the worker and the core: a quietest-first go-around
 * ordered by measured talk, Next speaker, and the raised-hand queue.
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
