import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { browserRefusal, coreRefusal } from '../../../extension/src/refusal-text';
import { loadUiLocale } from '../../../extension/src/ui-locale';
import { englishOnly } from '../../../extension/src/live-meeting';

const read = (file: string) => readFile(`shared/ui/locales/${file}`);

describe('extension/refusal-text: a refused command in the reader\'s language', () => {
  afterEach(() => loadUiLocale('en', read));

  it('a core code reads from shared/ui\'s table in VS Code\'s language', async () => {
    assert.equal(coreRefusal('no-active-round'), 'No round is running. Start one first.');
    await loadUiLocale('de', read);
    const de = JSON.parse(await readFile('shared/ui/locales/de.json', 'utf8')) as Record<string, string>;
    assert.equal(coreRefusal('no-active-round'), de['error.no-active-round']);
    assert.equal(browserRefusal(englishOnly, { code: 'unknown-participant', message: 'no participant with pid "p9"' }), de['error.unknown-participant'], 'the English message (naming a pid) is not shown');
  });

  it("the browser's own codes read from VS Code's bundle; an older browser's message is shown as it came", () => {
    const t = (m: string, ...a: (string | number)[]) => `«${englishOnly(m, ...a)}»`;
    assert.equal(browserRefusal(t, { code: 'no-meeting', message: 'the browser has no such live meeting' }), '«The browser has no such live meeting any more.»');
    assert.equal(browserRefusal(t, { code: 'roster-damaged', message: 'roster: field people is missing' }), '«The browser could not use its team roster: open Roster and rotation there to see why.»');
    assert.equal(browserRefusal(t, { code: 'failed', message: 'Error: quota' }), '«The browser could not run that: Error: quota»');
    // Before the codes were sent, every refusal was `refused` with the core's English sentence.
    assert.equal(browserRefusal(t, { code: 'refused', message: 'no round is running' }), 'no round is running');
    assert.equal(browserRefusal(t, { code: 'refused', message: '' }), '«The browser refused that.»');
    assert.equal(browserRefusal(t, undefined), '«The browser refused that.»');
  });
});
