/**
 * The packaged extension, as a user installs it: `vsce package --no-dependencies`, then
 * `code-server --install-extension roundtable.vsix`, then a workbench with no development
 * payload at all runs a meeting from the palette alone: Start Meeting with the workspace's
 * .roundtable/roster.json and a facilitator, a round, End Meeting into the workspace.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { harness, meetingFiles } from './harness.ts';
import { withWorkbench } from './workbench.ts';

describe('the packaged .vsix installed into code-server', function () {
  this.timeout(240000);
  const workbench = withWorkbench();

  it('installs, activates without a development path and runs a meeting', async () => {
    const h = await harness();
    const vsix = path.join(h.server.root, 'roundtable.vsix');
    execFileSync('npx', ['vsce', 'package', '--no-dependencies', '--skip-license', '--out', vsix], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = h.server.cli(['--install-extension', vsix]);
    assert.match(out, /successfully installed/);
    workbench.cleanup(async () => {
      h.server.cli(['--uninstall-extension', 'roundtable.roundtable']);
      await h.restartServer();
    });
    await h.restartServer();

    const { folder, wb } = await workbench.open('vsix', {
      installed: true,
      prepare: (folder) => {
        mkdirSync(path.join(folder, '.roundtable'));
        writeFileSync(path.join(folder, '.roundtable', 'roster.json'), JSON.stringify({ participants: [{ name: 'Ode' }, 'Pia', { name: 'Quin' }] }));
      },
    });

    // Start Meeting from the palette: title, participants from the workspace roster, facilitator.
    await wb.palette('Roundtable: Start Meeting');
    await wb.waitForPrompt('Title of the meeting');
    await wb.answer('Planning');
    await wb.waitForPrompt('Workspace roster');
    await wb.answer('Workspace roster', { pick: 'Workspace roster' });
    await wb.waitForPrompt('who facilitates');
    await wb.answer('Quin', { pick: 'Quin' });
    await wb.page.locator('.part.statusbar [aria-label^="Roundtable: Planning"]').first().waitFor({ timeout: 20000 });
    await wb.startRound({ kind: 'Go-around', slotSeconds: 20 });
    await wb.page.locator('.part.statusbar [aria-label^="Roundtable: Ode, "]').first().waitFor({ timeout: 30000 });
    await wb.statusItem().click();
    await wb.sidebar().locator('.rt-countdown-speaker', { hasText: 'Ode' }).waitFor({ timeout: 30000 });
    await wb.palette('Roundtable: End Meeting');
    const files = await meetingFiles(folder);
    assert.deepEqual(files.map((f) => path.extname(f)).sort(), ['.jsonl', '.md']);
    const record = readFileSync(path.join(folder, '.roundtable', 'meetings', files.find((f) => f.endsWith('.jsonl'))!), 'utf8');
    const started = JSON.parse(record.split('\n')[0]!);
    assert.equal(started.title, 'Planning');
    const quin = record.split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((e) => e.type === 'participant.joined' && e.name === 'Quin');
    assert.equal(started.facilitator, quin.pid, 'the facilitator is recorded');
  });
});
