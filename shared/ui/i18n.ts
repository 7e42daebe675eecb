/**
 * Localisation for shared/ui. Components never hold visible strings: they call `t(key, ...args)`
 * from the context. Shells plug in their catalogues through `I18nProvider` (VS Code: the host's
 * strings over the English catalog, `translator`; the browser: _locales, `catalogTranslator`).
 */
import { createContext, h, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { fill } from './fill';
import { messages, type MessageKey } from './messages';

export { fill };

export { messages, CATALOG_LANGUAGE, type MessageKey, type Catalog } from './messages';

/** The message families `<base>.<category>` of the catalog (plural forms, chosen by Intl.PluralRules). */
export type PluralBase = { [K in MessageKey]: K extends `${infer B}.other` ? B : never }[MessageKey];

export interface Translate {
  (key: MessageKey, ...args: (string | number)[]): string;
  /** The language of the catalog in use (BCP 47), for plural rules and number formats. */
  readonly lang: string;
  /**
   * The form of `base` for count `n` in the catalog's language (`{0}` is `n`, formatted by
   * Intl.NumberFormat; further arguments are `{1}`, `{2}` …). A form the catalog lacks falls back
   * to its `other` form, then to English.
   */
  plural(base: PluralBase, n: number, ...args: (string | number)[]): string;
  /** A number in the catalog's language (Intl.NumberFormat). */
  number(n: number, options?: Intl.NumberFormatOptions): string;
}

/** `language` if Intl knows it (a pseudo or damaged catalogue may name none), else English. */
function knownLanguage(language: string | undefined): string {
  try {
    return language ? (Intl.getCanonicalLocales(language)[0] ?? 'en') : 'en';
  } catch {
    return 'en';
  }
}

/** The text of a key a catalogue lacks, or undefined: the shell's fallback catalogue. */
export type Fallback = (key: string) => string | undefined;

/**
 * Builds a translator from a lookup that may miss (a catalogue during a partial translation):
 * missing or empty entries come from `fallback`, and a key nobody has shows as itself, so a bad
 * catalogue is noticed. `language` is the language the lookup's catalogue is in.
 */
export function catalogTranslator(lookup: ((key: MessageKey) => string | undefined) | undefined, language: string | undefined, fallback: Fallback): Translate {
  const lang = knownLanguage(language);
  const rules = new Intl.PluralRules(lang);
  const english = new Intl.PluralRules('en');
  const numbers = new Intl.NumberFormat(lang);
  const get = (key: string) => lookup?.(key as MessageKey) || undefined;
  const t = ((key: MessageKey, ...args: (string | number)[]) => fill(get(key) || fallback(key) || key, args)) as Translate & { lang: string };
  t.lang = lang;
  t.number = (n, options) => (options ? new Intl.NumberFormat(lang, options) : numbers).format(n);
  t.plural = (base, n, ...args) => {
    const all = [numbers.format(n), ...args];
    const own = get(`${base}.${rules.select(n)}`) ?? get(`${base}.other`);
    if (own) return fill(own, all);
    const en = fallback(`${base}.${english.select(n)}`) ?? fallback(`${base}.other`);
    return en ? fill(en, [new Intl.NumberFormat('en').format(n), ...args]) : `${base}.other`;
  };
  return t;
}

const englishText: Fallback = (key) => (messages as Readonly<Record<string, string>>)[key];

/**
 * A translator over a lookup with shared/ui's English catalogue as the fallback (VS Code's
 * webviews, tests). The browser's pages use catalogTranslator without it: their _locales/en
 * holds every key, so the English catalogue stays out of their bundles.
 */
export function translator(lookup?: (key: MessageKey) => string | undefined, language?: string): Translate {
  return catalogTranslator(lookup, language, englishText);
}

export const english: Translate = /* @__PURE__ */ translator();

/** Without a provider a component shows its keys: every shell provides its translator. */
const I18nContext = createContext<Translate>(catalogTranslator(undefined, 'en', () => undefined));

export function I18nProvider(props: { t: Translate; children?: ComponentChildren }) {
  return h(I18nContext.Provider, { value: props.t }, props.children);
}

export function useT(): Translate {
  return useContext(I18nContext);
}

/**
 * A translated sentence with components in its placeholders (e.g. a <Name> inside
 * "Speaking: {0}"), so word order stays the translator's choice. Private-use characters mark
 * the slots; the template itself is still plain text, never parsed as markup.
 */
export function richText(t: Translate, key: MessageKey, ...parts: ComponentChildren[]): ComponentChildren[] {
  return withParts((slots) => t(key, ...slots), parts);
}

/** richText for a plural family: `{0}` is the count (formatted), the parts are `{1}`, `{2}` … */
export function richPlural(t: Translate, base: PluralBase, n: number, ...parts: ComponentChildren[]): ComponentChildren[] {
  return withParts((slots) => t.plural(base, n, ...slots), parts);
}

/** Fills the parts' slots with markers, then splits the text at them, so a part is never parsed as text. */
function withParts(text: (slots: string[]) => string, parts: ComponentChildren[]): ComponentChildren[] {
  const filled = text(parts.map((_, i) => `\uE000${i}\uE001`));
  const out: ComponentChildren[] = [];
  filled.split(/\uE000(\d+)\uE001/).forEach((piece, i) => {
    if (i % 2 === 1) out.push(parts[Number(piece)]);
    else if (piece) out.push(piece);
  });
  return out;
}
