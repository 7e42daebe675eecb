/**
 * Counted sentences among VS Code's runtime strings. The l10n bundle is keyed by the English text,
 * so a plural family is one English key per English form, `[one, other]`, each a whole sentence
 * with the count among its placeholders ("{1} second left", "{1} seconds left"), and the form shown
 * is the one Intl.PluralRules picks for the language of the bundle VS Code loaded: French and
 * Portuguese say "0 seconde" / "0 segundo" with the `one` text, English "0 seconds". A category
 * English has no key for (the `many` of French, Spanish and Portuguese, for round millions) reads
 * that language's `other` text. No vscode import: the caller passes vscode.l10n.t and the language.
 */
import type { Localize } from './live-meeting';

export type PluralForms = readonly [one: string, other: string];

/** `t` over one of `forms`, chosen for count `n` in `lang()`; `args` fill the chosen sentence. */
export type PluralLocalize = (n: number, forms: PluralForms, ...args: (string | number)[]) => string;

export function pluralLocalize(t: Localize, lang: () => string): PluralLocalize {
  // The status bar asks every second: one PluralRules per language, not one per call.
  let rules: { lang: string; rules: Intl.PluralRules } | null = null;
  return (n, forms, ...args) => {
    const l = lang();
    if (rules?.lang !== l) rules = { lang: l, rules: new Intl.PluralRules(knownLanguage(l)) };
    return t(rules.rules.select(n) === 'one' ? forms[0] : forms[1], ...args);
  };
}

/** The language of the runtime bundle VS Code loaded for the extension: none loaded means English, whatever the display language. */
export function bundleLanguage(bundle: unknown, displayLanguage: string): string {
  return bundle ? displayLanguage : 'en';
}

function knownLanguage(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
