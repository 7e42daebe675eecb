// `npm test`: every tier in order, each timed. A tier's own script runs it alone
// (test:unit, test:browser, test:vscode). Stops at the first failing tier.
import { spawnSync } from 'node:child_process';

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
for (const [name, cmd, args] of tiers) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const start = Date.now();
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, npm_config_update_notifier: 'false' } });
  const secs = ((Date.now() - start) / 1000).toFixed(1);
  timings.push(`${name.padEnd(22)} ${secs.padStart(6)} s  ${r.status === 0 ? 'ok' : 'FAILED'}`);
  if (r.status !== 0) {
    console.log(`\n${timings.join('\n')}`);
    process.exit(r.status ?? 1);
  }
}
console.log(`\n${timings.join('\n')}`);
