// `npm test`: every tier in order, each timed. A tier's own script runs it alone
// (test:unit, test:browser, test:vscode). A failed typecheck or build stops the run; a failed
// test tier does not, so one run reports every tier. Exit status: non-zero if any tier failed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// On a fresh clone `npm test` is the second quick-start command and may come first: install
// the npm packages when they are missing (Chromium and code-server are fetched by their tiers).
if (!existsSync('node_modules/.bin/mocha')) {
  console.log('node_modules is missing: npm ci');
  const i = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (i.status !== 0) process.exit(i.status ?? 1);
}

const FATAL = new Set(['typecheck', 'build']);
const tiers = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build', '--', '--quiet']],
  ['unit', 'npm', ['run', '--silent', 'test:unit']],
  ['firefox lint', 'npm', ['run', '--silent', 'lint:firefox']],
  ['browser (Chromium)', 'npm', ['run', '--silent', 'test:browser']],
  ['vscode (code-server)', 'npm', ['run', '--silent', 'test:vscode']],
];
const only = process.argv.slice(2);
const timings = [];
let failed = 0;
for (const [name, cmd, args] of tiers) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const start = Date.now();
  console.log(`\n=== ${name} ===`);
  // Tiers after `build` test the production bundles it just wrote instead of rebuilding them.
  const built = timings.some((t) => t.startsWith('build ') && t.endsWith('ok'));
  const env = { ...process.env, npm_config_update_notifier: 'false', ...(built ? { ROUNDTABLE_NO_BUILD: '1' } : {}) };
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  const secs = ((Date.now() - start) / 1000).toFixed(1);
  timings.push(`${name.padEnd(22)} ${secs.padStart(6)} s  ${r.status === 0 ? 'ok' : 'FAILED'}`);
  if (r.status !== 0) {
    failed++;
    if (FATAL.has(name)) break;
  }
}
console.log(`\n${timings.join('\n')}`);
process.exit(failed ? 1 : 0);
