/**
 * The language of the files Roundtable writes into the repository (issue 13 item 2): the
 * workspace's `roundtable.recordsLanguage`, else VS Code's display language, so a team's
 * decision records read alike whoever writes them. The core's translations are copied by the
 * build to dist/extension/core-locales/<lang>.json; read at each write (small files, and a
 * changed setting applies at once).
 */
import * as vscode from 'vscode';
import { coreText, type CoreText } from '../../shared/core/l10n/core-text';
import { readSettings } from './settings';
import { readCatalogue, type UiLocale } from './ui-locale';

export async function recordsText(extensionUri: vscode.Uri): Promise<CoreText> {
  return coreTextIn(readSettings().recordsLanguage || vscode.env.language, extensionUri);
}

const display = new Map<string, Promise<UiLocale>>();

/**
 * The core's catalogue for the person at the keyboard (an agenda file's problems, a record's):
 * VS Code's display language, whatever the records'. Read once: that language cannot change
 * while the extension host runs (VS Code restarts it), and activation asks more than once.
 */
export function displayCatalogue(extensionUri: vscode.Uri): Promise<UiLocale> {
  const key = extensionUri.toString();
  let catalogue = display.get(key);
  if (!catalogue) {
    catalogue = catalogueIn(vscode.env.language, extensionUri);
    display.set(key, catalogue);
    catalogue.catch(() => display.delete(key)); // a failed read is tried again next time
  }
  return catalogue;
}

const displayWords = new WeakMap<UiLocale, CoreText>();

/** displayCatalogue's words, made once per catalogue (commands ask at each run; their Intl rules cost more than the lookup). */
export async function displayText(extensionUri: vscode.Uri): Promise<CoreText> {
  const catalogue = await displayCatalogue(extensionUri);
  let words = displayWords.get(catalogue);
  if (!words) displayWords.set(catalogue, (words = coreText(catalogue.lang, catalogue.messages)));
  return words;
}

async function coreTextIn(language: string, extensionUri: vscode.Uri): Promise<CoreText> {
  const { lang, messages } = await catalogueIn(language, extensionUri);
  return coreText(lang, messages);
}

function catalogueIn(language: string, extensionUri: vscode.Uri): Promise<UiLocale> {
  return readCatalogue(language, async (file) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'extension', 'core-locales', file)));
}
