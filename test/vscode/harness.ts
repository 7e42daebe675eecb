/**
 * One code-server and one Chromium for the whole tier, started lazily by the first test file
 * and stopped by the root hook in hooks.ts (and by an exit hook if the run dies).
 * Each test gets its own fresh workspace folder under the run's temp root.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startCodeServer, type CodeServer } from './code-server.ts';
import { launchBrowser } from './workbench.ts';

export interface Harness {
  server: CodeServer;
  browser: Browser;
  workspace(name: string): string;
  /** Stops code-server and starts it again on the same folders and port: a restart of VS Code. */
  restartServer(): Promise<void>;
}

let current: Promise<Harness> | undefined;

export function harness(): Promise<Harness> {
  current ??= (async () => {
    mkdirSync(path.resolve('.test-tmp'), { recursive: true });
    const root = mkdtempSync(path.resolve('.test-tmp', 'vscode-'));
    const server = await startCodeServer(root);
    const browser = await launchBrowser(server).catch((e) => {
      server.stop();
      throw e;
    });
    let n = 0;
    const h: Harness = {
      server,
      browser,
      workspace(name: string) {
        const dir = path.join(root, 'workspaces', `${++n}-${name}`);
        mkdirSync(dir, { recursive: true });
        return dir;
      },
      async restartServer() {
        const port = h.server.port;
        h.server.stop();
        h.server = await startCodeServer(root, port);
      },
    };
    return h;
  })();
  return current;
}

export async function stopHarness(): Promise<void> {
  if (!current) return;
  const h = await current.catch(() => undefined);
  current = undefined;
  if (!h) return;
  await h.browser.close().catch(() => {});
  h.server.stop();
}
