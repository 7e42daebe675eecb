/**
 * The strings a webview shows, translated on the host: shared/ui's English catalog and the
 * webview's own, looked up in VS Code's l10n bundle (keyed by the English text, as
 * vscode.l10n.t is). English needs no bundle: the English text is the fallback.
 */
import * as vscode from 'vscode';
import { messages } from '../../shared/ui/messages';
import { VIEW_STRINGS } from '../webview/view-strings';

export function webviewStrings(): Record<string, string> {
  const bundle = vscode.l10n.bundle ?? {};
  const out: Record<string, string> = {};
  for (const [k, english] of Object.entries({ ...messages, ...VIEW_STRINGS })) out[k] = bundle[english] ?? english;
  return out;
}
