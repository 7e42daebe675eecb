/**
 * The core's words in the browser. The UI language's are read from _locales, where the build puts
 * the core's translations beside the pages' strings (`core_<key>`). The files the browser writes
 * for people (the exported Markdown summary, the playbook, the debrief round's topic in the
 * record) are in the records language (issue 13 item 2): the setting, else the UI language. A
 * records language other than the UI's cannot come from _locales (the browser serves only its UI
 * language there), nor be fetched (the pages' CSP allows no connection but the link), so the build
 * writes each translation as a module of its own, `records-locales/<lang>.js`, that a page imports
 * from the extension itself (script-src 'self') only when that language is chosen: no language is
 * bundled into a page.
 */
import { coreMessages } from '../../../shared/core/l10n/core-messages';
import { coreText, ENGLISH_TEXT, type CoreText } from '../../../shared/core/l10n/core-text';
import { browser } from '../platform/browser';
import type { RecordsLanguage } from '../storage/settings';
import { loadSettings } from '../storage/settings-store';
import { catalogLanguage, pageMessage } from './i18n';
import { coreMessageName } from './message-names';

/** The core's words in the UI language (what the person at the keyboard reads: an agenda file's problems). */
export function browserCoreText(): CoreText {
  const translation: Record<string, string> = {};
  for (const key of Object.keys(coreMessages)) {
    const text = pageMessage(coreMessageName(key));
    if (text) translation[key] = text;
  }
  return coreText(catalogLanguage(), translation);
}

/**
 * Each records language's module, by a literal path the build leaves alone (esbuild.config.mjs:
 * external), so the browser loads exactly these files of the extension and no other.
 */
const RECORDS_LOCALES: Record<Exclude<RecordsLanguage, '' | 'en'>, () => Promise<{ default: Record<string, string> }>> = {
  de: () => import('/records-locales/de.js'),
  fr: () => import('/records-locales/fr.js'),
  es: () => import('/records-locales/es.js'),
  'pt-BR': () => import('/records-locales/pt-br.js'),
};

/** The core's words in the records language `setting` ('' : the UI language's). */
export async function recordsCoreText(setting: RecordsLanguage): Promise<CoreText> {
  if (setting === '') return browserCoreText();
  if (setting === 'en') return ENGLISH_TEXT;
  if (setting.toLowerCase() === catalogLanguage().toLowerCase()) return browserCoreText();
  return coreText(setting, (await RECORDS_LOCALES[setting]()).default);
}

/** The records language's words as the settings say now (read at the click that writes a file). */
export async function currentRecordsText(): Promise<CoreText> {
  return recordsCoreText((await loadSettings()).recordsLanguage);
}
