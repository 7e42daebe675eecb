/**
 * Localisation for the extension's pages: browser.i18n.getMessage over _locales, for both the
 * extension's own strings and shared/ui's catalog (as a Translate for I18nProvider).
 */
import { catalogTranslator, fill, type Translate } from '../../../shared/ui/i18n';
import { browser } from '../platform/browser';
import { CATALOG_LANGUAGE, ownMessageName, uiMessageName } from './message-names';
import type { StringKey } from './strings';

/**
 * Where the page's messages come from: the browser's _locales, or, when the browser lost them for
 * this page's process (pageCatalogue), the build's copy of the same catalogue.
 */
let source: (name: string) => string = (name) => browser.i18n.getMessage(name);

/** One message of the page's catalogue by its browser name ('' when it has none). */
export const pageMessage = (name: string): string => source(name);

/**
 * Messages asked of the browser once per name: a page's catalogue cannot change while it runs,
 * and each browser.i18n.getMessage call crosses into the browser's bindings (in a busy call's
 * side panel, which redraws every row a few times a second, they were a tenth of its script time).
 * Only a lost catalogue's replacement empties it (pageCatalogue), before the page renders.
 */
let known = new Map<string, string>();
function message(name: string): string {
  let text = known.get(name);
  if (text === undefined) known.set(name, (text = pageMessage(name)));
  return text;
}
const ownMessage = (key: string) => message(ownMessageName(key));
const uiMessage = (key: string) => message(uiMessageName(key));

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
export const catalogLanguage = (): string => pageMessage(CATALOG_LANGUAGE) || 'en';

/**
 * Sets the page's `lang` to the catalogue's language, not the template's 'en': screen readers
 * pick their voice from it, and --lang=de shows German text that would be read with English rules.
 */
export function markPageLanguage(): void {
  document.documentElement.lang = uiTranslate.lang;
}

const pageTranslate = (): Translate => catalogTranslator((key) => uiMessage(key) || undefined, catalogLanguage(), () => undefined);

/** shared/ui's catalogue from _locales, without a bundled English copy: _locales/en holds every key (generated). */
export let uiTranslate: Translate = pageTranslate();

/**
 * Chromium sometimes loses an extension's message bundle for a renderer process (closing the
 * welcome tab the moment it appears did it 4 times in 20): every getMessage there returns '', even
 * '@@extension_id', in every page of the process and after a reload. A page awaits this before it
 * renders; only then does it load (a chunk of its own) the build's copy of the catalogue.
 */
export async function pageCatalogue(): Promise<void> {
  if (browser.i18n.getMessage('@@extension_id')) return;
  const { lostCatalogue } = await import('./lost-catalogue');
  const messages = await lostCatalogue();
  source = (name) => messages[name] ?? '';
  known = new Map();
  uiTranslate = pageTranslate();
}
