// `npm run package`: the three installable artefacts, from an existing build in dist/.
//   dist/roundtable-<version>.vsix           VS Code (vsce, no node_modules: everything is bundled)
//   dist/roundtable-chrome-<version>.zip     Chrome / Chromium (load unpacked or upload)
//   dist/roundtable-firefox-<version>.zip    Firefox (about:debugging or AMO)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    console.error(`package: ${cmd} ${args.join(' ')} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
};
if (!existsSync('dist/extension/extension.js') || !existsSync('dist/webext/chrome/manifest.json')) {
  console.error('package: dist/ has no complete build; run `npm run build` first');
  process.exit(1);
}
const vsix = `dist/roundtable-${version}.vsix`;
run('npx', ['vsce', 'package', '--no-dependencies', '--skip-license', '--out', vsix]);
const out = [vsix];
for (const browser of ['chrome', 'firefox']) {
  const name = `roundtable-${browser}-${version}.zip`;
  // Source maps stay in dist/ for debugging; the store packages ship the code alone (a third the size).
  run('npx', ['web-ext', 'build', '--source-dir', `dist/webext/${browser}`, '--artifacts-dir', 'dist', '--filename', name, '--overwrite-dest', '--ignore-files', '**/*.map']);
  out.push(`dist/${name}`);
}
for (const f of out) console.log(`${f.padEnd(40)} ${(statSync(f).size / 1024).toFixed(1).padStart(8)} KiB`);
