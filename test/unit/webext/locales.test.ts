import { strict as assert } from 'node:assert';
import { englishLocale } from '../../../webext/src/i18n/locale-catalog';
import { strings } from '../../../webext/src/i18n/strings';
import { CATALOG_LANGUAGE, messages } from '../../../shared/ui/messages';

describe('the generated English _locales catalog', () => {
  it('uses only names the browsers accept, no "$" (getMessage placeholders), no collisions', () => {
    const catalog = englishLocale();
    for (const [name, { message }] of Object.entries(catalog)) {
      assert.match(name, /^[A-Za-z0-9_@]+$/);
      assert.ok(!message.includes('$'), name);
    }
    // + 1: the catalogue's own language (CATALOG_LANGUAGE).
    assert.equal(Object.keys(catalog).length, Object.keys(strings).length + Object.keys(messages).length + 1, 'two keys map to one browser name');
    assert.equal(catalog[CATALOG_LANGUAGE]?.message, 'en');
  });
});
