/**
 * The strings a webview shows, translated on the host: shared/ui's catalog from its own
 * translations (ui-locale.ts, keyed by catalog key, with plural forms), and the webview's own
 * looked up in VS Code's l10n bundle (keyed by the English text, as vscode.l10n.t is). English
 * needs neither: the English text is the fallback. CATALOG_LANGUAGE tells the webview's
 * translator which language's plural rules and number formats to use. No vscode import: the
 * caller passes VS Code's l10n bundle (vscode.l10n.bundle).
 */
import { CATALOG_LANGUAGE, messages } from '../../shared/ui/messages';
import { VIEW_STRINGS } from '../webview/view-strings';
import { uiLocale, type UiLocale } from './ui-locale';

/**
 * `core`: the core's catalogue in the display language (records-text.ts displayCatalogue); its
 * record problems (`recordProblem.*`) go too, for the record the webview cannot show (it has the
 * core's English, not its translations).
 */
export function webviewStrings(bundle: Readonly<Record<string, string>> = {}, core?: UiLocale): Record<string, string> {
  const { lang, messages: ui } = uiLocale();
  const out: Record<string, string> = { ...ui, [CATALOG_LANGUAGE]: lang };
  for (const [k, english] of Object.entries(messages)) out[k] = ui[k] || english;
  for (const [k, english] of Object.entries(VIEW_STRINGS)) out[k] = bundle[english] ?? english;
  for (const [k, text] of Object.entries(core?.messages ?? {})) if (k.startsWith('recordProblem.')) out[k] = text;
  return out;
}
