/**
 * The strings a webview shows, translated on the host: shared/ui's catalog from its own
 * translations (ui-locale.ts, keyed by catalog key, with plural forms), and the webview's own
 * looked up in VS Code's l10n bundle (keyed by the English text, as vscode.l10n.t is). English
 * needs neither: the English text is the fallback. CATALOG_LANGUAGE tells the webview's
 * translator which language's plural rules and number formats to use.
 */
import * as vscode from 'vscode';
import { CATALOG_LANGUAGE, messages } from '../../shared/ui/messages';
import { VIEW_STRINGS } from '../webview/view-strings';
import { uiLocale } from './ui-locale';

export function webviewStrings(): Record<string, string> {
  const bundle = vscode.l10n.bundle ?? {};
  const { lang, messages: ui } = uiLocale();
  const out: Record<string, string> = { ...ui, [CATALOG_LANGUAGE]: lang };
  for (const [k, english] of Object.entries(messages)) out[k] = ui[k] || english;
  for (const [k, english] of Object.entries(VIEW_STRINGS)) out[k] = bundle[english] ?? english;
  return out;
}
