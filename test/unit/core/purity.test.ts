/**
 * shared/core stays platform-free. The per-area tsconfig rejects DOM, node and vscode types;
 * this catches what the ES2022 lib still allows: reading the wall clock or timers, and
 * imports of platform or UI packages.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const core = path.join(__dirname, '../../../shared/core');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, 'Date.now() (take `now` or a Clock)'],
  [/\bnew Date\(\s*\)/, 'new Date() without a timestamp'],
  [/\bperformance\.now\s*\(/, 'performance.now()'],
  [/\b(setTimeout|setInterval|requestAnimationFrame)\s*\(/, 'timers (deadlines are timestamps)'],
  [/from\s+['"](vscode|preact[^'"]*|webextension-polyfill|idb|node:[^'"]+|fs|path)['"]/, 'a platform or UI import'],
  [/\b(chrome|browser|window|document)\.\w+/, 'a browser global'],
];

describe('core purity', () => {
  const list = files(core);
  it('finds the core sources', () => assert.ok(list.length >= 10, `${list.length} files`));
  for (const [pattern, what] of FORBIDDEN)
    it(`no ${what} in shared/core`, () => {
      const hits = list.flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, i }))
          .filter(({ line }) => !/^\s*(\*|\/\/)/.test(line) && pattern.test(line))
          .map(({ i }) => `${path.relative(core, f)}:${i + 1}`),
      );
      assert.deepEqual(hits, []);
    });
});
