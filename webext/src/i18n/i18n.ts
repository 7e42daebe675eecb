/**
 * Localisation for the extension's pages: browser.i18n.getMessage over _locales, for both the
 * extension's own strings and shared/ui's catalog (as a Translate for I18nProvider).
 */
import { fill, translator, type Translate } from '../../../shared/ui/i18n';
import { browser } from '../platform/browser';
import { uiMessageName } from './message-names';
import type { StringKey } from './strings';

/**
 * The extension's own strings come from _locales only: its English messages.json is generated
 * from strings.ts at build time with every key (locale-catalog.ts, checked by a unit test), so a
 * second English copy in every page's bundle would never be read.
 */
export function msg(key: StringKey, ...args: (string | number)[]): string {
  return fill(browser.i18n.getMessage(key), args);
}

export const uiTranslate: Translate = translator((key) => browser.i18n.getMessage(uiMessageName(key)) || undefined);
