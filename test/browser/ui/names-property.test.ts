// Property: any string a call page or roster could call a person (markup, entities, bidi and
// zero-width controls, astral characters, lone surrogates, 0 to 300 chars) renders as exactly
// that text, in every component that shows names, with no element created from it.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { pageSuite, show } from './harness';
import { liveState, summaryWithNames, withNames } from '../../fakes/ui-props';

const nameArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '/', '=', ' ', 'a', 'img', 'script', 'onerror', '\u202E', '\u202C', '\u200B', '\u2066', '\uFEFF'), maxLength: 60 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '</bdi><b>x</b>', '{0}', '\uE0000\uE001', '&amp;&lt;'),
);

describe('shared/ui names as text, property in Chromium', function () {
  const suite = pageSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page();
  });

  it('renders 30 sets of 5 arbitrary names literally in the live panel and the summary', async () => {
    const samples = fc.sample(fc.array(nameArb, { minLength: 5, maxLength: 5 }), { numRuns: 30, seed: 20261121 });
    for (const names of samples) {
      for (const [component, props] of [
        ['live', withNames(liveState(), names)],
        ['summary', summaryWithNames(names)],
      ] as const) {
        await show(page, component, props);
        const result = await page.evaluate(() => ({
          names: [...document.querySelectorAll('bdi.rt-name')].map((b) => [b.textContent, b.getAttribute('title'), b.children.length]),
          text: document.getElementById('root')!.textContent ?? '',
          foreign: document.querySelectorAll('#root img, #root script, #root b, #root iframe, #root [onerror], #root [onload]').length,
        }));
        assert.equal(result.foreign, 0, JSON.stringify(names));
        for (const [text, title, children] of result.names) {
          assert.equal(children, 0, 'a name has no child elements');
          assert.equal(text, title, 'tooltip carries the full name');
        }
        // Every name appears literally (after the DOM's own replacement of lone surrogates); the
        // four people's names each fill a <Name> whole.
        const shown = new Set(result.names.map(([text]) => text));
        const normalise = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
        for (const name of names) assert.ok(result.text.includes(normalise(name)), `${component}: ${JSON.stringify(name)} in the text`);
        for (const name of names.slice(0, 4)) assert.ok(shown.has(normalise(name)), `${component}: ${JSON.stringify(name)} is one <Name>`);
      }
    }
  });
});
