import { strict as assert } from 'node:assert';
import { messages } from '../../../shared/ui/messages';
import { PSEUDO_GROWTH, pseudoCatalogue, pseudoLocalise } from '../../../shared/ui/pseudo-locale';
import { VIEW_STRINGS } from '../../../extension/webview/view-strings';
import { englishLocale } from '../../../webext/src/i18n/locale-catalog';

const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
const letters = (s: string) => Array.from(s.replace(/\{\d+\}/g, '')).filter((c) => /\p{L}/u.test(c)).length;

describe('the pseudo-locale, generated from the English catalogues', () => {
  const catalogues: [string, Record<string, string>][] = [
    ['shared/ui messages', messages],
    ['VS Code webview strings', VIEW_STRINGS],
    ['browser _locales/en', Object.fromEntries(Object.entries(englishLocale()).map(([k, v]) => [k, v.message]))],
  ];
  for (const [name, english] of catalogues)
    it(`${name}: every string keeps its placeholders, has no plain ASCII letter left and is at least ${PSEUDO_GROWTH * 100} % longer in letters`, () => {
      const pseudo = pseudoCatalogue(english);
      assert.deepEqual(Object.keys(pseudo), Object.keys(english));
      for (const [key, text] of Object.entries(english)) {
        const p = pseudo[key]!;
        assert.deepEqual(placeholders(p), placeholders(text), key);
        assert.doesNotMatch(p.replace(/\{\d+\}/g, ''), /[A-Za-z]/, key);
        assert.ok(letters(p) >= letters(text) * (1 + PSEUDO_GROWTH), `${key}: ${JSON.stringify(p)}`);
        assert.ok(!p.includes('$'), `${key}: no "$" (browser getMessage placeholders)`);
      }
    });

  it('keeps words whole (lengthened, not split) and is the same every time', () => {
    assert.equal(pseudoLocalise('Next speaker'), pseudoLocalise('Next speaker'));
    assert.equal(pseudoLocalise('Next speaker').split(' ').length, 2);
    assert.equal(pseudoLocalise('Turn: {0}, {1}.'), `${pseudoLocalise('Turn')}: {0}, {1}.`);
    assert.equal(pseudoLocalise('Pass'), 'Þáššþá');
  });
});
