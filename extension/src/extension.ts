// The node entry of the VS Code extension: wiring only (see roundtable.ts).
import type * as vscode from 'vscode';
import { activateRoundtable, deactivateRoundtable } from './roundtable';

export const activate = (context: vscode.ExtensionContext) => activateRoundtable(context, 'node');
export const deactivate = deactivateRoundtable;
