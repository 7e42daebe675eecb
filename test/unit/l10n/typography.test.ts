/**
 * The glossary's typography (docs/l10n-glossary.md, "Per language"), checked in every translated
 * catalogue: French puts a non-breaking space (U+00A0) before `:` `;` `?` `!` `%` and inside « »,
 * so a line never starts with the mark; German quotes „…“, Spanish and Brazilian Portuguese “…”.
 * A plain space there reads fine in an editor and breaks in a narrow panel or a screen reader's
 * braille line, which is why a test holds it.
 */
import { strict as assert } from 'node:assert';
import { translations } from './catalogues';

/** What a value breaks, per language; [] when none. */
export function typographyProblems(lang: string, value: string): string[] {
  const out: string[] = [];
  if (lang === 'fr') {
    if (/ [:;?!%]/.test(value)) out.push('a plain space before : ; ? ! or % (U+00A0 there)');
    if (/« | »/.test(value)) out.push('a plain space inside « » (U+00A0 there)');
  }
  const count = (mark: string) => value.split(mark).length - 1;
  // German closes with “ (the English opening mark): one per „.
  // A straight " is code (a JSON snippet in a message), not a quotation mark.
  if (lang === 'de' && (/[«»”]/.test(value) || count('“') !== count('„'))) out.push('quotes other than „…“');
  if ((lang === 'es' || lang.toLowerCase() === 'pt-br') && /[«»„]/.test(value)) out.push('quotes other than “…”');
  return out;
}

describe('translation typography', () => {
  it('every translated string follows its language\'s spacing and quotes', () => {
    const report: string[] = [];
    for (const c of translations())
      for (const [key, value] of Object.entries(c.translated)) for (const p of typographyProblems(c.lang, value)) report.push(`${c.file}: ${key}: ${p}: ${JSON.stringify(value)}`);
    assert.deepEqual(report, [], report.join('\n'));
  });

  it('finds a plain space before a French colon and foreign quotes', () => {
    assert.deepEqual(typographyProblems('fr', 'Liste importée : {0}'), ['a plain space before : ; ? ! or % (U+00A0 there)']);
    assert.deepEqual(typographyProblems('fr', 'sur « {1} »'), ['a plain space inside « » (U+00A0 there)']);
    assert.deepEqual(typographyProblems('fr', 'Liste importée\u00a0: {0}\u00a0; sur «\u00a0{1}\u00a0»'), []);
    assert.deepEqual(typographyProblems('es', '{0} sobre «{1}»'), ['quotes other than “…”']);
    assert.deepEqual(typographyProblems('es', '{0} sobre “{1}”'), []);
    assert.deepEqual(typographyProblems('de', '{0} zu „{1}“'), []);
    assert.deepEqual(typographyProblems('de', '{0} zu “{1}”'), ['quotes other than „…“']);
    assert.deepEqual(typographyProblems('pt-BR', 'acrescentar "version": 1?'), []);
  });
});
