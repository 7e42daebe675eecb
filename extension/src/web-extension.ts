// The `browser` entry (vscode.dev, code-server's web-worker extension host): the same wiring as
// the node entry, since every part uses workspace.fs and web-safe APIs only.
import type * as vscode from 'vscode';
import { activateRoundtable, deactivateRoundtable } from './roundtable';

export const activate = (context: vscode.ExtensionContext) => activateRoundtable(context, 'web');
export const deactivate = deactivateRoundtable;
