// End to end through the UI: the preview page runs the real core behind a mock host (what a
// shell does), and the live panel and summary are driven by keyboard in Chromium.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axe, describeViolations, pageSuite, startPreviewHarness, type PageOptions } from './harness';

type Host = { session: { record(...b: unknown[]): Promise<unknown>; view(): { round: { current: string | null } | null } } };

describe('shared/ui preview on the real core, in Chromium', function () {
  const suite = pageSuite(startPreviewHarness);
  let page: Page;
  const open = async (opts: PageOptions) => {
    await suite.open(opts);
    page = suite.page();
  };
  beforeEach(() => {
    page = suite.page();
  });

  const statuses = () => page.locator('.rt-queue-item').evaluateAll((els) => els.map((e) => `${e.querySelector('.rt-name')!.textContent}:${e.getAttribute('data-status')}`));
  const speak = (pid: string, on: boolean) =>
    page.evaluate(([p, o]) => (window as unknown as { rtHost: Host }).rtHost.session.record({ type: o ? 'speech.started' : 'speech.ended', pid: p }), [pid, on] as const);
  const pressButton = async (name: string) => {
    await page.getByRole('button', { name, exact: false }).focus();
    await page.keyboard.press('Enter');
  };

  it('runs a go-around from the keyboard: turns move, speech is measured, the summary tells allotted vs used', async () => {
    await open({ query: '?nosim&slot=60000', width: 900 });
    assert.equal(await page.locator('.rt-round-title').textContent(), 'Go-around: How are you arriving?');
    assert.deepEqual(await statuses(), ['Ana:current', 'Bo:next', 'Chen:waiting', 'Dee:waiting', 'Eli:waiting']);
    assert.match((await page.locator('[role=timer]').textContent())!, /^(1:00|0:59)$/);

    await speak('p1', true);
    await page.waitForTimeout(1_200);
    await speak('p1', false);
    await pressButton('Next speaker');
    await page.waitForFunction(() => document.querySelector('[aria-current=step] .rt-name')?.textContent === 'Bo');
    await pressButton('Pass');
    await page.waitForFunction(() => document.querySelector('[aria-current=step] .rt-name')?.textContent === 'Chen');
    assert.deepEqual(await statuses(), ['Ana:done', 'Bo:passed', 'Chen:current', 'Dee:next', 'Eli:waiting']);

    // Ana spoke about 1.2 s: the balance shows it, and the others are "not heard yet".
    const ana = page.locator('.rt-balance-item', { hasText: 'Ana' });
    assert.match((await ana.textContent())!, /Ana1 s · 100 %/);
    assert.equal(await page.locator('.rt-tag-not-heard').count(), 4);

    await pressButton('Pause');
    await page.waitForFunction(() => document.querySelector('.rt-countdown')?.getAttribute('data-state') === 'paused');
    assert.equal(await page.getByRole('button', { name: 'Resume' }).isEnabled(), true);
    assert.equal(await page.getByRole('button', { name: 'Next speaker' }).isDisabled(), true);
    await pressButton('Resume');
    await page.waitForFunction(() => document.querySelector('.rt-countdown')?.getAttribute('data-state') === 'running');

    assert.equal(describeViolations(await axe(page)), '');

    await pressButton('End meeting');
    await page.waitForSelector('.rt-summary');
    const rows = await page.locator('caption + thead + tbody tr').allTextContents();
    assert.equal(rows.length, 5);
    assert.deepEqual(rows.slice(3), ['Deeskipped, no turn', 'Eliskipped, no turn']);
    assert.match(rows[0]!, /^Anaused 1 s of 1 min$/);
    assert.equal(rows[1], 'Bopassed');
    assert.match(rows[2]!, /^Chenused 0 s of 1 min$/);
    assert.equal(await page.locator('.rt-chart-span').count(), 1, 'one speech interval on the timeline');
    assert.equal(describeViolations(await axe(page)), '');
  });

  it('shows time up as overtime when the slot runs out, from timestamps alone', async () => {
    await open({ query: '?nosim&slot=2000', width: 400 });
    await page.waitForFunction(() => document.querySelector('.rt-countdown')?.getAttribute('data-state') === 'overtime', null, { timeout: 10_000 });
    assert.match((await page.locator('[role=timer]').textContent())!, /^\+0:0\d$/);
    await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent === 'Time is up for Ana.', null, { timeout: 5_000 });
  });

  it('keeps hostile names as text with the simulated meeting running', async () => {
    await open({ query: '?hostile&slot=5000', width: 250 });
    await page.waitForTimeout(1_500);
    const text = await page.locator('#root').textContent();
    assert.ok(text!.includes('<img src=x onerror="alert(1)">'));
    assert.equal(await page.locator('#root img').count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    assert.equal(describeViolations(await axe(page)), '');
  });
});
