/**
 * A restart of VS Code itself (code-server stopped and started again on the same folders): the
 * live meeting is rebuilt from its appended record, the countdown has kept running through the
 * downtime, and the meeting can be finished afterwards.
 */
import assert from 'node:assert/strict';
import { harness, meetingFiles } from './harness.ts';
import { Workbench, workbenchUrl } from './workbench.ts';

function clockMs(text: string): number {
  const m = text.trim().match(/^(\d+):(\d\d)$/);
  assert.ok(m, `not a countdown: ${JSON.stringify(text)}`);
  return (Number(m[1]) * 60 + Number(m[2])) * 1000;
}

describe('a restart of VS Code during a meeting (code-server stopped and started)', function () {
  this.timeout(240000);
  let wb: Workbench | undefined;
  after(async () => {
    await wb?.close();
  });

  it('resumes the meeting with every second kept', async () => {
    const h = await harness();
    const folder = h.workspace('restart');
    wb = await Workbench.open(h.browser, workbenchUrl(h.server, folder));
    await wb.startRound({ participants: 'Gus, Hana', kind: 'Go-around', topic: 'Before restart', slotSeconds: 120 });
    await wb.statusItem().click();
    let view = wb.sidebar();
    await view.locator('.rt-countdown-speaker', { hasText: 'Gus' }).waitFor({ timeout: 20000 });
    const before = clockMs(await view.locator('.rt-countdown-digits').innerText());
    const stoppedAt = Date.now();
    await wb.close();
    wb = undefined;

    await h.restartServer();
    await new Promise((r) => setTimeout(r, 3000));
    wb = await Workbench.open(h.browser, workbenchUrl(h.server, folder));
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
});
