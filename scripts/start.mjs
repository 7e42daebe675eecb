// `npm start`: from a fresh clone to a finished demo meeting in one command.
// Installs what is missing (npm packages, Debian's Chromium), builds, packages, then runs the
// demo call in Chromium with the extension loaded (headless without a DISPLAY), exports the
// meeting's Markdown summary from the extension's summary page and takes screenshots, all
// under .roundtable-demo/. Finishes by itself and leaves no browser running.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const out = path.join(root, '.roundtable-demo');
const started = Date.now();
const step = (s) => console.log(`\n[roundtable] ${s} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

function run(cmd, args, { fatal = true } = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  if (r.status !== 0) {
    console.error(`[roundtable] ${cmd} ${args.join(' ')} failed`);
    if (fatal) process.exit(r.status ?? 1);
  }
  return r.status === 0;
}

if (!existsSync(path.join(root, 'node_modules', 'playwright-core'))) {
  step('installing npm packages');
  run('npm', existsSync('package-lock.json') ? ['ci'] : ['install']);
}
step('checking for Chromium');
const chromePath = execFileSync('bash', ['scripts/ensure-chromium.sh'], { encoding: 'utf8' }).trim();
step('building');
run('npm', ['run', '--silent', 'build', '--', '--quiet']);
// A packaging failure does not stop the demo (the build it needs is there); it fails the run at the end.
let packaged = true;
if (existsSync('scripts/package.mjs')) {
  step('packaging');
  packaged = run('npm', ['run', '--silent', 'package'], { fatal: false });
}

step(`running the demo meeting in ${chromePath}${process.env.DISPLAY ? '' : ' (headless: no DISPLAY)'}`);
const { chromium } = await import('playwright-core');
const extension = path.join(root, 'dist/webext/chrome');
mkdirSync(out, { recursive: true });
// The browser profile lives in the system temp folder, outside the tree that packaging reads.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'roundtable-demo-'));
const context = await chromium.launchPersistentContext(tmp, {
  headless: !process.env.DISPLAY,
  executablePath: chromePath,
  env: { ...process.env, HOME: tmp, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_CACHE_HOME: path.join(tmp, 'cache'), TMPDIR: tmp },
  acceptDownloads: true,
  viewport: { width: 1100, height: 800 },
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let ok = false;
try {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const id = new URL(sw.url()).host;
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 800 });
  await panel.goto(`chrome-extension://${id}/sidepanel.html`);
  const summaryOpened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/summary.html'), timeout: 60_000 });
  const demo = await context.newPage();
  await demo.goto(`chrome-extension://${id}/demo.html?room=start-${Date.now().toString(36)}`);
  console.log('[roundtable] the demo call is playing (about 13 s)…');
  await demo.waitForTimeout(9000);
  await panel.screenshot({ path: path.join(out, 'sidepanel-live.png'), fullPage: true });
  await demo.screenshot({ path: path.join(out, 'demo-call.png') });
  await demo.waitForFunction(() => document.body.dataset.state === 'ended', null, { timeout: 30_000 });
  const summary = await summaryOpened;
  await summary.waitForSelector('button[data-export="md"]');
  const [download] = await Promise.all([summary.waitForEvent('download'), summary.click('button[data-export="md"]')]);
  const md = path.join(out, 'summary.md');
  await download.saveAs(md);
  const png = path.join(out, 'summary.png');
  await summary.screenshot({ path: png, fullPage: true });
  ok = true;
  step('done');
  console.log(`Summary (Markdown, exported by the extension): ${md}`);
  console.log(`Screenshot of the summary page:               ${png}`);
  console.log(`Side panel during the call:                   ${path.join(out, 'sidepanel-live.png')}`);
  console.log(`Packages:                                     ${path.join(root, 'dist')}`);
} finally {
  await context.close().catch(() => undefined);
  rmSync(tmp, { recursive: true, force: true });
}
if (!packaged) console.error('[roundtable] the demo ran, but packaging failed (see above)');
process.exit(ok && packaged ? 0 : 1);
