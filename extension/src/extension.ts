// The node entry of the VS Code extension: wiring only (see roundtable.ts).
import type * as vscode from 'vscode';
import { activateRoundtable, deactivateRoundtable } from './roundtable';

export function activate(context: vscode.ExtensionContext) {
  return activateRoundtable(context);
}

export function deactivate() {
  return deactivateRoundtable();
}
