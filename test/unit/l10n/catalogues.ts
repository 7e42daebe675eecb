/**
 * Every translatable catalogue: its English source and where each language's translation lives.
 * The completeness test checks every translation file present against it; `npm run l10n` lists
 * what a language still lacks, with the English beside each key.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { messages } from '../../../shared/ui/messages';
import { strings } from '../../../webext/src/i18n/strings';
import { coreMessages } from '../../../shared/core/l10n/core-messages';
import { withoutVocabulary } from '../../../shared/core/l10n/vocabulary';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;

export interface Catalogue {
  /** What it holds, for people. */
  name: string;
  english: () => Readonly<Record<string, string>>;
  /** The translation file of `lang` (BCP 47: de, pt-BR), relative to the repository. */
  file: (lang: string) => string;
  /** Characters no translation may hold. */
  forbid?: RegExp;
}

// The browser's messages.json (both flat catalogues end up there) reads `$` as its own
// placeholder syntax; Roundtable fills `{n}` itself (webext/src/i18n/i18n.ts), so a `$` is a mistake.
const BROWSER = /\$/;

export const CATALOGUES: Catalogue[] = [
  { name: 'VS Code contributions (package.json)', english: () => json('package.nls.json'), file: (l) => `package.nls.${l}.json` },
  { name: 'VS Code runtime strings (vscode.l10n.t, keyed by the English text)', english: () => json('l10n/bundle.l10n.json'), file: (l) => `l10n/bundle.l10n.${l}.json` },
  { name: 'shared/ui (both shells\' panels, summaries and webviews; the agenda\'s kinds and statuses are the core\'s words, translated there)', english: () => withoutVocabulary(messages), file: (l) => `shared/ui/locales/${l}.json`, forbid: BROWSER },
  { name: 'browser extension (pages, manifest name, description and commands)', english: () => strings, file: (l) => `webext/locales/${l}.json`, forbid: BROWSER },
  { name: 'core (files written for people: meeting summaries, decision records and their index; also in the browser\'s messages.json)', english: () => coreMessages, file: (l) => `shared/core/locales/${l}.json`, forbid: BROWSER },
];

export interface Translation {
  catalogue: Catalogue;
  lang: string;
  file: string;
  translated: Record<string, string>;
}

/** The language of each existing translation file of a catalogue. */
function languages(c: Catalogue): string[] {
  const probe = c.file('\u0000');
  const dir = path.dirname(probe);
  const [before, after] = path.basename(probe).split('\u0000') as [string, string];
  if (!existsSync(path.join(ROOT, dir))) return [];
  return readdirSync(path.join(ROOT, dir))
    .filter((f) => f.startsWith(before) && f.endsWith(after) && f.length > before.length + after.length)
    .map((f) => f.slice(before.length, f.length - after.length));
}

/** Every translation file present. */
export function translations(): Translation[] {
  return CATALOGUES.flatMap((catalogue) => languages(catalogue).map((lang) => ({ catalogue, lang, file: catalogue.file(lang), translated: json(catalogue.file(lang)) })));
}

/** One language's translations, present or not (`{}` when its file does not exist yet). */
export function translationsOf(lang: string): Translation[] {
  return CATALOGUES.map((catalogue) => ({ catalogue, lang, file: catalogue.file(lang), translated: existsSync(path.join(ROOT, catalogue.file(lang))) ? json(catalogue.file(lang)) : {} }));
}
