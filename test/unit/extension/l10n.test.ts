/**
 * l10n/bundle.l10n.json is the English source bundle translators start from: every string the
 * extension passes to vscode.l10n.t (also as `t(...)` / `this.t(...)`), plus the webview's own
 * catalog, which the host looks up in the bundle by its English text. shared/ui's catalog is not
 * there: its translations are shared with the browser (shared/ui/locales/<lang>.json, read by
 * extension/src/ui-locale.ts). This test checks that the bundle holds exactly the extension's
 * strings; `ROUNDTABLE_WRITE_L10N=1 npx mocha test/unit/extension/l10n.test.ts` rewrites it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VIEW_STRINGS } from '../../../extension/webview/view-strings.ts';

/** Strings the extension itself owns (t() calls and the webview's own catalog). */
function sourceStrings(): string[] {
  const out = new Set<string>();
  const dir = 'extension/src';
  // Recursive: feature folders (extension/src/leadership/) show strings too, and a rewrite must keep them.
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    for (const m of text.matchAll(/\bt\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g)) out.add((m[1] ?? m[2]!).replace(/\\(.)/g, '$1'));
    // Counted sentences (extension/src/plural.ts): tn(n, ['one form', 'other form'], ...), one key per English form.
    for (const m of text.matchAll(/\btn\([^,]+,\s*\[\s*'((?:[^'\\]|\\.)*)'\s*,\s*'((?:[^'\\]|\\.)*)'\s*\]/g)) for (const s of [m[1]!, m[2]!]) out.add(s.replace(/\\(.)/g, '$1'));
  }
  for (const v of Object.values(VIEW_STRINGS)) out.add(v);
  return [...out].sort();
}

describe('extension localisation bundle', () => {
  it('l10n/bundle.l10n.json lists exactly the strings the extension shows', () => {
    const strings = sourceStrings();
    if (process.env.ROUNDTABLE_WRITE_L10N) writeFileSync('l10n/bundle.l10n.json', JSON.stringify(Object.fromEntries(strings.map((s) => [s, s])), null, 2) + '\n');
    const committed = new Set(Object.keys(JSON.parse(readFileSync('l10n/bundle.l10n.json', 'utf8'))));
    assert.deepEqual(strings.filter((s) => !committed.has(s)), [], 'extension strings missing from l10n/bundle.l10n.json (rewrite it, see above)');
    assert.deepEqual([...committed].filter((s) => !strings.includes(s)), [], 'strings the extension no longer shows in l10n/bundle.l10n.json (rewrite it, see above)');
    assert.ok(strings.length > 50);
  });
});
