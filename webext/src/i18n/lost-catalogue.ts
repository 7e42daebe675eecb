/**
 * The page's catalogue when the browser lost its own (i18n.ts, pageCatalogue): the build writes
 * every language's _locales messages as a module, `page-locales/<lang>.js` (esbuild.config.mjs),
 * that a page imports from the extension itself (script-src 'self'; the CSP allows no fetch).
 * The browser cannot tell this page its catalogue's language any more, so it is the one the person
 * chose in the extension (the records language), else the browser's UI language, as the browser
 * would have picked it: the language, else its base language, else English.
 */
import type { RecordsLanguage } from '../storage/settings';
import { loadSettings } from '../storage/settings-store';
import { browser } from '../platform/browser';

type Messages = Record<string, string>;

/** By a literal path the build leaves alone (external), so the browser loads exactly these files of the extension. */
const PAGE_LOCALES: Record<Exclude<RecordsLanguage, ''>, () => Promise<{ default: Messages }>> = {
  en: () => import('/page-locales/en.js'),
  de: () => import('/page-locales/de.js'),
  fr: () => import('/page-locales/fr.js'),
  es: () => import('/page-locales/es.js'),
  'pt-BR': () => import('/page-locales/pt-br.js'),
};
type PageLanguage = keyof typeof PAGE_LOCALES;

/** The first of `wanted` (BCP 47 tags) that has a catalogue, matched as the browser matches _locales. */
export function pageLanguage(wanted: readonly (string | undefined)[]): PageLanguage {
  const known = Object.keys(PAGE_LOCALES) as PageLanguage[];
  for (const tag of wanted) {
    if (!tag) continue;
    const lower = tag.toLowerCase().replace('_', '-');
    const match = known.find((l) => l.toLowerCase() === lower) ?? known.find((l) => l.toLowerCase() === lower.split('-')[0]);
    if (match) return match;
  }
  return 'en';
}

/** The messages by browser name (English under a partial translation's gaps, as the browser does). */
export async function lostCatalogue(): Promise<Messages> {
  console.error("Roundtable: the browser returned no messages for this page (its _locales catalogue is lost), so the page uses the build's copy of it");
  const setting = await loadSettings().then((s) => s.recordsLanguage, () => '' as const);
  const lang = pageLanguage([setting, browser.i18n.getUILanguage(), navigator.language]);
  const [english, own] = await Promise.all([PAGE_LOCALES.en(), lang === 'en' ? undefined : PAGE_LOCALES[lang]()]);
  return { ...english.default, ...own?.default };
}
