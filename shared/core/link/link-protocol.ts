/**
 * The loopback link between the VS Code extension (server, node host) and the browser
 * extension's background worker (client): one WebSocket on ws://127.0.0.1:<port>/roundtable/link.
 * Message types are named by direction and defined once here, for both shells.
 *
 *   browser                                    VS Code
 *     | -- upgrade, Origin: chrome-extension://id --> |  refused (HTTP 403/429) unless an extension
 *     |                                              |  origin that is not locked out
 *     | -- hello { pair: code } | { auth: id, secret } -> |  nothing is sent before this is checked
 *     | <- paired { linkId, secret } | welcome ------ |  or the socket closes with a LinkClose code
 *     | <-> ping / pong, unlink, meeting messages --> |
 *
 * The secret is long-lived (re-linking needs no code); VS Code keeps only its SHA-256.
 */

export const LINK_PATH = '/roundtable/link';
export const LINK_VERSION = 1;
/** A hello larger than this is not a hello: refused before parsing. */
export const MAX_HELLO_BYTES = 2048;
/** How long a connection may stay silent before its hello; then it is closed. */
export const HELLO_TIMEOUT_MS = 5000;
/** The worker pings this often: Chrome keeps a worker alive while its WebSocket is active (Chrome 116+). */
export const PING_INTERVAL_MS = 20_000;

/** Close codes (4000–4999 are the application's) and what each tells the other side. */
export const LinkClose = {
  /** Either side ended the pairing: forget the secret. */
  unlinked: 4001,
  /** Another connection of the same link replaced this one (a restarted worker, a second window). */
  replaced: 4002,
  badMessage: 4400,
  /** Wrong code, or an unknown link id / secret. */
  unauthorized: 4401,
  /** The code was already used, or has expired. */
  codeSpent: 4410,
  helloTimeout: 4408,
  rateLimited: 4429,
  shuttingDown: 4503,
} as const;
export type LinkCloseCode = (typeof LinkClose)[keyof typeof LinkClose];

export type BrowserToVsCode =
  | { type: 'hello'; v: number; pair: { code: string } }
  | { type: 'hello'; v: number; auth: { linkId: string; secret: string } }
  | { type: 'ping' }
  | { type: 'unlink' };

export type VsCodeToBrowser =
  | { type: 'paired'; linkId: string; secret: string; peer: string }
  | { type: 'welcome'; linkId: string; peer: string }
  | { type: 'pong' };

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isToken = (x: unknown, max: number): x is string => typeof x === 'string' && x.length > 0 && x.length <= max && /^[A-Za-z0-9_-]+$/.test(x);

/** VS Code side: the message if it is one a browser may send (the hello only before authentication). */
export function parseBrowserMessage(x: unknown): BrowserToVsCode | undefined {
  if (!isObj(x)) return undefined;
  switch (x.type) {
    case 'hello': {
      if (typeof x.v !== 'number') return undefined;
      if (isObj(x.pair) && typeof x.pair.code === 'string' && x.pair.code.length <= 32) return { type: 'hello', v: x.v, pair: { code: x.pair.code } };
      if (isObj(x.auth) && isToken(x.auth.linkId, 64) && isToken(x.auth.secret, 128)) return { type: 'hello', v: x.v, auth: { linkId: x.auth.linkId, secret: x.auth.secret } };
      return undefined;
    }
    case 'ping':
      return { type: 'ping' };
    case 'unlink':
      return { type: 'unlink' };
    default:
      return undefined;
  }
}

/** Browser side: the message if it is one VS Code may send. */
export function parseVsCodeMessage(x: unknown): VsCodeToBrowser | undefined {
  if (!isObj(x)) return undefined;
  switch (x.type) {
    case 'paired':
      if (!isToken(x.linkId, 64) || !isToken(x.secret, 128) || typeof x.peer !== 'string') return undefined;
      return { type: 'paired', linkId: x.linkId, secret: x.secret, peer: x.peer.slice(0, 200) };
    case 'welcome':
      if (!isToken(x.linkId, 64) || typeof x.peer !== 'string') return undefined;
      return { type: 'welcome', linkId: x.linkId, peer: x.peer.slice(0, 200) };
    case 'pong':
      return { type: 'pong' };
    default:
      return undefined;
  }
}

/** Browser extension origins: Chrome/Edge (32 letters a–p) and Firefox (a per-install UUID). Nothing else may link. */
export function isExtensionOrigin(origin: string | undefined): boolean {
  return !!origin && (/^chrome-extension:\/\/[a-p]{32}$/.test(origin) || /^moz-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(origin));
}
