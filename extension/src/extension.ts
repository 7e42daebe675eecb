import * as vscode from 'vscode';
import { Commands } from './ids';

export function activate(context: vscode.ExtensionContext) {
  for (const id of Object.values(Commands)) context.subscriptions.push(vscode.commands.registerCommand(id, () => undefined));
}
export function deactivate() {}
