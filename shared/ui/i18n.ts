/**
 * Localisation for shared/ui. Components never hold visible strings: they call `t(key, ...args)`
 * from the context. Shells plug in vscode.l10n or browser.i18n through `I18nProvider`; the
 * default is the English catalog, so a component rendered without a provider is still readable.
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

/**
 * Builds a translator from a lookup that may miss (a shell's catalog during a partial
 * translation): missing or empty entries fall back to English. `lang` is the language the
 * lookup's catalog is in.
 */
export function translator(lookup?: (key: MessageKey) => string | undefined, language?: string): Translate {
  const lang = knownLanguage(language);
  const rules = new Intl.PluralRules(lang);
  const english = new Intl.PluralRules('en');
  const numbers = new Intl.NumberFormat(lang);
  const get = (key: string) => lookup?.(key as MessageKey) || undefined;
  const t = ((key: MessageKey, ...args: (string | number)[]) => fill(get(key) || messages[key], args)) as Translate & { lang: string };
  t.lang = lang;
  t.number = (n, options) => (options ? new Intl.NumberFormat(lang, options) : numbers).format(n);
  t.plural = (base, n, ...args) => {
    const all = [numbers.format(n), ...args];
    const own = get(`${base}.${rules.select(n)}`) ?? get(`${base}.other`);
    if (own) return fill(own, all);
    const en = messages as Readonly<Record<string, string>>;
    return fill(en[`${base}.${english.select(n)}`] ?? en[`${base}.other`]!, [new Intl.NumberFormat('en').format(n), ...args]);
  };
  return t;
}

export const english: Translate = translator();

const I18nContext = createContext<Translate>(english);

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
  const text = t(key, ...parts.map((_, i) => `\uE000${i}\uE001`));
  const out: ComponentChildren[] = [];
  text.split(/\uE000(\d+)\uE001/).forEach((piece, i) => {
    if (i % 2 === 1) out.push(parts[Number(piece)]);
    else if (piece) out.push(piece);
  });
  return out;
}
