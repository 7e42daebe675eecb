/**
 * The agenda in the browser extension (issue 11 item 5), through the worker and the core in real
 * Chromium: a Markdown agenda typed into the side panel (a bad one is refused by line, nothing
 * set), the item in play with its clock, its overrun in words and for screen readers, Next,
 * Carry over and Skip from the keyboard, the record's events, and the summary page's planned
 * against actual with what carried over. Hostile titles stay text; axe finds nothing.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, heard, launch, meetingSnapshot, recordAnnouncements, requestValue, unfold, type Launched } from './harness';
import { MSG } from '../../webext/src/messages';

const HOSTILE = '<img src=x onerror=alert(1)>Budget';
type Ev = { type: string; aid?: string; carried?: boolean; items?: { title: string; boxMs: number; kind: string; owner?: string }[] };

async function press(panel: Page, name: string | RegExp): Promise<void> {
  const b = panel.getByRole('button', { name });
  await b.focus();
  await panel.keyboard.press('Enter');
}

describe('the agenda in the side panel and the summary page, in real Chromium', function () {
  let b: Launched;
  before(async () => {
    b = await launch();
  });
  after(async () => {
    await b?.close();
  });

  it('sets a Markdown agenda, runs its items with their clocks, and summarises planned against actual', async () => {
    const panel = await b.page('sidepanel.html');
    await panel.getByLabel('Participants (comma-separated)').fill('Ama, Bea');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.rt-talk-mark');
    await recordAnnouncements(panel);

    await unfold(panel, 'Agenda: set or import');
    const text = panel.getByLabel('Agenda, one item per line');
    await text.fill('- Check-in (5 min)\nsome prose\n- Zero (0 min)\n');
    await press(panel, 'Set agenda');
    const alert = panel.locator('.wx-problems[role=alert]');
    await alert.waitFor();
    assert.deepEqual(await alert.locator('li').allTextContents(), [
      'Line 2: expected a list item such as "- Check-in (5 min)"',
      'Line 3: a time box of 0 is no time box',
    ]);
    assert.equal((await meetingSnapshot(panel)).events.filter((e) => e.type === 'agenda.set').length, 0, 'nothing set');

    await text.fill(`# Weekly\n- [information] Warm-up (2 s) @Bea\n- [decision] ${HOSTILE} (10 min)\n- Retro (5 min)\n`);
    await press(panel, 'Set agenda');
    await panel.locator('.rt-agenda-clock').waitFor();
    assert.equal(await panel.locator('.rt-agenda-clock').textContent(), 'Agenda, first: Warm-up (2 s)');
    // A panel opened now is sent a record with the agenda's events: it holds them until the fold's
    // parts have loaded (core meeting-parts.ts, after its live part), then shows the same agenda.
    const again = await b.page('sidepanel.html');
    await again.locator('.rt-agenda-clock').waitFor();
    assert.equal(await again.locator('.rt-agenda-clock').textContent(), 'Agenda, first: Warm-up (2 s)');
    assert.equal(await again.locator('.wx-load-failed').count(), 0);
    await again.close();
    const set = (await meetingSnapshot(panel)).events.find((e) => e.type === 'agenda.set') as Ev;
    assert.deepEqual(set.items!.map((i) => [i.title, i.boxMs, i.kind, i.owner]), [['Warm-up', 2000, 'information', 'p2'], [HOSTILE, 600000, 'decision', undefined], ['Retro', 300000, 'discussion', undefined]]);

    await unfold(panel, 'Agenda');
    await press(panel, 'Start first item');
    await panel.waitForFunction(() => document.querySelector('.rt-agenda-clock')?.textContent?.startsWith('◷ Item: Warm-up'));
    await heard(panel, 'Agenda item: Warm-up, 2 seconds.');
    // The 2 s box runs out: the clock says so in words and with a symbol, and it is announced.
    await panel.waitForSelector('.rt-agenda-clock[data-over="yes"]', { timeout: 10_000 });
    assert.match((await panel.locator('.rt-agenda-clock').textContent())!, /^⚠ Item: Warm-up, over by \d+ s \(2 s planned\) · next: <img src=x onerror=alert\(1\)>Budget$/);
    await heard(panel, 'Agenda item Warm-up is over its time box.');
    assert.equal(await panel.locator('img').count(), 0, 'a hostile title stays text');
    const v = await axeViolations(panel);
    assert.deepEqual(v, [], describeViolations(v));

    await press(panel, 'Next item');
    await panel.waitForSelector('.rt-agenda-item[data-status="active"]:has-text("Budget")');
    await press(panel, 'Carry over');
    await panel.waitForSelector('.rt-agenda-item[data-status="carried"]');
    await press(panel, /^Skip Retro$/);
    await panel.waitForSelector('.rt-agenda-item[data-status="skipped"]');
    const events = (await meetingSnapshot(panel)).events as Ev[];
    assert.deepEqual(
      events.filter((e) => e.type.startsWith('agenda.') && e.type !== 'agenda.set').map((e) => `${e.type} ${e.aid}${e.carried ? ' carried' : ''}`),
      ['agenda.started a1', 'agenda.ended a1', 'agenda.started a2', 'agenda.ended a2 carried', 'agenda.skipped a3'],
    );
    const id = (await meetingSnapshot(panel)).meeting!.id;

    // A decision proposed outside any item is linked to the carried-over item from the panel's
    // form, by keyboard: the live region says so, the item's line names it, the record has it.
    await requestValue(panel, MSG.leadership, { meetingId: id, command: { kind: 'consent', command: { type: 'propose', title: 'Fund it', rights: { initiator: 'p1', deciders: ['p1', 'p2'], contributors: [], informed: [] } } } });
    const linkForm = panel.locator('form.rt-agenda-link');
    await linkForm.waitFor();
    await linkForm.getByLabel('Agenda item').selectOption({ label: HOSTILE });
    await linkForm.getByLabel('Agenda item').focus();
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Tab');
    assert.equal(await panel.evaluate(() => document.activeElement?.getAttribute('data-action')), 'agendaLink');
    await panel.keyboard.press('Enter');
    await heard(panel, `Agenda item ${HOSTILE} is to be settled by the decision Fund it.`);
    await panel.waitForSelector('.rt-agenda-item:has-text("settled by Fund it")');
    assert.equal(await panel.evaluate(() => document.activeElement?.getAttribute('data-action')), 'agendaLink', 'focus stays on the button');
    const linked = ((await meetingSnapshot(panel)).events as (Ev & { did?: string })[]).filter((e) => e.type === 'agenda.linked');
    assert.deepEqual(linked.map((e) => [e.aid, e.did]), [['a2', 'd1']]);
    assert.equal(await panel.locator('img').count(), 0);
    const lv = await axeViolations(panel);
    assert.deepEqual(lv, [], describeViolations(lv));

    await unfold(panel, 'Meeting: summary, end, settings');
    await panel.getByRole('button', { name: 'End meeting' }).click();
    const summary = await b.page(`summary.html?id=${encodeURIComponent(id)}`);
    const section = summary.locator('section.rt-agenda-summary');
    await section.waitFor();
    const rows = await section.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.equal(rows.length, 3);
    assert.deepEqual(rows.map((r) => [r[0], r[1], r[2], r[5]!.split(' · ')[0]]), [
      ['Warm-up', 'information', '2 s', 'done'],
      [HOSTILE, 'decision', '10 min', 'carried over'],
      ['Retro', 'discussion', '5 min', 'skipped'],
    ]);
    assert.match(rows[0]![4]!, /^\+\d+ s$/, 'the overrun of the first item');
    assert.equal(await section.locator('.rt-agenda-carried').textContent(), `Carried over: ${HOSTILE}, Retro`);
    assert.equal(await summary.locator('img').count(), 0);
    const sv = await axeViolations(summary);
    assert.deepEqual(sv, [], describeViolations(sv));

    // The agenda's own CSV table, exported from the keyboard: one row per item, in plan order.
    const exportButton = summary.getByRole('button', { name: 'Export agenda CSV' });
    await exportButton.focus();
    const [download] = await Promise.all([summary.waitForEvent('download'), summary.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /-agenda\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    assert.equal(csv[0], 'item,aid,title,kind,owner,ownerName,status,boxMs,usedMs,overrunMs,rounds,did,decisions');
    assert.deepEqual(csv.slice(1, 4).map((l) => l.split(',').slice(0, 2).concat(l.split(',').slice(-7, -6))), [['1', 'a1', 'done'], ['2', 'a2', 'carried'], ['3', 'a3', 'skipped']]);
    assert.equal(csv[2]!.split(',')[2], HOSTILE, 'the title is data in its own cell');
  });
});
