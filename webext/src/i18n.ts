/**
 * Localisation for the extension's pages: browser.i18n.getMessage over _locales, for both the
 * extension's own strings and shared/ui's catalog (as a Translate for I18nProvider).
 */
import { fill, translator, type Translate } from '../../shared/ui/i18n';
import { browser } from './platform/browser';
import { uiMessageName } from './i18n-names';
import { strings, type StringKey } from './strings';

export function msg(key: StringKey, ...args: (string | number)[]): string {
  return fill(browser.i18n.getMessage(key) || strings[key], args);
}

export const uiTranslate: Translate = translator((key) => browser.i18n.getMessage(uiMessageName(key)) || undefined);
