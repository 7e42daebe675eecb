/**
 * The node host's half of the browser link: node:crypto for codes, secrets and constant-time
 * comparison, and the `ws` listener. Imported only by the node entry (extension.ts), so the web
 * entry never bundles a socket.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { watchFile, unwatchFile } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LinkOwner, LinkPlatform, OwnerStore } from './browser-link';

/** How often the owner file's modification time is checked (a stat, no read). */
const OWNER_POLL_MS = 1000;

/**
 * link-owner.json through node:fs, with a stat poll for changes: no workbench involved, so a
 * code-server window's extension host that outlived its tab still hears of a take-over.
 */
export function nodeOwnerFile(file: string): OwnerStore {
  return {
    async read() {
      try {
        const o = JSON.parse(await readFile(file, 'utf8')) as Partial<LinkOwner>;
        return typeof o.pid === 'number' && typeof o.port === 'number' && typeof o.window === 'string' ? (o as LinkOwner) : undefined;
      } catch {
        return undefined;
      }
    },
    async write(owner) {
      if (!owner) return void (await rm(file, { force: true }));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(owner));
    },
    watch(changed) {
      const listener = () => changed();
      watchFile(file, { interval: OWNER_POLL_MS, persistent: false }, listener);
      return { dispose: () => unwatchFile(file, listener) };
    },
  };
}
import { LinkServer } from './link-server';

export function nodeLinkPlatform(peerName: () => string): LinkPlatform {
  return {
    deps: {
      now: () => Date.now(),
      randomInt: (limit) => randomInt(limit),
      randomToken: (bytes) => randomBytes(bytes).toString('base64url'),
      sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
      equal: (a, b) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b)),
    },
    transport: (gate, onConnection, log) => new LinkServer(gate, peerName, onConnection, log),
    ownerFile: nodeOwnerFile,
    process: {
      pid: process.pid,
      alive: (pid) => {
        try {
          process.kill(pid, 0);
          return true;
        } catch (e) {
          // EPERM: it runs, as another user's process.
          return (e as NodeJS.ErrnoException).code === 'EPERM';
        }
      },
    },
  };
}
