/**
 * The language of `roundtable report`'s words (the Markdown, the JSON's `usage`): `--lang`, else
 * the environment's locale (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them), else English. The
 * core's translations are bundled into dist/cli.js (a few KB each), so the command needs no file
 * beside it. An explicit --lang the CLI has no words for is a usage error; a locale from the
 * environment it does not know (C, POSIX, it_IT) is English, as every other tool treats it.
 */
import de from '../core/locales/de.json';
import es from '../core/locales/es.json';
import fr from '../core/locales/fr.json';
import ptBr from '../core/locales/pt-br.json';
import { coreText, ENGLISH_TEXT, type CoreText } from '../core/l10n/core-text';

const TRANSLATIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = { de, es, fr, 'pt-br': ptBr };

/** What --lang accepts, as the help lists it. */
export const CLI_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR'] as const;

/** `de`, `de_DE.UTF-8`, `pt-BR`, `pt_br@euro` -> its lower-case tag and base (`pt-br`, `pt`); null for C/POSIX or nothing. */
function tagsOf(locale: string): string[] | null {
  const tag = locale.split(/[.@]/)[0]!.replace('_', '-').toLowerCase();
  if (tag === '' || tag === 'c' || tag === 'posix') return null;
  return [...new Set([tag, tag.split('-')[0]!])];
}

/** The catalogue for a locale or language tag (--lang's value), or null when the CLI has none (English is the catalogue itself). */
export function textFor(locale: string): CoreText | null {
  for (const tag of tagsOf(locale) ?? []) {
    if (tag === 'en') return ENGLISH_TEXT;
    const translation = TRANSLATIONS[tag];
    if (translation) return coreText(tag, translation);
  }
  return null;
}

/** The environment's language (first set of LC_ALL, LC_MESSAGES, LANG), English when unknown. */
export function environmentLanguage(env: Readonly<Record<string, string | undefined>>): CoreText {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return (locale && textFor(locale)) || ENGLISH_TEXT;
}
