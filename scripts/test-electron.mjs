// The same in-host suite as the code-server tier (extension/test/suite, bundled to
// dist/extension-tests/index.js), run by @vscode/test-electron in desktop VS Code.
// These machines cannot download VS Code, so it runs only with VSCODE_EXECUTABLE_PATH set to
// an installed VS Code; otherwise it says so and exits 0 without pretending to have tested.
// Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const exe = process.env.VSCODE_EXECUTABLE_PATH;
if (!exe || !existsSync(exe)) {
  console.log('test:electron: not run. Set VSCODE_EXECUTABLE_PATH to a VS Code executable (this machine cannot download one);');
  console.log('the same suite runs inside code-server with `npm run test:vscode`.');
  process.exit(0);
}
const b = spawnSync('node', ['esbuild.config.mjs', '--only', 'extension,webview,tests', '--quiet'], { stdio: 'inherit' });
if (b.status !== 0) process.exit(b.status ?? 1);
const { runTests } = await import('@vscode/test-electron');
mkdirSync('.test-tmp', { recursive: true });
const root = mkdtempSync(path.resolve('.test-tmp', 'electron-'));
const workspace = path.join(root, 'workspace');
mkdirSync(workspace);
try {
  await runTests({
    vscodeExecutablePath: exe,
    extensionDevelopmentPath: process.cwd(),
    extensionTestsPath: path.resolve('dist/extension-tests/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(root, 'user-data'), '--extensions-dir', path.join(root, 'extensions')],
  });
} catch (e) {
  console.error(`test:electron failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
