import { strict as assert } from 'node:assert';
import { catalogTranslator, translator, english } from '../../../shared/ui/i18n';
import { spokenDuration } from '../../../shared/ui/duration';
import { localeCandidates, loadUiLocale, uiLocale } from '../../../extension/src/ui-locale';

describe('translator: plural forms and numbers in the catalogue\'s language', () => {
  const fr: Record<string, string> = { 'duration.spoken.second.one': '{0} seconde', 'duration.spoken.second.many': '{0} de secondes', 'duration.spoken.second.other': '{0} secondes' };
  const t = translator((k) => fr[k], 'fr');

  it('picks the form by Intl.PluralRules of the catalogue, not of English', () => {
    assert.equal(t.lang, 'fr');
    // French counts 0 and 1 as one; English says "0 seconds".
    assert.equal(t.plural('duration.spoken.second', 0), '0 seconde');
    assert.equal(english.plural('duration.spoken.second', 0), '0 seconds');
    assert.equal(t.plural('duration.spoken.second', 1), '1 seconde');
    assert.equal(t.plural('duration.spoken.second', 2), '2 secondes');
    // The number itself is formatted for the language (a narrow no-break space groups French thousands).
    assert.equal(t.plural('duration.spoken.second', 1_000_000), '1\u202f000\u202f000 de secondes');
    assert.equal(english.plural('duration.spoken.second', 1500), '1,500 seconds');
  });

  it('falls back to the catalogue\'s other form, then to English', () => {
    const partial = translator((k) => (k === 'duration.spoken.second.other' ? '{0} secondes' : undefined), 'fr');
    assert.equal(partial.plural('duration.spoken.second', 1), '1 secondes', 'a missing one form: the catalogue\'s other');
    const none = translator(() => undefined, 'de');
    assert.equal(none.plural('duration.spoken.minute', 1), '1 minute');
    assert.equal(none.plural('duration.spoken.minute', 3), '3 minutes');
  });

  it('spoken durations go through the plural families', () => {
    const de: Record<string, string> = {
      'duration.spoken.second.one': '{0} Sekunde', 'duration.spoken.second.other': '{0} Sekunden',
      'duration.spoken.minute.one': '{0} Minute', 'duration.spoken.minute.other': '{0} Minuten', 'duration.spoken.join': '{0} und {1}',
    };
    const tde = translator((k) => de[k], 'de');
    assert.equal(spokenDuration(tde, 61_000), '1 Minute und 1 Sekunde');
    assert.equal(spokenDuration(tde, 150_000), '2 Minuten und 30 Sekunden');
    assert.equal(spokenDuration(english, 61_000), '1 minute 1 second');
  });

  it('a language Intl does not know (a pseudo catalogue) is English for rules and numbers, never a crash', () => {
    const odd = translator(() => undefined, 'éñ');
    assert.equal(odd.lang, 'en');
    assert.equal(odd.plural('duration.spoken.second', 2), '2 seconds');
  });
});

describe('VS Code host: shared/ui catalogue for the UI language', () => {
  it('tries the exact language, then its base, never a file for English', () => {
    assert.deepEqual(localeCandidates('pt-br'), ['pt-br', 'pt']);
    assert.deepEqual(localeCandidates('de'), ['de']);
    assert.deepEqual(localeCandidates('en-gb'), []);
  });

  it("a catalogue translator without a fallback (the browser's pages: _locales has every key) shows a missing key as itself, never English", () => {
    const t = catalogTranslator((k) => (k === 'countdown.label' ? 'Minuteur' : k === 'duration.spoken.second.one' ? '{0} seconde' : undefined), 'fr', () => undefined);
    assert.equal(t('countdown.label'), 'Minuteur');
    assert.equal(t('countdown.idle'), 'countdown.idle');
    assert.equal(t.plural('duration.spoken.second', 1), '1 seconde');
    assert.equal(t.plural('duration.spoken.minute', 2), 'duration.spoken.minute.other');
    assert.equal(translator(() => undefined)('countdown.idle'), english('countdown.idle'));
  });

  it('loads the first catalogue that exists and keeps English when none does or one is broken', async () => {
    const files: Record<string, string> = { 'pt.json': '{"countdown.label":"Cronômetro"}', 'fr.json': '{ broken' };
    const read = async (f: string) => {
      if (!(f in files)) throw new Error('ENOENT');
      return new TextEncoder().encode(files[f]);
    };
    assert.deepEqual(await loadUiLocale('pt-br', read), { lang: 'pt', messages: { 'countdown.label': 'Cronômetro' } });
    assert.equal(uiLocale().lang, 'pt');
    assert.deepEqual(await loadUiLocale('fr', read), { lang: 'en', messages: {} });
    assert.deepEqual(await loadUiLocale('en', read), { lang: 'en', messages: {} });
  });
});
