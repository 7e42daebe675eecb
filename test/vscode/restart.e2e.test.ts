/**
 * A restart of VS Code itself (code-server stopped and started again on the same folders): the
 * live meeting is rebuilt from its appended record, the countdown has kept running through the
 * downtime, and the meeting can be finished afterwards. A crash that tore the record's last write
 * leaves the meeting restored from every complete event, the torn bytes kept aside, and a warning.
 */
import assert from 'node:assert/strict';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { meetingFiles } from './harness.ts';
import { withWorkbench } from './workbench.ts';

function clockMs(text: string): number {
  const m = text.trim().match(/^(\d+):(\d\d)$/);
  assert.ok(m, `not a countdown: ${JSON.stringify(text)}`);
  return (Number(m[1]) * 60 + Number(m[2])) * 1000;
}

describe('a restart of VS Code during a meeting (code-server stopped and started)', function () {
  this.timeout(240000);
  const workbench = withWorkbench();

  it('resumes the meeting with every second kept', async () => {
    const { h, folder, wb: first } = await workbench.open('restart');
    await first.startRound({ participants: 'Gus, Hana', kind: 'Go-around', topic: 'Before restart', slotSeconds: 120 });
    await first.statusItem().click();
    let view = first.sidebar();
    await view.locator('.rt-countdown-speaker', { hasText: 'Gus' }).waitFor({ timeout: 20000 });
    const before = clockMs(await view.locator('.rt-countdown-digits').innerText());
    const stoppedAt = Date.now();
    await workbench.close();

    await h.restartServer();
    await new Promise((r) => setTimeout(r, 3000));
    const wb = await workbench.reopen(folder);
    await wb.page.locator('.part.statusbar [aria-label^="Roundtable: Gus, "]').first().waitFor({ timeout: 30000 });
    await wb.statusItem().click();
    view = wb.sidebar();
    await view.locator('.rt-countdown-speaker', { hasText: 'Gus' }).waitFor({ timeout: 30000 });
    const after = clockMs(await view.locator('.rt-countdown-digits').innerText());
    const elapsed = Date.now() - stoppedAt;
    assert.ok(Math.abs(before - elapsed - after) <= 2500, `before ${before} ms, ${elapsed} ms passed, after ${after} ms`);

    await wb.palette('Roundtable: Next Speaker');
    await view.locator('.rt-countdown-speaker', { hasText: 'Hana' }).waitFor({ timeout: 20000 });
    await wb.palette('Roundtable: End Meeting');
    const files = await meetingFiles(folder);
    assert.deepEqual(files.map((f) => f.replace(/^\d{4}-\d\d-\d\d-/, '')).sort(), ['meeting.jsonl', 'meeting.md']);
  });

  it('after a crash tore the last write: resumes from the complete events, keeps the torn bytes aside, warns', async () => {
    const { h, folder, wb: first } = await workbench.open('torn');
    await first.startRound({ participants: 'Ivo, Jun', kind: 'Go-around', topic: 'Before the crash', slotSeconds: 120 });
    await first.statusItem().click();
    let view = first.sidebar();
    await view.locator('.rt-countdown-speaker', { hasText: 'Ivo' }).waitFor({ timeout: 20000 });
    await workbench.close();

    h.server.stop();
    // What a killed window or a full disk leaves: the last write cut in the middle of its line.
    const record = h.liveRecordOnServer(folder);
    assert.ok(record, 'the live record is on disk');
    const complete = readFileSync(record, 'utf8');
    const lines = complete.split('\n').filter(Boolean).length;
    const tornTail = '{"v":1,"t":' + Date.now() + ',"type":"participant.joi';
    appendFileSync(record, tornTail);
    await h.restartServer();
    const wb = await workbench.reopen(folder);
    const toast = wb.page.locator('.notifications-toasts .notification-list-item', { hasText: 'ended in an incomplete line' });
    await toast.first().waitFor({ timeout: 30000 });
    assert.match(await toast.first().innerText(), new RegExp(`line ${lines + 1}\\b[\\s\\S]*${lines} complete events[\\s\\S]*live\\.jsonl\\.torn-\\d+`));
    await wb.page.locator('.part.statusbar [aria-label^="Roundtable: Ivo, "]').first().waitFor({ timeout: 30000 });
    const aside = readdirSync(path.dirname(record)).filter((f) => f.startsWith('live.jsonl.torn-'));
    assert.equal(aside.length, 1, aside.join(', '));
    assert.equal(readFileSync(path.join(path.dirname(record), aside[0]!), 'utf8'), tornTail, 'the torn bytes, kept as they were');
    assert.equal(readFileSync(record, 'utf8').slice(0, complete.length), complete, 'the complete events stay in the record');

    await wb.statusItem().click();
    view = wb.sidebar();
    await view.locator('.rt-countdown-speaker', { hasText: 'Ivo' }).waitFor({ timeout: 30000 });
    await wb.palette('Roundtable: Next Speaker');
    await view.locator('.rt-countdown-speaker', { hasText: 'Jun' }).waitFor({ timeout: 20000 });
    await wb.palette('Roundtable: End Meeting');
    const files = await meetingFiles(folder);
    assert.deepEqual(files.map((f) => f.replace(/^\d{4}-\d\d-\d\d-/, '')).sort(), ['meeting.jsonl', 'meeting.md']);
  });
});
