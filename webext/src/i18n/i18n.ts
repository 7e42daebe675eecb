/**
 * Localisation for the extension's pages: browser.i18n.getMessage over _locales, for both the
 * extension's own strings and shared/ui's catalog (as a Translate for I18nProvider).
 */
import { catalogTranslator, fill, type Translate } from '../../../shared/ui/i18n';
import { browser } from '../platform/browser';
import { CATALOG_LANGUAGE, ownMessageName, uiMessageName } from './message-names';
import type { StringKey } from './strings';

/**
 * A lookup that asks the browser once per key: a page's catalogue cannot change while it runs,
 * and each browser.i18n.getMessage call crosses into the browser's bindings (in a busy call's
 * side panel, which redraws every row a few times a second, they were a tenth of its script time).
 */
function once(lookup: (key: string) => string): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = lookup(key)));
    return text;
  };
}
const ownMessage = once((key) => browser.i18n.getMessage(ownMessageName(key)));
const uiMessage = once((key) => browser.i18n.getMessage(uiMessageName(key)));

/**
 * The extension's own strings come from _locales only: its English messages.json is generated
 * from strings.ts at build time with every key (locale-catalog.ts, checked by a unit test), so a
 * second English copy in every page's bundle would never be read.
 */
export function msg(key: StringKey, ...args: (string | number)[]): string {
  return fill(ownMessage(key), args);
}

/** The plural families of the extension's own strings (`<base>.one`, `<base>.other` …). */
export type StringPluralBase = { [K in StringKey]: K extends `${infer B}.other` ? B : never }[StringKey];

/**
 * The form of `base` for count `n` by Intl.PluralRules of the catalogue in use (`{0}` is `n`,
 * formatted for that language; further arguments are `{1}` …). A form the catalogue lacks is its `other`.
 */
export function msgPlural(base: StringPluralBase, n: number, ...args: (string | number)[]): string {
  const lang = catalogLanguage();
  const get = ownMessage;
  return fill(get(`${base}.${new Intl.PluralRules(lang).select(n)}`) || get(`${base}.other`), [new Intl.NumberFormat(lang).format(n), ...args]);
}

/** The language of the catalogue the browser picked for its UI language (English when none matches). */
export const catalogLanguage = (): string => browser.i18n.getMessage(CATALOG_LANGUAGE) || 'en';

/**
 * Sets the page's `lang` to the catalogue's language, not the template's 'en': screen readers
 * pick their voice from it, and --lang=de shows German text that would be read with English rules.
 */
export function markPageLanguage(): void {
  document.documentElement.lang = uiTranslate.lang;
}

/** shared/ui's catalogue from _locales, without a bundled English copy: _locales/en holds every key (generated). */
export const uiTranslate: Translate = catalogTranslator((key) => uiMessage(key) || undefined, catalogLanguage(), () => undefined);
