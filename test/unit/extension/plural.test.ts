/**
 * VS Code's counted sentences (extension/src/plural.ts): the bundle is keyed by the English text,
 * one key per English form, and the form is chosen by Intl.PluralRules of the bundle's language,
 * read here through the real translation bundles.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleLanguage, pluralLocalize, type PluralForms } from '../../../extension/src/plural';
import { fill } from '../../../shared/ui/fill';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** vscode.l10n.t over one language's bundle (English: the key itself). */
function bundleT(lang: string) {
  const bundle = lang === 'en' ? {} : (JSON.parse(readFileSync(path.join(ROOT, `l10n/bundle.l10n.${lang}.json`), 'utf8')) as Record<string, string>);
  return pluralLocalize((key, ...args) => fill(bundle[key] ?? key, args), () => lang);
}
const LEFT: PluralForms = ['Roundtable: {0}, {1} second left', 'Roundtable: {0}, {1} seconds left'];
const ITEMS: PluralForms = ['Roundtable: agenda set, {0} item.', 'Roundtable: agenda set, {0} items.'];
const MORE: PluralForms = ['(and {0} more problem)', '(and {0} more problems)'];

describe('extension: counted sentences through Intl.PluralRules', () => {
  it('English: one for 1 only', () => {
    const tn = bundleT('en');
    assert.equal(tn(1, LEFT, 'Ana', 1), 'Roundtable: Ana, 1 second left');
    assert.equal(tn(0, LEFT, 'Ana', 0), 'Roundtable: Ana, 0 seconds left');
    assert.equal(tn(1, MORE, 1), '(and 1 more problem)');
  });
  it('German: Sekunde / Sekunden, Punkt / Punkte', () => {
    const tn = bundleT('de');
    assert.equal(tn(1, LEFT, 'Ana', 1), 'Roundtable: Ana, noch 1 Sekunde');
    assert.equal(tn(5, LEFT, 'Ana', 5), 'Roundtable: Ana, noch 5 Sekunden');
    assert.equal(tn(1, ITEMS, 1), 'Roundtable: Agenda festgelegt, 1 Punkt.');
    assert.equal(tn(3, MORE, 3), '(und 3 weitere Probleme)');
  });
  it('French and Brazilian Portuguese take the one form for 0 as well; a round million (many) reads the other form', () => {
    assert.equal(bundleT('fr')(0, LEFT, 'Ana', 0), 'Roundtable\u00a0: Ana, 0 seconde restante');
    assert.equal(bundleT('fr')(2, LEFT, 'Ana', 2), 'Roundtable\u00a0: Ana, 2 secondes restantes');
    assert.equal(bundleT('fr')(1_000_000, ITEMS, 1_000_000), 'Roundtable\u00a0: ordre du jour défini, 1000000 points.');
    assert.equal(bundleT('pt-br')(0, LEFT, 'Ana', 0), 'Roundtable: Ana, falta 0 segundo');
    assert.equal(bundleT('pt-br')(7, LEFT, 'Ana', 7), 'Roundtable: Ana, faltam 7 segundos');
    assert.equal(bundleT('es')(1, MORE, 1), '(y 1 problema más)');
    assert.equal(bundleT('es')(0, MORE, 0), '(y 0 problemas más)');
  });
  it('the language is the loaded bundle\'s: none loaded is English whatever the display language', () => {
    assert.equal(bundleLanguage(undefined, 'ja'), 'en');
    assert.equal(bundleLanguage({ a: 'b' }, 'pt-br'), 'pt-br');
    assert.equal(pluralLocalize((k) => k, () => 'not a language!')(1, LEFT), LEFT[0], 'a bad tag is English, not a crash');
  });
});
