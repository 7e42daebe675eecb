// The node entry of the VS Code extension: wiring only (see roundtable.ts).
import { appendFile } from 'node:fs/promises';
import type * as vscode from 'vscode';
import { activateRoundtable, deactivateRoundtable } from './roundtable';
import { nodeLinkPlatform } from './link/node-link';

// node:fs and the link's socket are only here, not in roundtable.ts: the web entry bundles everything else for a host without them.
export const activate = (context: vscode.ExtensionContext) => activateRoundtable(context, 'node', (file, text) => appendFile(file, text, 'utf8'), nodeLinkPlatform);
export const deactivate = deactivateRoundtable;
