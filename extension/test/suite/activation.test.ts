import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID } from '../../src/ids';

describe('activation', () => {
  it('activates and registers every command id', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    await ext.activate();
    const all = new Set(await vscode.commands.getCommands(true));
    const missing = Object.values(Commands).filter((c) => !all.has(c));
    assert.deepEqual(missing, []);
  });
});
