// npm run bench: bundles test/bench/bench.ts with esbuild (as shipped code is bundled, so the
// figures are realistic) and runs it in a fresh node with room for a 1M-event meeting.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(path.join(tmpdir(), 'roundtable-bench-'));
const file = path.join(out, 'bench.mjs');
try {
  await esbuild.build({ entryPoints: [path.join(root, 'test/bench/bench.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: file, logLevel: 'warning' });
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', file], { stdio: 'inherit', env: process.env });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
