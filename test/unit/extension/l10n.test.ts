/**
 * l10n/bundle.l10n.json is the English source bundle translators start from: every string the
 * extension passes to vscode.l10n.t (also as `t(...)` / `this.t(...)`), plus the webview's
 * catalogs, which the host looks up in the bundle by their English text. This test keeps it in
 * step with the code; `ROUNDTABLE_WRITE_L10N=1 npx mocha test/unit/extension/l10n.test.ts` rewrites it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { messages } from '../../../shared/ui/messages.ts';
import { VIEW_STRINGS } from '../../../extension/webview/view-strings.ts';

function sourceStrings(): string[] {
  const out = new Set<string>();
  const dir = 'extension/src';
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    for (const m of text.matchAll(/\bt\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g)) out.add((m[1] ?? m[2]!).replace(/\\(.)/g, '$1'));
  }
  for (const v of [...Object.values(messages), ...Object.values(VIEW_STRINGS)]) out.add(v);
  return [...out].sort();
}

describe('extension localisation bundle', () => {
  it('l10n/bundle.l10n.json lists exactly the strings the extension shows', () => {
    const strings = sourceStrings();
    const bundle = Object.fromEntries(strings.map((s) => [s, s]));
    if (process.env.ROUNDTABLE_WRITE_L10N) writeFileSync('l10n/bundle.l10n.json', JSON.stringify(bundle, null, 2) + '\n');
    const committed = JSON.parse(readFileSync('l10n/bundle.l10n.json', 'utf8'));
    assert.deepEqual(Object.keys(committed).sort(), strings);
    assert.ok(strings.length > 50);
  });
});
