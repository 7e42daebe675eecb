/**
 * The English _locales/en/messages.json, generated at build time (esbuild.config.mjs) from the
 * extension's strings and shared/ui's catalog, so it can never fall out of step with either.
 * Browser message names allow only [A-Za-z0-9_@]: shared/ui keys become uiMessageName(key).
 * `{0}` placeholders stay verbatim: i18n.ts fills them, as shared/ui's translator does.
 */
import { messages } from '../../../shared/ui/messages';
import { uiMessageName } from './message-names';
import { strings } from './strings';

export function englishLocale(): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  for (const [k, v] of Object.entries(strings)) out[k] = { message: v };
  for (const [k, v] of Object.entries(messages)) out[uiMessageName(k)] = { message: v };
  return out;
}
