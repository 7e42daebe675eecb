/**
 * The VS Code webview's built bundle (dist/extension/webview.js + .css) in a Chromium page of its
 * own, driven through the host protocol: `ready` is answered with the given record message, as
 * the extension does; the extension host itself is not running. For what the webview renders from
 * what the host sends (the pseudo-locale at 300 px, a record it cannot show).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ROOT } from './harness';

export interface WebviewPage {
  page: Page;
  close(): Promise<void>;
}

/** `record`: the message the host sends first; `dir`: a test folder to serve the page from; `lang`: the page's lang attribute. */
export async function openWebview(dir: string, record: unknown, opts: { width: number; lang: string }): Promise<WebviewPage> {
  // The tier builds only the browser extension; the webview bundle is built here unless `npm test` just built everything.
  if (!process.env.ROUNDTABLE_NO_BUILD || !existsSync(path.join(ROOT, 'dist/extension/webview.js'))) {
    const built = spawnSync('node', ['esbuild.config.mjs', '--only', 'webview', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
    assert.equal(built.status, 0, 'webview build');
  }
  const site = path.join(dir, 'webview');
  mkdirSync(site, { recursive: true });
  for (const f of ['webview.js', 'webview.css']) cpSync(path.join(ROOT, 'dist/extension', f), path.join(site, f));
  writeFileSync(
    path.join(site, 'index.html'),
    `<!doctype html><html lang="${opts.lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'"><link rel="stylesheet" href="webview.css"><title>sidebar</title></head>` +
      `<body data-view="sidebar" data-host="node"><main id="root"></main><script src="stub.js"></script><script src="webview.js"></script></body></html>`,
  );
  // acquireVsCodeApi as VS Code provides it; `ready` is answered with the record, as the extension does.
  writeFileSync(
    path.join(site, 'stub.js'),
    `const record = ${JSON.stringify(record)}; let state; window.acquireVsCodeApi = () => ({ postMessage(m) { if (m.type === 'ready') setTimeout(() => window.postMessage(record, '*')); }, getState: () => state, setState: (s) => { state = s; } });`,
  );
  const browser = await chromium.launch({ headless: true, executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: opts.width, height: 900 } });
    await page.route('http://rt.test/**', (r) => {
      const file = path.join(site, new URL(r.request().url()).pathname.slice(1) || 'index.html');
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
      return existsSync(file) ? r.fulfill({ status: 200, contentType: type, body: readFileSync(file) }) : r.fulfill({ status: 404, body: '' });
    });
    await page.goto('http://rt.test/index.html');
    return { page, close: () => browser.close() };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
