/**
 * The browser's _locales/<lang>/messages.json, generated at build time (esbuild.config.mjs): the
 * extension's own strings (strings.ts; translations in webext/locales/<lang>.json) and shared/ui's
 * catalog (messages.ts; translations in shared/ui/locales/<lang>.json) and the core's words for the
 * files it writes (core-messages.ts; shared/core/locales/<lang>.json: the exported Markdown), so
 * English can never fall out of step with any and a translator fills flat files keyed as the sources are.
 * shared/ui's agenda words are the core's (shared/core/l10n/vocabulary.ts), taken from the core's translation.
 * Browser message names allow only [A-Za-z0-9_@]: shared/ui keys become uiMessageName(key), the core's coreMessageName(key).
 * `{0}` placeholders stay verbatim: i18n.ts fills them, as shared/ui's translator does.
 * Every catalogue names its own language (CATALOG_LANGUAGE): the browser picks a catalogue by its
 * UI language with fallbacks, and plural rules must follow the catalogue actually shown.
 */
import { messages } from '../../../shared/ui/messages';
import { coreMessages } from '../../../shared/core/l10n/core-messages';
import { withVocabulary } from '../../../shared/core/l10n/vocabulary';
import { CATALOG_LANGUAGE, coreMessageName, ownMessageName, uiMessageName } from './message-names';
import { strings } from './strings';

export type BrowserMessages = Record<string, { message: string }>;

/** One language's messages.json from its flat catalogues (any may be partial: the browser falls back to English per message). */
export function browserLocale(lang: string, own: Readonly<Record<string, string>>, ui: Readonly<Record<string, string>>, core: Readonly<Record<string, string>> = {}): BrowserMessages {
  const out: BrowserMessages = { [CATALOG_LANGUAGE]: { message: lang } };
  for (const [k, v] of Object.entries(own)) out[ownMessageName(k)] = { message: v };
  for (const [k, v] of Object.entries(withVocabulary(ui, core))) out[uiMessageName(k)] = { message: v };
  for (const [k, v] of Object.entries(core)) out[coreMessageName(k)] = { message: v };
  return out;
}

export function englishLocale(): BrowserMessages {
  return browserLocale('en', strings, messages, coreMessages);
}
