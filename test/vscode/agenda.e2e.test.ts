/**
 * The agenda in the real workbench (issue 11 item 5): .roundtable/agenda.md set from the palette,
 * the sidebar's clock line and list, the first item started from the sidebar by keyboard, the
 * status bar's item clock, End Meeting's summary panel with planned against actual and what
 * carried over, and axe-core clean in both webviews. Titles are hostile: they stay text.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { axeViolations, withWorkbench } from './workbench.ts';

const HOSTILE = '<img src=x onerror=alert(1)>Budget';

describe('the agenda in the sidebar and the summary panel (code-server UI)', function () {
  this.timeout(240000);
  const workbench = withWorkbench();

  it('sets the agenda from agenda.md, shows the item in play and its clock, and summarises it', async () => {
    const { folder, wb } = await workbench.open('agenda', {
      prepare: (folder) => {
        mkdirSync(path.join(folder, '.roundtable'), { recursive: true });
        writeFileSync(path.join(folder, '.roundtable', 'agenda.md'), `# Weekly\n- [information] Warm-up (1 min) @Sol\n- [decision] ${HOSTILE} (10 min)\n- Retro (5 min)\n`);
      },
    });
    await wb.startRound({ participants: 'Rae, Sol, Tam', kind: 'Go-around', topic: 'Agenda', slotSeconds: 90 });
    await wb.palette('Roundtable: Set Agenda (from .roundtable/agenda.md)');
    await wb.palette('Roundtable: End Round');
    await wb.statusItem().waitFor({ timeout: 20000 });
    await wb.statusItem().click();
    const view = wb.sidebar();
    const clock = view.locator('.rt-agenda-clock');
    await clock.filter({ hasText: 'Agenda, first: Warm-up (1 min)' }).waitFor({ timeout: 20000 });

    const summary = view.locator('summary', { hasText: /^Agenda$/ }).first();
    if (!(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) await summary.click();
    const start = view.getByRole('button', { name: 'Start first item' });
    await start.focus();
    await start.press('Enter');
    await clock.filter({ hasText: 'Item: Warm-up,' }).waitFor({ timeout: 20000 });
    assert.match((await clock.textContent())!, /^◷ Item: Warm-up, (1 min|\d+ s) left of 1 min · next: <img src=x onerror=alert\(1\)>Budget$/);
    assert.deepEqual(await view.locator('.rt-agenda-item').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-status'))), ['active', 'pending', 'pending']);
    await wb.page.locator('.part.statusbar [aria-label^="Roundtable: Agenda: Warm-up"]').first().waitFor({ timeout: 20000 });
    assert.equal(await view.locator('img').count(), 0, 'a hostile title stays text');
    const side = wb.page.frames().find((f) => f.url().includes('/pre/fake.html') && f.parentFrame()?.url().includes('extensionId=roundtable.roundtable'));
    assert.ok(side, 'the sidebar frame');
    assert.deepEqual(await axeViolations(side), []);

    await wb.palette('Roundtable: Next Agenda Item');
    await view.locator('.rt-agenda-item[data-status="active"]', { hasText: 'Budget' }).waitFor({ timeout: 20000 });
    await wb.palette('Roundtable: End Meeting');

    let panel: Frame | undefined;
    for (let i = 0; i < 100 && !panel; i++, await wb.page.waitForTimeout(200))
      for (const f of wb.page.frames()) if (await f.locator('.rt-summary section.rt-agenda-summary').count().catch(() => 0)) panel = f;
    assert.ok(panel, 'the summary panel shows the agenda');
    const rows = await panel.locator('section.rt-agenda-summary tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.deepEqual(rows.map((r) => [r[0], r[1], r[2], r[5]]), [
      ['Warm-up', 'information', '1 min', 'done'],
      [HOSTILE, 'decision', '10 min', 'done'],
      ['Retro', 'discussion', '5 min', 'not reached'],
    ]);
    assert.equal(await panel.locator('.rt-agenda-carried').textContent(), 'Carried over: Retro');
    assert.equal(await panel.locator('img').count(), 0);
    assert.deepEqual(await axeViolations(panel), []);
  });
});
