import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { browserLocale, englishLocale } from '../../../webext/src/i18n/locale-catalog';
import { coreMessageName, uiMessageName } from '../../../webext/src/i18n/message-names';
import { VOCABULARY_KEYS, withVocabulary } from '../../../shared/core/l10n/vocabulary';
import { translator } from '../../../shared/ui/i18n';
import { coreText } from '../../../shared/core/l10n/core-text';
import { renderMarkdown } from '../../../shared/core/summary/render-markdown';
import { summarize } from '../../../shared/core/summary/summary';
import { createMeetingState } from '../../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { meeting } from '../../fakes/events';
import { strings } from '../../../webext/src/i18n/strings';
import { CATALOG_LANGUAGE, messages } from '../../../shared/ui/messages';
import { coreMessages } from '../../../shared/core/l10n/core-messages';

describe('the generated English _locales catalog', () => {
  it('uses only names the browsers accept, no "$" (getMessage placeholders), no collisions', () => {
    const catalog = englishLocale();
    for (const [name, { message }] of Object.entries(catalog)) {
      assert.match(name, /^[A-Za-z0-9_@]+$/);
      assert.ok(!message.includes('$'), name);
    }
    // + 1: the catalogue's own language (CATALOG_LANGUAGE).
    assert.equal(Object.keys(catalog).length, Object.keys(strings).length + Object.keys(messages).length + Object.keys(coreMessages).length + 1, 'two keys map to one browser name');
    assert.equal(catalog[CATALOG_LANGUAGE]?.message, 'en');
  });
});

describe('the core\'s words in the browser\'s _locales (the exported Markdown in the UI language)', () => {
  it('a German messages.json carries every core key, and the summary read through those names is German', () => {
    const de = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../shared/core/locales/de.json'), 'utf8')) as Record<string, string>;
    const catalog = browserLocale('de', {}, {}, de);
    // What webext/src/i18n/core-text.ts does with browser.i18n.getMessage, over the generated catalogue.
    const translation = Object.fromEntries(Object.keys(coreMessages).map((k) => [k, catalog[coreMessageName(k)]?.message ?? '']));
    assert.deepEqual(Object.keys(coreMessages).filter((k) => !translation[k]), [], 'every core key has its German message');
    const md = renderMarkdown(summarize(foldEvents(meeting(['ana', 'ben']), createMeetingState()), 0), coreText('de', translation));
    assert.match(md, /^## Teilnehmende$/m);
    assert.doesNotMatch(md, /^## Participants$/m);
  });
});

describe('one agenda vocabulary (the core\'s words in shared/ui\'s panels)', () => {
  const read = (file: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../..', file), 'utf8')) as Record<string, string>;
  it('shared/ui\'s English agenda words are the core\'s, and its translations do not hold them', () => {
    for (const k of VOCABULARY_KEYS) assert.equal((messages as Record<string, string>)[k], (coreMessages as Record<string, string>)[k], k);
    for (const lang of ['de', 'fr', 'es', 'pt-br']) assert.deepEqual(VOCABULARY_KEYS.filter((k) => k in read(`shared/ui/locales/${lang}.json`)), [], lang);
  });
  it('a word mended in the core\'s translation reaches the browser\'s panels and VS Code\'s webviews', () => {
    const ui = read('shared/ui/locales/de.json');
    const core = { ...read('shared/core/locales/de.json'), 'agenda.status.carried': 'auf später verschoben' };
    assert.equal(browserLocale('de', {}, ui, core)[uiMessageName('agenda.status.carried')]?.message, 'auf später verschoben');
    assert.equal(browserLocale('de', {}, ui, core)[uiMessageName('agenda.kind.decision')]?.message, 'Entscheidung');
    // What the build writes to dist/extension/ui-locales/de.json (esbuild.config.mjs), read by VS Code's webviews.
    const vscode = translator((k) => withVocabulary(ui, core)[k], 'de');
    assert.equal(vscode('agenda.status.carried'), 'auf später verschoben');
    assert.equal(vscode('agenda.status.notReached'), 'nicht erreicht');
  });
});
