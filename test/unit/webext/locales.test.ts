import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { englishLocale } from '../../../webext/tools/gen-locales';

describe('webext/_locales/en/messages.json', () => {
  it('holds exactly the extension strings and the shared/ui catalog (run npx tsx webext/tools/gen-locales.ts)', () => {
    const file = path.join(import.meta.dirname, '../../../webext/_locales/en/messages.json');
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), englishLocale());
  });

  it('uses only names the browsers accept and no "$" (which getMessage would treat as a placeholder)', () => {
    for (const [name, { message }] of Object.entries(englishLocale())) {
      assert.match(name, /^[A-Za-z0-9_@]+$/);
      assert.ok(!message.includes('$'), name);
    }
  });
});
