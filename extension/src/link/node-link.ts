/**
 * The node host's half of the browser link: node:crypto for codes, secrets and constant-time
 * comparison, and the `ws` listener. Imported only by the node entry (extension.ts), so the web
 * entry never bundles a socket.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { LinkPlatform } from './browser-link';
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
