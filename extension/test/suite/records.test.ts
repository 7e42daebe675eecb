/**
 * Where finished meetings go: the workspace by default, the extension's global storage when the
 * setting says so; and Open Meeting Record on a record from elsewhere (e.g. the browser extension).
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID, Settings } from '../../src/ids';
import type { RoundtableApi } from '../../src/roundtable';
import { Records } from '../../src/records';
import { readSettings } from '../../src/settings';

const api = () => vscode.extensions.getExtension<RoundtableApi>(EXTENSION_ID)!.activate();
const run = (id: string, arg?: unknown) => vscode.commands.executeCommand(id, arg);

describe('records', function () {
  this.timeout(60000);

  it('writes finished meetings to global storage when roundtable.recordsLocation says so', async () => {
    const rt = await api();
    const config = vscode.workspace.getConfiguration(Settings.section);
    await config.update(Settings.recordsLocation, 'globalStorage', vscode.ConfigurationTarget.Global);
    try {
      const dir = vscode.Uri.parse(rt.recordsDir());
      assert.ok(!dir.toString().startsWith(vscode.workspace.workspaceFolders![0]!.uri.toString()), `${dir} is inside the workspace`);
      await run(Commands.startMeeting, { title: 'Kept elsewhere', participants: 'Kai, Lu' });
      await run(Commands.endMeeting);
      const names = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n);
      assert.ok(names.some((n) => /-kept-elsewhere\.jsonl$/.test(n)), names.join(', '));
      assert.ok(names.some((n) => /-kept-elsewhere\.md$/.test(n)), names.join(', '));
    } finally {
      await config.update(Settings.recordsLocation, undefined, vscode.ConfigurationTarget.Global);
    }
    assert.match(rt.recordsDir(), /\.roundtable\/meetings$/);
  });

  it('retention: off by default; with roundtable.retentionDays, meeting files past it are deleted, others never touched', async () => {
    assert.equal(readSettings().retentionDays, 0, 'off by default');
    const rt = await api();
    const dir = vscode.Uri.parse(rt.recordsDir());
    await vscode.workspace.fs.createDirectory(dir);
    const now = Date.UTC(2026, 11, 1, 12);
    const write = (name: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, name), new TextEncoder().encode('{}\n'));
    const names = ['2026-09-01-old-standup.jsonl', '2026-09-01-old-standup.md', '2026-11-25-recent.jsonl', '2026-11-25-recent.md', '1999-01-01-notes.txt'];
    for (const n of names) await write(n);
    const records = new Records(vscode.Uri.joinPath(dir, '..', '.retention-global'));
    assert.deepEqual(await records.deleteExpired(readSettings().retentionDays, now), [], 'the default deletes nothing');
    const config = vscode.workspace.getConfiguration(Settings.section);
    await config.update(Settings.retentionDays, 30, vscode.ConfigurationTarget.Global);
    try {
      assert.equal(readSettings().retentionDays, 30);
      const gone = await records.deleteExpired(readSettings().retentionDays, now);
      assert.deepEqual(gone.map((u) => u.path.split('/').pop()).sort(), ['2026-09-01-old-standup.jsonl', '2026-09-01-old-standup.md']);
      const left = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n);
      for (const n of names.slice(2)) assert.ok(left.includes(n), `${n} kept`);
    } finally {
      await config.update(Settings.retentionDays, undefined, vscode.ConfigurationTarget.Global);
      for (const n of names.slice(2)) await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, n));
    }
  });

  it('opens a record written elsewhere and shows its summary', async () => {
    const rt = await api();
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const t0 = Date.UTC(2026, 0, 5, 10);
    const lines = [
      { v: 1, t: t0, type: 'meeting.started', id: 'b1', title: 'From the browser', platform: 'meet' },
      { v: 1, t: t0, type: 'participant.joined', pid: 'a', name: 'Mo' },
      { v: 1, t: t0 + 1000, type: 'speech.started', pid: 'a' },
      { v: 1, t: t0 + 61000, type: 'speech.ended', pid: 'a' },
      { v: 1, t: t0 + 62000, type: 'meeting.ended' },
    ];
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'browser.jsonl'), new TextEncoder().encode(lines.map((l) => JSON.stringify(l)).join('\n') + '\n'));
    await run(Commands.openRecord, { path: 'browser.jsonl' });
    assert.equal(rt.summaryEvents(), lines.length);
  });
});
