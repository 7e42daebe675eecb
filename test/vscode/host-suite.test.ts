/**
 * Runs extension/test/suite (bundled to dist/extension-tests/index.js) inside code-server's real
 * extension host. The workbench takes extensionDevelopmentPath/extensionTestsPath from the URL
 * payload; the suite's output arrives through window.codeAutomationLog and its exit code through
 * window.codeAutomationExit (0 pass, 1 fail).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { format } from 'node:util';
import { harness } from './harness.ts';
import { workbenchUrl } from './workbench.ts';

const SUITE = path.resolve('dist/extension-tests/index.js');

describe('extension suite inside the real VS Code extension host (code-server)', function () {
  this.timeout(240000);

  it('passes', async function () {
    assert.ok(existsSync(SUITE), `${SUITE} is missing: build with node esbuild.config.mjs --only extension,webview,tests`);
    const h = await harness();
    const folder = h.workspace('host-suite');
    const context = await h.browser.newContext();
    try {
      const page = await context.newPage();
      const lines: string[] = [];
      const warnings: string[] = [];
      let exit!: (code: number) => void;
      const exited = new Promise<number>((r) => (exit = r));
      await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
        // The host forwards console calls unformatted: ("%d passing (%s)", 3, "1s").
        const text = format(...(Array.isArray(args) ? args : [args]));
        lines.push(text);
        if (type === 'warn') warnings.push(text);
        process.stdout.write(`      [host ${type}] ${text}\n`);
      });
      await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
      // Under load the workbench's main script alone took 20 s to download (see workbench.ts).
      await page.goto(workbenchUrl(h.server, folder, { testsPath: SUITE }), { timeout: 90000 });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<number>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the suite did not finish within 200 s; last output:\n${lines.slice(-20).join('\n')}`)), 200000);
      });
      const code = await Promise.race([exited, timeout]).finally(() => clearTimeout(timer));
      assert.ok(lines.some((l) => /passing/.test(l)), `no mocha summary in the host output:\n${lines.join('\n')}`);
      assert.equal(code, 0, `the in-host suite failed:\n${lines.filter((l) => /failing|Error|✗|\d+\)/.test(l)).join('\n')}`);
      // A meetings folder not made yet is normal: reading it must not make VS Code log a failure.
      const ours = warnings.filter((w) => /ENOENT/.test(w) && /dist\/extension(-tests)?\//.test(w));
      assert.deepEqual(ours, [], 'the extension made VS Code log a missing file or folder');
    } finally {
      await context.close();
    }
  });
});
