// VS Code tier: the extension inside a real VS Code (code-server 4.100.3, driven in Debian's
// Chromium). Two halves, both under mocha in test/vscode/:
//   host-suite.test.ts   runs extension/test/suite inside the real extension host (URL payload)
//   *.e2e.test.ts        drives the palette, the sidebar webview and the status bar in Chromium
// Builds the extension, webview and suite bundles first (a second or two) so the run never
// tests a stale dist/. Extra arguments go to mocha (e.g. --grep reload).
import { spawnSync, execFileSync } from 'node:child_process';

const chrome = execFileSync('bash', ['scripts/ensure-chromium.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
execFileSync('bash', ['scripts/ensure-code-server.sh'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (!process.env.ROUNDTABLE_NO_BUILD) {
  const b = spawnSync('node', ['esbuild.config.mjs', '--only', 'extension,webview,tests', '--quiet'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
  // link.e2e.test.ts pairs VS Code with the browser extension: its shipped (production) build too.
  const w = spawnSync('node', ['esbuild.config.mjs', '--only', 'webext', '--production', '--quiet'], { stdio: 'inherit' });
  if (w.status !== 0) process.exit(w.status ?? 1);
}
const r = spawnSync(
  'npx',
  ['mocha', '--no-config', '--import=tsx', '--require', 'test/vscode/hooks.ts', '--timeout', '240000', '--reporter', 'spec',
    'test/vscode/**/*.test.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
);
process.exit(r.status ?? 1);
