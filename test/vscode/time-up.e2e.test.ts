/**
 * What the facilitator sees around the clock and the records folder, in code-server's UI:
 * foreign and corrupt files reported and left untouched, the status bar's warning and time-up
 * states, the time-up notification (closed when the turn moves on), screen-reader milestones, and
 * the view hidden and shown again.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withWorkbench } from './workbench.ts';

describe('time-up, warning state and untouched foreign files (code-server UI)', function () {
  this.timeout(240000);
  const workbench = withWorkbench();

  it('warns, says time is up once, announces turns, and never touches files it cannot read', async () => {
    const corrupt = '{"v":1,"t":1,"type":"meeting.started","id":"m","title":"x"}\n{"v":1,"t":2,"type":"round.turn"}\n';
    const meetingsOf = (folder: string) => path.join(folder, '.roundtable', 'meetings');
    const { folder, wb } = await workbench.open('time-up', {
      prepare: (folder) => {
        mkdirSync(meetingsOf(folder), { recursive: true });
        writeFileSync(path.join(meetingsOf(folder), '2026-01-01-broken.jsonl'), corrupt);
        writeFileSync(path.join(meetingsOf(folder), 'notes.txt'), 'not ours');
      },
    });
    const meetings = meetingsOf(folder);
    const page = wb.page;
    const toasts = page.locator('.notifications-toasts');
    await toasts.locator('.notification-list-item', { hasText: '2026-01-01-broken.jsonl' }).first().waitFor({ timeout: 30000 });
    assert.match(await toasts.innerText(), /line 2/);
    await toasts.locator('.notification-list-item', { hasText: 'notes.txt' }).first().waitFor({ timeout: 10000 });

    await wb.startRound({ participants: 'Eve, Finn', kind: 'Go-around', slotSeconds: 6 });

    // A 6 s box is inside the 15 s warning threshold from the start: icon and label, not colour only.
    const status = wb.statusItem();
    await page.locator('.part.statusbar [aria-label^="Roundtable: Eve, "]').first().waitFor({ timeout: 20000 });
    await status.locator('.codicon-warning').waitFor({ timeout: 5000 });

    // Time is up: one notification, the status bar switches to the over state.
    const timeUp = toasts.locator('.notification-list-item', { hasText: 'Time is up for Eve.' });
    await timeUp.first().waitFor({ timeout: 15000 });
    await page.locator('.part.statusbar [aria-label*="time is up"]').first().waitFor({ timeout: 5000 });
    assert.match(await status.innerText(), /\+0:0\d\s*Eve/);
    await page.waitForTimeout(2500);
    assert.equal(await timeUp.count(), 1, 'time is up is said once per turn');

    // The view, then hidden (another container) and shown again: still live and current.
    await status.click();
    const view = wb.sidebar();
    await view.locator('.rt-countdown-speaker', { hasText: 'Eve' }).waitFor({ timeout: 20000 });
    await page.locator('.part.activitybar [aria-label^="Explorer"]').first().click();
    await page.waitForTimeout(500);
    // The notification names the keys, and belongs to Eve's box: Next Speaker closes it.
    assert.match(await timeUp.first().innerText(), /Next Speaker: Ctrl\+Alt\+R N/);
    await status.click();
    await wb.sidebar().locator('button[data-action="next"]').click();
    await wb.sidebar().locator('.rt-countdown-speaker', { hasText: 'Finn' }).waitFor({ timeout: 20000 });
    await timeUp.first().waitFor({ state: 'detached', timeout: 5000 });
    // Screen readers hear the turn change through the polite live region (not every second).
    await wb.sidebar().locator('[role="status"][aria-live="polite"]', { hasText: 'Finn' }).waitFor({ timeout: 10000 });

    assert.equal(readFileSync(path.join(meetings, '2026-01-01-broken.jsonl'), 'utf8'), corrupt);
    assert.equal(readFileSync(path.join(meetings, 'notes.txt'), 'utf8'), 'not ours');
  });
});
