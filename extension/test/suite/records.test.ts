/**
 * Where finished meetings go: the workspace by default, the extension's global storage when the
 * setting says so; and Open Meeting Record on a record from elsewhere (e.g. the browser extension).
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID, Settings } from '../../src/ids';
import type { RoundtableApi } from '../../src/roundtable';

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
