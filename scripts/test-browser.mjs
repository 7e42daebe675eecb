// Browser tier: every test/browser/**/*.test.ts under mocha, in real Chromium (Debian's,
// driven by playwright-core). Builds the browser targets first (production, as shipped, under
// a second) so a run never tests a stale dist/; `npm test` has just built everything and sets
// ROUNDTABLE_NO_BUILD. Extra arguments go to mocha (e.g. --grep restart).
import { spawnSync, execFileSync } from 'node:child_process';

const chrome = execFileSync('bash', ['scripts/ensure-chromium.sh'], { encoding: 'utf8' }).trim();
if (!process.env.ROUNDTABLE_NO_BUILD) {
  const b = spawnSync('node', ['esbuild.config.mjs', '--only', 'webext', '--production', '--quiet'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const r = spawnSync(
  'npx',
  ['mocha', '--no-config', '--import=tsx', '--timeout', '180000', '--reporter', 'spec', '--recursive', 'test/browser/**/*.test.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
);
process.exit(r.status ?? 1);
