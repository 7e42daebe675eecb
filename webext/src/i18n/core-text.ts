/**
 * The core's words (the exported Markdown summary) in the language of the catalogue the browser
 * picked for its UI (issue 13 item 2: the browser writes its files in its UI language): read
 * from _locales, where the build puts the core's translations beside the pages' strings.
 */
import { coreMessages } from '../../../shared/core/l10n/core-messages';
import { coreText, type CoreText } from '../../../shared/core/l10n/core-text';
import { browser } from '../platform/browser';
import { catalogLanguage } from './i18n';
import { coreMessageName } from './message-names';

export function browserCoreText(): CoreText {
  const translation: Record<string, string> = {};
  for (const key of Object.keys(coreMessages)) {
    const text = browser.i18n.getMessage(coreMessageName(key));
    if (text) translation[key] = text;
  }
  return coreText(catalogLanguage(), translation);
}
