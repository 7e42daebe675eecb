/**
 * Builds webext/_locales/en/messages.json from the extension's strings and shared/ui's catalog.
 * Browser message names allow only [A-Za-z0-9_@], so shared/ui keys are stored as
 * `ui_` + the key with every other character replaced by "_" (see i18n.ts, uiMessageName).
 * `{0}` placeholders are kept verbatim: i18n.ts fills them, so both catalogs work the same.
 * Run: npx tsx webext/tools/gen-locales.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { messages } from '../../shared/ui/messages';
import { strings } from '../src/strings';
import { uiMessageName } from '../src/i18n-names';

export function englishLocale(): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  for (const [k, v] of Object.entries(strings)) out[k] = { message: v };
  for (const [k, v] of Object.entries(messages)) out[uiMessageName(k)] = { message: v };
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../_locales/en/messages.json');
  writeFileSync(file, `${JSON.stringify(englishLocale(), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
