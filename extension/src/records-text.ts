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
import { readCatalogue } from './ui-locale';

export async function recordsText(extensionUri: vscode.Uri): Promise<CoreText> {
  return coreTextIn(readSettings().recordsLanguage || vscode.env.language, extensionUri);
}

const display = new Map<string, Promise<CoreText>>();

/**
 * The core's words for the person at the keyboard (an agenda file's problems, a record's): VS
 * Code's display language, whatever the records'. Read once: that language cannot change while
 * the extension host runs (VS Code restarts it), and activation asks more than once.
 */
export function displayText(extensionUri: vscode.Uri): Promise<CoreText> {
  const key = extensionUri.toString();
  let words = display.get(key);
  if (!words) {
    words = coreTextIn(vscode.env.language, extensionUri);
    display.set(key, words);
    words.catch(() => display.delete(key)); // a failed read is tried again next time
  }
  return words;
}

async function coreTextIn(language: string, extensionUri: vscode.Uri): Promise<CoreText> {
  const { lang, messages } = await readCatalogue(language, async (file) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'extension', 'core-locales', file)));
  return coreText(lang, messages);
}
