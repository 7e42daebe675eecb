// npm run bench: bundles each benchmark in test/bench/ with esbuild (as shipped code is bundled,
// so the figures are realistic) and runs it in a fresh node with room for a 1M-event meeting.
// `node scripts/bench.mjs live-record` runs one of them (bench: the core's; view: the live session and a view per event as the meeting grows; live-record: VS Code's
// live record, with `vscode` replaced by test/bench/fake-vscode.ts over node:fs; adversarial: hostile
// record shapes through the built CLI, against issue 10's bounds; live-fold: the fold's cost per event
// and a TimeOrderedFold rebuild as the meeting grows, beside another tree's when BENCH_BEFORE=<its
// checkout> is set, the two run alternately in fresh processes, BENCH_PAIRS times; BENCH_WARMUP=n folds n
// times before measuring, default 1: the JIT settles only after several; BENCH_GC=0: no forced full collection before each fold). `panel-cpu` (never run by
// default: Chromium for minutes) is scripts/panel-cpu.mjs, the side panel's CPU in a busy call;
// `fold-instructions` (only when named: valgrind, minutes) the settled fold's instructions per event, BENCH_BEFORE beside it.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const all = ['bench', 'live-record', 'view', 'live-fold', 'adversarial'];
/** Run only when named: valgrind, minutes. */
const named = ['fold-instructions'];
const only = process.argv.slice(2);
if (only.includes('panel-cpu')) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/panel-cpu.mjs')], { stdio: 'inherit', env: process.env });
  process.exit(r.status ?? 1);
}
const out = mkdtempSync(path.join(tmpdir(), 'roundtable-bench-'));
try {
  for (const name of only.length ? only : all) {
    if (!all.includes(name) && !named.includes(name)) throw new Error(`unknown benchmark ${name} (one of ${[...all, ...named].join(', ')})`);
    if (name === 'live-fold') {
      await liveFold();
      continue;
    }
    if (name === 'fold-instructions') {
      await foldInstructions();
      continue;
    }
    if (name === 'adversarial' && !process.env.ROUNDTABLE_CLI) spawnSync(process.execPath, ['esbuild.config.mjs', '--only', 'cli', '--quiet'], { cwd: root, stdio: 'inherit' });
    const file = path.join(out, `${name}.mjs`);
    await bundle(name, file, { alias: { vscode: path.join(root, 'test/bench/fake-vscode.ts') } });
    const r = spawnSync(process.execPath, ['--max-old-space-size=4096', file], { stdio: 'inherit', env: process.env });
    if (r.status !== 0) {
      process.exitCode = r.status ?? 1;
      break;
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** test/bench/<name>.ts as one ES module for node (as shipped code is bundled, so the figures are realistic). */
function bundle(name, outfile, options) {
  return esbuild.build({ entryPoints: [path.join(root, `test/bench/${name}.ts`)], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning', ...options });
}

/** test/bench/<name>.ts (live-fold or fold-instructions) bundled with its fold and rebuild imports taken from `tree` (its layout before or after the move to concept folders). */
async function bundleLiveFold(tree, file, name = 'live-fold') {
  const inTree = (...names) => names.map((n) => path.join(tree, 'shared/core', n)).find((f) => existsSync(f));
  const redirect = {
    'meeting-state': inTree('meeting/meeting-state.ts', 'meeting-state.ts'),
    // The fold with every part (applyEvent): meeting-state.ts's before it had parts.
    'meeting-parts': inTree('meeting/meeting-parts.ts', 'meeting/meeting-state.ts', 'meeting-state.ts'),
    'time-ordered-fold': inTree('meeting/time-ordered-fold.ts') ?? path.join(out, 'none.mjs'),
  };
  writeFileSync(path.join(out, 'none.mjs'), 'export const cloneMeetingState = undefined;\n');
  await bundle(name, file, {
    plugins: [
      {
        name: 'tree',
        setup(b) {
          b.onResolve({ filter: /\/meeting\/(meeting-state|meeting-parts|time-ordered-fold)$/ }, (a) => (a.importer.endsWith(`${name}.ts`) ? { path: redirect[path.basename(a.path)] } : undefined));
        },
      },
    ],
  });
}

async function liveFold() {
  const before = process.env.BENCH_BEFORE;
  const pairs = Number(process.env.BENCH_PAIRS ?? 5);
  const trees = [{ name: 'this tree', dir: root }, ...(before ? [{ name: `before (${before})`, dir: path.resolve(before) }] : [])];
  for (const [i, t] of trees.entries()) await bundleLiveFold(t.dir, (t.file = path.join(out, `live-fold-${i}.mjs`)));
  const results = trees.map(() => []);
  for (let p = 0; p < pairs; p++)
    // Alternate which runs first, so drift on a shared machine hits both alike.
    for (const i of p % 2 ? [...trees.keys()].reverse() : trees.keys()) {
      const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', trees[i].file], { env: process.env, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`live-fold (${trees[i].name}) failed: ${r.stderr}`);
      results[i].push(JSON.parse(r.stdout.trim().split('\n').pop()));
    }
  const median = (xs) => {
    const s = xs.slice().sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const us = (ns) => `${(ns / 1000).toFixed(1)} µs`;
  const rows = trees.map((t, i) => {
    const rs = results[i];
    const sizes = rs[0].rebuilds.map((r) => r.events);
    return { name: t.name, events: rs[0].events, batch: median(rs.map((r) => r.batchNs)), whole: median(rs.map((r) => r.wholeNs)), rebuild: sizes.map((n, k) => ({ n, ns: median(rs.map((r) => r.rebuilds[k].ns)), cloneNs: median(rs.map((r) => r.rebuilds[k].cloneNs ?? NaN)) })) };
  });
  console.log(`live fold, ${rows[0].events.toLocaleString('en')} events (24 people), CPU time per event after ${process.env.BENCH_WARMUP ?? 1} warm-up fold(s), ${process.env.BENCH_GC === '0' ? 'no forced GC' : 'a forced full GC before each fold'}, medians of ${pairs} fresh processes${before ? ' per tree, run alternately' : ''}:`);
  for (const r of rows) {
    const perDoubling = (key) => Math.pow(r.rebuild[r.rebuild.length - 1][key] / r.rebuild[0][key], 1 / (r.rebuild.length - 1));
    const slope = r.rebuild.length > 1 ? perDoubling('ns') : null;
    console.log(`  ${r.name}: fold only ${r.batch.toFixed(0)} ns median batch of 1,000 (whole fold ${r.whole.toFixed(0)} ns per event)`);
    if (slope !== null) console.log(`    rebuild (clone the checkpoint, replay 30 s): ${r.rebuild.map((b) => `${us(b.ns)} at ${b.n.toLocaleString('en')}`).join(', ')}; ${slope.toFixed(2)}x per doubling`);
    if (slope !== null) console.log(`    of which the clone: ${r.rebuild.map((b) => `${us(b.cloneNs)} at ${b.n.toLocaleString('en')}`).join(', ')}; ${perDoubling('cloneNs').toFixed(2)}x per doubling`);
  }
  if (rows.length === 2) {
    const [now, then] = rows;
    console.log(`  this tree / before: fold ${(now.batch / then.batch).toFixed(2)}x (median batch), ${(now.whole / then.whole).toFixed(2)}x (whole fold)`);
    if (now.rebuild.length && then.rebuild.length) {
      console.log(`    rebuild ${now.rebuild.map((b, k) => `${(b.ns / then.rebuild[k].ns).toFixed(2)}x at ${b.n.toLocaleString('en')}`).join(', ')}`);
      console.log(`    clone ${now.rebuild.map((b, k) => `${(b.cloneNs / then.rebuild[k].cloneNs).toFixed(2)}x at ${b.n.toLocaleString('en')}`).join(', ')}`);
    }
  }
}

/**
 * Instructions per event of the settled fold, counted by valgrind (load-independent, unlike CPU
 * time on a shared machine): test/bench/fold-instructions.ts with 10 and then 20 folds, in node
 * --single-threaded (the collector's and compiler's work counted where it happens, and no
 * background compile deciding when code is optimized), the difference divided by ten folds'
 * events. Beside BENCH_BEFORE's tree when set. Repeatability on one tree: within about 2 %.
 */
async function foldInstructions() {
  const before = process.env.BENCH_BEFORE;
  const trees = [{ name: 'this tree', dir: root }, ...(before ? [{ name: `before (${before})`, dir: path.resolve(before) }] : [])];
  const count = (file, folds) => {
    const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--smc-check=all-non-file', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', '--max-old-space-size=4096', file], { env: { ...process.env, FOLDS: String(folds) }, encoding: 'utf8' });
    const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
    if (r.status !== 0 || !m) throw new Error(`valgrind failed (${r.error?.message ?? r.status}): ${r.stderr}`);
    return { refs: Number(m[1].replaceAll(',', '')), events: JSON.parse(r.stdout.trim().split('\n').pop()).events };
  };
  const rows = [];
  for (const [i, t] of trees.entries()) {
    const file = path.join(out, `fold-instructions-${i}.mjs`);
    await bundleLiveFold(t.dir, file, 'fold-instructions');
    const a = count(file, 10);
    const b = count(file, 20);
    rows.push({ name: t.name, perEvent: (b.refs - a.refs) / (10 * a.events), events: a.events });
  }
  console.log(`fold instructions per event (valgrind, node --single-threaded, folds 11-20 of ${rows[0].events.toLocaleString('en')} events):`);
  for (const r of rows) console.log(`  ${r.name}: ${r.perEvent.toFixed(0)}`);
  if (rows.length === 2) console.log(`  this tree / before: ${(rows[0].perEvent / rows[1].perEvent).toFixed(2)}x`);
}
