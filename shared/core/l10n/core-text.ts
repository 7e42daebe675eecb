/**
 * The core's words in one language: a lookup over the English catalogue (core-messages.ts) and a
 * translation the shell passes in (shared/core/locales/<lang>.json, which the core never reads
 * itself), with plural forms by Intl.PluralRules and numbers by Intl.NumberFormat. Intl is part of
 * the language, not a platform API, and nothing here reads a clock. A translation may be partial:
 * a missing message is English.
 */
import { coreMessages, type CoreMessageKey } from './core-messages';

/** The plural families of the catalogue (`<base>.one`, `<base>.other` …). */
export type CorePluralBase = { [K in CoreMessageKey]: K extends `${infer B}.other` ? B : never }[CoreMessageKey];

export interface CoreText {
  /** The language the words are in (BCP 47). */
  readonly lang: string;
  t(key: CoreMessageKey, ...args: (string | number)[]): string;
  /** The form of `base` for count `n` (`{0}` is `n`, formatted; further arguments are `{1}` …). */
  plural(base: CorePluralBase, n: number, ...args: (string | number)[]): string;
  number(n: number): string;
  /** `n` with exactly `digits` decimals in the language's notation, without grouping (4 -> "4.0", "4,0"). */
  fixed(n: number, digits: number): string;
  /** "a, b, c" (the records' list style in every language, easy to diff); the word for none when empty. */
  list(items: readonly string[]): string;
}

const fill = (template: string, args: readonly (string | number)[]) => template.replace(/\{(\d+)\}/g, (whole, i: string) => (args[Number(i)] === undefined ? whole : String(args[Number(i)])));

function knownLanguage(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function coreText(language = 'en', translation: Readonly<Record<string, string>> = {}): CoreText {
  const lang = knownLanguage(language);
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const english = coreMessages as Readonly<Record<string, string>>;
  const own = (key: string) => translation[key] || undefined;
  return {
    lang,
    t: (key, ...args) => fill(own(key) ?? english[key]!, args),
    plural: (base, n, ...args) => {
      const text = own(`${base}.${rules.select(n)}`) ?? own(`${base}.other`);
      if (text) return fill(text, [numbers.format(n), ...args]);
      return fill(english[`${base}.${new Intl.PluralRules('en').select(n)}`] ?? english[`${base}.other`]!, [n, ...args]);
    },
    number: (n) => numbers.format(n),
    fixed: (n, digits) => new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(n),
    list: (items) => (items.length ? items.join(', ') : (own('list.none') ?? english['list.none']!)),
  };
}

/** English, as every file was written before records had a language. */
export const ENGLISH_TEXT: CoreText = /* @__PURE__ */ coreText(); // pure: a bundle that never writes core text leaves the catalogue out
