// npm run bench: bundles each benchmark in test/bench/ with esbuild (as shipped code is bundled,
// so the figures are realistic) and runs it in a fresh node with room for a 1M-event meeting.
// `node scripts/bench.mjs live-record` runs one of them (bench: the core's; view: the live session and a view per event as the meeting grows; live-record: VS Code's
// live record, with `vscode` replaced by test/bench/fake-vscode.ts over node:fs; adversarial: hostile
// record shapes through the built CLI, against issue 10's bounds). `panel-cpu` (never run by
// default: Chromium for minutes) is scripts/panel-cpu.mjs, the side panel's CPU in a busy call.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const all = ['bench', 'live-record', 'view', 'adversarial'];
const only = process.argv.slice(2);
if (only.includes('panel-cpu')) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/panel-cpu.mjs')], { stdio: 'inherit', env: process.env });
  process.exit(r.status ?? 1);
}
const out = mkdtempSync(path.join(tmpdir(), 'roundtable-bench-'));
try {
  for (const name of only.length ? only : all) {
    if (!all.includes(name)) throw new Error(`unknown benchmark ${name} (one of ${all.join(', ')})`);
    if (name === 'adversarial' && !process.env.ROUNDTABLE_CLI) spawnSync(process.execPath, ['esbuild.config.mjs', '--only', 'cli', '--quiet'], { cwd: root, stdio: 'inherit' });
    const file = path.join(out, `${name}.mjs`);
    await esbuild.build({
      entryPoints: [path.join(root, `test/bench/${name}.ts`)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: file,
      logLevel: 'warning',
      alias: { vscode: path.join(root, 'test/bench/fake-vscode.ts') },
    });
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', file], { stdio: 'inherit', env: process.env });
    if (r.status !== 0) {
      process.exitCode = r.status ?? 1;
      break;
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
