/**
 * shared/ui's catalog in VS Code's UI language. Its translations are shared with the browser
 * (shared/ui/locales/<lang>.json, keyed by catalog key, plural forms included), so they are not
 * in VS Code's l10n bundle: the build copies them to dist/extension/ui-locales/<lang>.json (lower
 * case, as vscode.env.language is) and the host reads the one for its language once at
 * activation. No vscode import: the caller passes the file reader (vscode.workspace.fs in both hosts).
 * The core's catalogue (records-text.ts) is read the same way from dist/extension/core-locales/.
 */

export interface UiLocale {
  /** The catalogue's language ('en' when none matches VS Code's). */
  lang: string;
  messages: Readonly<Record<string, string>>;
}

const ENGLISH: UiLocale = { lang: 'en', messages: {} };
let current: UiLocale = ENGLISH;

export const uiLocale = (): UiLocale => current;

/** `pt-br` then `pt`: the catalogues to try for `language`, most specific first (none for English). */
export function localeCandidates(language: string): string[] {
  const lower = language.toLowerCase();
  const base = lower.split('-')[0]!;
  return base === 'en' ? [] : [...new Set([lower, base])];
}

/** The catalogue for `language` among translation files `<lang>.json` (`read(name)` rejects when there is none); English when none fits. */
export async function readCatalogue(language: string, read: (file: string) => Promise<Uint8Array>): Promise<UiLocale> {
  for (const lang of localeCandidates(language)) {
    try {
      return { lang, messages: JSON.parse(new TextDecoder().decode(await read(`${lang}.json`))) as Record<string, string> };
    } catch {
      // No catalogue for this language (yet), or an unreadable one: the next candidate, or English.
    }
  }
  return ENGLISH;
}

/** Reads shared/ui's catalogue for `language` and makes it current. */
export async function loadUiLocale(language: string, read: (file: string) => Promise<Uint8Array>): Promise<UiLocale> {
  current = ENGLISH;
  current = await readCatalogue(language, read);
  return current;
}
