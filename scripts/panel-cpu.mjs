// `npm run bench -- panel-cpu`: the side panel's and the worker's CPU while a busy call runs
// (test/browser/panel-cpu.bench.ts: a 25-person Jitsi fixture, about 8 speech events a second,
// an early and a late window). With BASELINE=<another build's dist/webext/chrome> it runs pairs,
// the baseline and this tree's build side by side (the order alternates from pair to pair, so a
// load that drifts during a pair favours neither), and prints each run and the medians.
//
//   BASELINE=/path/to/old/dist/webext/chrome PAIRS=2 MINUTES=3 WINDOW_S=40 TILES=25 npm run bench -- panel-cpu
//
// Run it under the team lock: each run holds Chromium busy for MINUTES.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { MINUTES: '3', WINDOW_S: '40', TILES: '25', ...process.env };
const pairs = Number(env.PAIRS ?? 1);
const current = env.CURRENT ? path.resolve(env.CURRENT) : path.join(root, 'dist/webext/chrome');
const builds = env.BASELINE ? { baseline: path.resolve(env.BASELINE), current } : { current };

const chrome = execFileSync('bash', [path.join(root, 'scripts/ensure-chromium.sh')], { encoding: 'utf8', cwd: root }).trim();
if (!env.CURRENT) {
  const built = spawnSync(process.execPath, ['esbuild.config.mjs', '--only', 'webext', '--production', '--quiet'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
/** One run of the bench on one build: its early and late windows. */
function run(label, dir) {
  console.log(`${label}: ${dir} (load ${load()})`);
  const r = spawnSync('npx', ['mocha', '--no-config', '--import=tsx', '--timeout', '0', 'test/browser/panel-cpu.bench.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, CHROME_PATH: chrome, ROUNDTABLE_EXTENSION_DIR: dir },
  });
  const windows = [...r.stdout.matchAll(/from (\d+) s \((\d+) events in the record, ([\d.]+) new\/s\): side panel main thread ([\d.]+) % of one core, worker ([\d.]+) %/g)].map((m) => ({
    fromS: Number(m[1]),
    events: Number(m[2]),
    rate: Number(m[3]),
    panel: Number(m[4]),
    worker: Number(m[5]),
  }));
  if (r.status !== 0 || windows.length !== 2) {
    process.stdout.write(r.stdout + r.stderr);
    throw new Error(`${label}: the bench failed (exit ${r.status})`);
  }
  for (const w of windows) console.log(`  from ${w.fromS} s (${w.events} events, ${w.rate} new/s): panel ${w.panel.toFixed(2)} %, worker ${w.worker.toFixed(2)} %`);
  return windows;
}

const results = Object.fromEntries(Object.keys(builds).map((k) => [k, []]));
for (let i = 0; i < pairs; i++) {
  const order = i % 2 === 0 ? Object.keys(builds) : Object.keys(builds).reverse();
  for (const k of order) results[k].push(run(`pair ${i + 1} ${k}`, builds[k]));
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`\nmedians over ${pairs} run(s) each, ${env.TILES} people, ${env.MINUTES} min, ${env.WINDOW_S} s windows (% of one core):`);
for (const [k, runs] of Object.entries(results)) {
  const at = (w, f) => median(runs.map((r) => r[w][f])).toFixed(2);
  console.log(`  ${k.padEnd(8)} panel early ${at(0, 'panel')} late ${at(1, 'panel')} · worker early ${at(0, 'worker')} late ${at(1, 'worker')}`);
}
