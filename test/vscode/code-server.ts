/**
 * A real VS Code for the tests: code-server 4.100.3 (VS Code 1.100.3) started in its own
 * process group with hermetic HOME/XDG/TMPDIR folders (../shared/recipes.md §3).
 *
 * Why a process group: code-server's terminal and file-watcher children outlive a kill of
 * the main pid, so stop() signals the whole group, and an exit hook does the same if the
 * test process dies first.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface CodeServer {
  readonly origin: string;
  readonly authority: string;
  readonly port: number;
  readonly root: string;
  readonly logFile: string;
  /** Installs or removes an extension with code-server's CLI on this server's folders (restart to see it). */
  cli(args: string[]): string;
  /** Folders the server writes to, for a hermetic browser too. */
  readonly env: NodeJS.ProcessEnv;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export function hermeticEnv(root: string): NodeJS.ProcessEnv {
  const dirs = { HOME: 'home', XDG_CONFIG_HOME: 'xdg-config', XDG_DATA_HOME: 'xdg-data', XDG_CACHE_HOME: 'xdg-cache', TMPDIR: 'tmp' };
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, d] of Object.entries(dirs)) {
    const p = path.join(root, d);
    mkdirSync(p, { recursive: true });
    env[k] = p;
  }
  return env;
}

/** Starts code-server on `root`'s folders; pass the port of a previous run to restart "the same" VS Code. */
export async function startCodeServer(root: string, reusePort?: number): Promise<CodeServer> {
  const bin = execFileSync('bash', ['scripts/ensure-code-server.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  // No extension gallery: code-server's default (open-vsx.org) made it look that host up at every
  // start, traffic off this machine; tests reach 127.0.0.1 only. An empty service URL turns the gallery off.
  const env = { ...hermeticEnv(root), EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '' }) };
  const userData = path.join(root, 'user-data');
  const extensions = path.join(root, 'extensions');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  // No welcome page, no trust prompt, no telemetry banner: the workbench opens straight to the folder.
  writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'workbench.tips.enabled': false,
      'extensions.ignoreRecommendations': true,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'window.commandCenter': false,
      // The temp workspaces live inside this repository's checkout: no "open the parent repo?" toast.
      'git.openRepositoryInParentFolders': 'never',
    }),
  );
  // The same port keeps the same remote authority, and with it the same workspace storage.
  const port = reusePort ?? (await freePort());
  const logFile = path.join(root, 'code-server.log');
  const log = openSync(logFile, 'a');
  const child: ChildProcess = spawn(
    bin,
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions],
    { detached: true, stdio: ['ignore', log, log], env },
  );
  closeSync(log);
  const pgid = child.pid!;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', stop);
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    // SIGTERM lets code-server tidy up; anything still there a moment later is killed outright.
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      try {
        process.kill(-pgid, 0);
      } catch {
        return;
      }
      execFileSync('sleep', ['0.1']);
    }
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone */
    }
  };
  process.once('exit', stop);
  const origin = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${logFile}`);
    try {
      const r = await fetch(`${origin}/healthz`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() - started > 30000) {
      stop();
      throw new Error(`code-server did not answer /healthz within 30 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const cli = (args: string[]) =>
    execFileSync(bin, ['--user-data-dir', userData, '--extensions-dir', extensions, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { origin, authority: `127.0.0.1:${port}`, port, root, logFile, env, stop, cli };
}
