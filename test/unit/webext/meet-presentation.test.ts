import { strict as assert } from 'node:assert';
import { MEET_PRESENTATION_ICON, meetPresentation } from '../../../webext/src/content/adapters/meet';

describe("Meet's screen-share tiles, in any UI language", () => {
  it('a tile showing the present_to_all icon is a share whatever its name says', () => {
    for (const name of ['Ana', 'Präsentation (Ana)', 'Prezentacja (Ana)', '']) assert.equal(meetPresentation(['mic_off', MEET_PRESENTATION_ICON], name), true, name);
  });

  const shares: [string, string][] = [
    ['en', 'Presentation (Ana)'],
    ['de', 'Präsentation (Ana)'],
    ['fr', 'Présentation (Ana)'],
    ['es', 'Presentación (Ana)'],
    ['pt-BR', 'Apresentação (Ana)'],
    ['it', 'Presentazione (Ana)'],
    ['nl', 'Presentatie (Ana)'],
    ['pl', 'Prezentacja (Ana)'],
  ];
  for (const [lang, name] of shares)
    it(`${lang}: without an icon, "${name}" is a share (also decomposed accents, any case)`, () => {
      assert.equal(meetPresentation([], name), true);
      assert.equal(meetPresentation([], name.normalize('NFD').toUpperCase()), true);
    });

  it('people are not shares, even with a name that starts like the word', () => {
    for (const name of ['Ana', 'Presentations Team', 'Présentateur Ben', 'Ana (Presentation)', 'Presentationally Lee']) assert.equal(meetPresentation(['mic'], name), false, name);
  });
});
