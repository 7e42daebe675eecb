/**
 * Every translated catalogue present is complete (issue 13 item 4, first two bullets): VS Code's
 * contributions (package.nls.<lang>.json), its runtime bundle (l10n/bundle.l10n.<lang>.json),
 * shared/ui's catalog (shared/ui/locales/<lang>.json, both shells' webviews and pages) and the
 * browser's own strings (webext/locales/<lang>.json; the build writes both into
 * _locales/<lang>/messages.json), each against the English it translates (catalogue-check.ts;
 * the list is catalogues.ts). A translation file added later is checked without touching this
 * test; the checker itself is tested on small catalogues below.
 */
import { strict as assert } from 'node:assert';
import { checkCatalogue } from './catalogue-check';
import { translations } from './catalogues';

describe('translated catalogues', () => {
  it('every catalogue present has every English key, no stale key, the same placeholders and its plural forms', () => {
    const found = translations();
    const report: string[] = [];
    for (const c of found) {
      assert.notEqual(c.lang, 'en', `${c.file}: English is the source (package.nls.json, l10n/bundle.l10n.json, shared/ui/messages.ts, webext/src/i18n/strings.ts), not a translation`);
      const english = c.catalogue.english();
      for (const p of checkCatalogue(english, c.translated, c.lang, c.catalogue.forbid ? { forbid: c.catalogue.forbid } : {})) report.push(`${c.file}: ${p.key}: ${p.problem}${p.detail ? ` (${p.detail})` : ''}`);
    }
    assert.deepEqual(report, [], report.join('\n'));
    console.log(`      checked ${found.length} translated catalogue(s)${found.length ? `: ${found.map((c) => c.file).join(', ')}` : ''}`);
  });
});

describe('catalogue-check', () => {
  const english = { hello: 'Hello {0}', bye: 'Bye', 'items.one': 'One item', 'items.other': '{0} items' };
  it('passes a complete German catalogue (one and other forms)', () => {
    assert.deepEqual(checkCatalogue(english, { hello: 'Hallo {0}', bye: 'Tschüss', 'items.one': 'Ein Eintrag', 'items.other': '{0} Einträge' }, 'de'), []);
  });
  it('finds a missing or empty key, a stale key and a lost or invented placeholder', () => {
    const problems = checkCatalogue(english, { hello: 'Hallo', bye: ' ', 'items.one': 'Ein Eintrag', 'items.other': '{0} Einträge', gone: 'Weg' }, 'de');
    assert.deepEqual(
      problems.map((p) => `${p.key}:${p.problem}`),
      ['hello:placeholders', 'bye:missing', 'gone:stale'],
    );
    assert.deepEqual(checkCatalogue({ a: '{0} of {1}' }, { a: '{1} von {0}' }, 'de'), [], 'placeholders may change order');
    assert.equal(checkCatalogue({ a: '{0}' }, { a: '{0} {2}' }, 'de')[0]!.problem, 'placeholders');
  });
  it('asks each language for its own plural forms: Polish one, few, many, other; Japanese only other', () => {
    const polish = checkCatalogue(english, { hello: 'Cześć {0}', bye: 'Pa', 'items.one': 'Jeden element', 'items.other': '{0} elementu' }, 'pl');
    assert.deepEqual(polish.map((p) => `${p.key}:${p.problem}`), ['items.few:plural-missing', 'items.many:plural-missing']);
    const japanese = checkCatalogue(english, { hello: 'こんにちは {0}', bye: 'さようなら', 'items.one': '1 件', 'items.other': '{0} 件' }, 'ja');
    assert.deepEqual(japanese.map((p) => `${p.key}:${p.problem}`), ['items.one:plural-extra']);
  });
  it('lets a one form leave the number out, never invent one; other keeps every placeholder', () => {
    const ok = { hello: 'Hallo {0}', bye: 'Tschüss', 'items.one': 'Ein Eintrag', 'items.other': '{0} Einträge' };
    assert.deepEqual(checkCatalogue(english, { ...ok, 'items.one': '{1} Eintrag' }, 'de').map((p) => `${p.key}:${p.problem}`), ['items.one:placeholders']);
    assert.deepEqual(checkCatalogue(english, { ...ok, 'items.other': 'Einträge' }, 'de').map((p) => `${p.key}:${p.problem}`), ['items.other:placeholders']);
  });
  it('flags forbidden characters (a $ in a browser message)', () => {
    assert.deepEqual(checkCatalogue({ a: 'Pay' }, { a: 'Zahle $1' }, 'de', { forbid: /\$/ }).map((p) => p.problem), ['forbidden']);
  });
});
