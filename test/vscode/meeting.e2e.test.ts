/**
 * A facilitator's meeting through the real UI of code-server: the command palette, the sidebar
 * webview (two iframes deep), the status bar and a keybinding; two rounds with a
 * "Developer: Reload Window" in the middle; then the files on disk checked against the record.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { meetingFiles } from './harness.ts';
import { withWorkbench } from './workbench.ts';
import { readRecord, serializeRecord } from '../../shared/core/record/record.ts';
import { renderSummary, summarizeRecord } from '../../shared/core/summary/report.ts';

/** "0:42" → 42000 */
function clockMs(text: string): number {
  const m = text.trim().match(/^(\d+):(\d\d)$/);
  assert.ok(m, `not a countdown: ${JSON.stringify(text)}`);
  return (Number(m[1]) * 60 + Number(m[2])) * 1000;
}

describe('a meeting run from the palette, the sidebar and the status bar (code-server UI)', function () {
  this.timeout(240000);
  const workbench = withWorkbench();

  it('runs two rounds with a window reload in the middle and writes the summary that the record gives', async () => {
    const { h, folder, wb } = await workbench.open('e2e-meeting');
    const page = wb.page;

    // Round 1 from the palette alone: Start Round asks participants, kind, topic, box, slot, order.
    await wb.startRound({ participants: 'Ana, Bo, <img src=x onerror=alert(1)>', kind: 'Go-around', topic: 'Introductions', slotSeconds: 45 });

    // The status bar shows countdown and speaker; clicking it opens the view.
    const status = wb.statusItem();
    await page.locator('.part.statusbar [aria-label^="Roundtable: Ana, "]').first().waitFor({ timeout: 20000 });
    assert.match((await status.getAttribute('aria-label')) ?? '', /^Roundtable: Ana, \d+ seconds left(\. Browser link: .*)?$/);
    assert.match(await status.innerText(), /0:[0-4]\d\s*Ana/);
    // The node host appends the live record in workspace storage.
    await h.liveRecordWritten(folder);
    await status.click();
    const view = wb.sidebar();
    await view.locator('body[data-host="node"]').waitFor({ timeout: 30000 });
    await view.locator('.rt-countdown-speaker').filter({ hasText: 'Ana' }).waitFor({ timeout: 30000 });
    const first = clockMs(await view.locator('.rt-countdown-digits').innerText());
    assert.ok(first <= 45000 && first > 30000, `countdown ${first}`);
    // The hostile name is text, not an element.
    assert.equal(await view.locator('img').count(), 0);
    // The turn order is folded in the compact live view (issue 12): open it to read the queue.
    const order = view.locator('details[data-disclosure="live.order"]');
    if ((await order.getAttribute('open')) === null) await order.locator('summary').click();
    await view.locator('.rt-queue-item', { hasText: '<img src=x onerror=alert(1)>' }).waitFor();

    // Next Speaker by its default keybinding (Ctrl+Alt+R N), from the editor area.
    await page.locator('.monaco-workbench .part.editor').click({ position: { x: 200, y: 200 } });
    await page.keyboard.press('Control+Alt+R');
    await page.keyboard.press('N');
    await view.locator('.rt-countdown-speaker').filter({ hasText: 'Bo' }).waitFor({ timeout: 20000 });

    // Pass by the sidebar's button.
    await view.locator('button[data-action="pass"]').click();
    await view.locator('.rt-countdown-speaker').filter({ hasText: '<img' }).waitFor({ timeout: 20000 });
    await page.waitForTimeout(2000);
    const beforeReload = clockMs(await view.locator('.rt-countdown-digits').innerText());
    const reloadStarted = Date.now();

    // Reload the window: the meeting must come back from its record with no second lost.
    const view2 = await wb.reloadWindow();
    await view2.locator('.rt-countdown-speaker').filter({ hasText: '<img' }).waitFor({ timeout: 30000 });
    const afterReload = clockMs(await view2.locator('.rt-countdown-digits').innerText());
    const elapsed = Date.now() - reloadStarted;
    assert.ok(Math.abs(beforeReload - elapsed - afterReload) <= 2500, `before ${beforeReload} ms, ${elapsed} ms passed, after ${afterReload} ms`);

    // Finish round 1 and run round 2 (a check-in) from the palette.
    await wb.palette('Roundtable: End Round');
    await wb.startRound({ kind: 'Check-in', slotSeconds: 30 });
    await view2.locator('.rt-countdown-speaker').filter({ hasText: 'Ana' }).waitFor({ timeout: 20000 });
    await view2.locator('button[data-action="next"]').click();
    await view2.locator('.rt-countdown-speaker').filter({ hasText: 'Bo' }).waitFor({ timeout: 20000 });
    await wb.palette('Roundtable: Next Speaker');
    await view2.locator('.rt-countdown-speaker').filter({ hasText: '<img' }).waitFor({ timeout: 20000 });
    await wb.palette('Roundtable: End Meeting');

    // Files on disk: the record and a Markdown summary equal to what the record itself gives.
    const dir = path.join(folder, '.roundtable', 'meetings');
    const files = await meetingFiles(folder);
    const jsonl = files.find((f) => f.endsWith('.jsonl'));
    assert.ok(jsonl, `no record in ${dir}: ${files.join(', ')}`);
    const text = readFileSync(path.join(dir, jsonl), 'utf8');
    const record = readRecord(text);
    assert.ok(record.ok, 'the record parses');
    const rounds = record.events.filter((e) => e.type === 'round.started');
    assert.deepEqual(rounds.map((e) => (e.type === 'round.started' ? e.kind : '')), ['go-around', 'check-in']);
    const turns = record.events.filter((e) => e.type === 'round.turn').length;
    assert.equal(turns, 6, 'three turns in each round');
    assert.equal(record.events.at(-1)?.type, 'meeting.ended');
    const expected = summarizeRecord(serializeRecord(record.events));
    assert.ok(expected.ok);
    const md = readFileSync(path.join(dir, jsonl.replace(/\.jsonl$/, '.md')), 'utf8');
    assert.equal(md, renderSummary(expected.summary, 'md'));
    assert.ok(md.includes('Introductions'));

    // The summary panel opened with the meeting's figures.
    const panel = await wb.summaryPanel();
    await panel.locator('.rt-summary').waitFor({ timeout: 20000 });
  });
});
