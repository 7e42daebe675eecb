/**
 * One code-server and one Chromium for the whole tier, started lazily by the first test file
 * and stopped by the root hook in hooks.ts (and by an exit hook if the run dies).
 * Each test gets its own fresh workspace folder under the run's temp root.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startCodeServer, type CodeServer } from './code-server.ts';

export interface Harness {
  server: CodeServer;
  browser: Browser;
  workspace(name: string): string;
  /** Stops code-server and starts it again on the same folders and port: a restart of VS Code. */
  restartServer(): Promise<void>;
  /**
   * The live record the node extension host keeps for `folder` in code-server's workspace
   * storage on disk, if there is one. (The web-worker host keeps its storage in the browser.)
   */
  liveRecordOnServer(folder: string): string | undefined;
  /**
   * Waits (up to `timeoutMs`) for that live record to appear: the host appends it after the
   * status bar has already changed, and under load the write lands a moment later.
   */
  liveRecordWritten(folder: string, timeoutMs?: number): Promise<string>;
  /** Merges `patch` into the user settings.json; returns a function that restores the old file. */
  userSettings(patch: Record<string, unknown>): () => void;
}

function launchBrowser(server: CodeServer): Promise<Browser> {
  return chromium.launch({
    headless: true,
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    env: server.env as Record<string, string>,
  });
}

/** Set by hooks.ts when a test failed, so the run's folders (logs, screenshots) are kept. */
export const keep = { tmp: !!process.env.ROUNDTABLE_KEEP_TMP };

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
      liveRecordOnServer(folder: string) {
        const storage = path.join(root, 'user-data', 'User', 'workspaceStorage');
        if (!existsSync(storage)) return undefined;
        // The folder's storage is named by its workspace id. meta.json (its name) is written only
        // by whichever extension host creates the folder first: the browser's web-worker host
        // does, the node host (which makes the folder for its vscode.lock) does not. Under load
        // the node host won that race and there was no meta.json (13:25 run, load 16).
        const id = workspaceId(`vscode-remote://${h.server.authority}${folder}`);
        for (const dir of readdirSync(storage)) {
          let meta: { name?: string } = {};
          try {
            meta = JSON.parse(readFileSync(path.join(storage, dir, 'meta.json'), 'utf8'));
          } catch {
            // no meta.json: the id alone names it
          }
          const file = path.join(storage, dir, 'roundtable.roundtable', 'live.jsonl');
          if ((dir === id || meta.name === path.basename(folder)) && existsSync(file)) return file;
        }
        return undefined;
      },
      async liveRecordWritten(folder: string, timeoutMs = 15000) {
        const until = Date.now() + timeoutMs;
        for (;;) {
          const file = h.liveRecordOnServer(folder);
          if (file) return file;
          if (Date.now() > until) throw new Error(`no live record for ${path.basename(folder)} in workspace storage after ${timeoutMs} ms`);
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      userSettings(patch) {
        const file = path.join(root, 'user-data', 'User', 'settings.json');
        const old = readFileSync(file, 'utf8');
        writeFileSync(file, JSON.stringify({ ...JSON.parse(old), ...patch }, null, 2));
        return () => writeFileSync(file, old);
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

/** Waits (up to 30 s) for End Meeting's two files in `folder`'s .roundtable/meetings (of `meetings` meetings); returns their names. */
export async function meetingFiles(folder: string, meetings = 1): Promise<string[]> {
  const dir = path.join(folder, '.roundtable', 'meetings');
  let files: string[] = [];
  // Up to 30 s: a browser call's meeting ends only after the 10 s leave grace when its tab closes (issue 15).
  for (let i = 0; i < 150; i++) {
    files = existsSync(dir) ? readdirSync(dir) : [];
    if (files.filter((f) => f.endsWith('.md')).length >= meetings && files.filter((f) => f.endsWith('.jsonl')).length >= meetings) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return files;
}

export async function stopHarness(): Promise<void> {
  if (!current) return;
  const h = await current.catch(() => undefined);
  current = undefined;
  if (!h) return;
  await h.browser.close().catch(() => {});
  h.server.stop();
  if (!keep.tmp) rmSync(h.server.root, { recursive: true, force: true });
  else console.log(`VS Code tier files kept in ${h.server.root}`);
}

/**
 * The id code-server's workbench gives a folder it opens (its workspace storage folder's name):
 * VS Code's hash() of the folder's URI string (base/common/hash.ts stringHash), in hex.
 */
export function workspaceId(uri: string): string {
  const mix = (v: number, h: number) => ((h << 5) - h + v) | 0;
  let h = mix(149417, 0);
  for (let i = 0; i < uri.length; i++) h = mix(uri.charCodeAt(i), h);
  return h.toString(16);
}
