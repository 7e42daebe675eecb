// Browser tier: every test/browser/**/*.test.ts under mocha, in real Chromium (Debian's,
// driven by playwright-core). Needs a build in dist/ (npm test builds first; alone, run
// `npm run build:dev` or `npm run build` before).
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chrome = execFileSync('bash', ['scripts/ensure-chromium.sh'], { encoding: 'utf8' }).trim();
if (!existsSync('dist/webext/chrome/manifest.json')) {
  console.log('dist/ has no browser build: building');
  const b = spawnSync('node', ['esbuild.config.mjs', '--quiet'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const r = spawnSync(
  'npx',
  ['mocha', '--no-config', '--import=tsx', '--timeout', '180000', '--reporter', 'spec', '--recursive', 'test/browser/**/*.test.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
);
process.exit(r.status ?? 1);
