/** axe-core on the extension's own pages, as they look in use: side panel mid-call, summary after it. */
import { strict as assert } from 'node:assert';
import { axeViolations, describeViolations, launch, type Launched } from './harness';

const axe = axeViolations;

describe('accessibility of the extension pages (axe-core, real Chromium)', function () {
  let b: Launched;
  before(async () => {
    b = await launch();
  });
  after(async () => {
    await b?.close();
  });

  it('popup, side panel (empty, live mid-call, manual mode by keyboard), demo and summary pages have no violations', async () => {
    // Every page must run under the strict CSP: any refusal shows up as a console error.
    const refused: string[] = [];
    b.context.on('console', (m) => {
      if (m.type() === 'error') refused.push(`${m.page()?.url()}: ${m.text()}`);
    });
    const popup = await b.page('popup.html');
    assert.deepEqual(await axe(popup), [], 'popup');
    await popup.close();
    const panel = await b.page('sidepanel.html');
    assert.deepEqual(await axe(panel), [], 'empty side panel');
    const summaryTab = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('/summary.html'), timeout: 30_000 });
    const demo = await b.page('demo.html?room=a11y');
    await panel.waitForSelector('main[data-live="yes"] .rt-balance-item [class*="speaking"], main[data-live="yes"] [data-speaking]', { timeout: 10_000 });
    const live = await axe(panel);
    assert.deepEqual(live, [], describeViolations(live));
    assert.deepEqual(await axe(demo), [], 'demo call page');
    const summary = await summaryTab;
    await summary.waitForSelector('[data-export="md"]');
    await summary.waitForSelector('.wx-history');
    const after = await axe(summary);
    assert.deepEqual(after, [], describeViolations(after));

    // Keyboard only: start a meeting by hand from the side panel, mark a speaker by number key.
    await panel.bringToFront();
    await panel.focus('input[required]');
    await panel.keyboard.type('Ngozi, Oskar, Priya');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.rt-talk-mark');
    await panel.keyboard.press('3');
    await panel.waitForSelector('.rt-talk-mark[aria-pressed="true"]:has-text("Priya")');
    // Roster edits fold away (issue 12): opened from the keyboard, remembered afterwards.
    await panel.locator('summary:has-text("People and raised hands")').focus();
    await panel.keyboard.press('Enter');
    // Someone joins; someone is renamed (typing digits in a field marks nobody).
    await panel.getByLabel('Someone joined: their name').fill('Quinn 2');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.rt-talk-mark:has-text("Quinn 2")');
    await panel.getByRole('combobox', { name: /^Rename/ }).selectOption({ label: 'Oskar' });
    await panel.getByLabel('New name').fill('Oscar');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.rt-talk-mark:has-text("Oscar")');
    assert.equal(await panel.locator('.rt-talk-mark[aria-pressed="true"]').textContent(), '3 Priya', 'still Priya speaking');
    const manual = await axe(panel);
    assert.deepEqual(manual, [], describeViolations(manual));
    assert.deepEqual(refused, [], 'no console errors (CSP refusals included) on any extension page');
  });
});
