/**
 * Who may link, decided before any meeting data is sent. Pure (no vscode, no sockets): the
 * server asks it at the HTTP upgrade and again for the hello; tests drive it with a manual clock.
 *
 * Rules (issue 14):
 * - only a browser-extension Origin gets a WebSocket at all; anything else is refused at the
 *   upgrade and is not even counted (a web page must not be able to lock the user out);
 * - a hello pairs with the current one-time code (unused, not expired) or authenticates with a
 *   known link id, its secret and the origin it was paired from; a new code replaces the last;
 * - failures are counted per origin: 5 within a minute lock that origin out for 30 s, doubling
 *   with each lock-out up to 15 min; a success clears its count.
 * Secrets are stored as SHA-256 only, compared in constant time by the injected `equal`.
 */
import { decodePairingCode, encodePairingCode, NONCE_LIMIT, type PairingCode } from '../../../shared/core/link/pairing-code';
import { isExtensionOrigin, LINK_PATH, LinkClose, type BrowserToVsCode } from '../../../shared/core/link/link-protocol';

export const CODE_TTL_MS = 2 * 60_000;
const FAILURES_ALLOWED = 5;
const FAILURE_WINDOW_MS = 60_000;
const FIRST_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;

/** A paired browser, as VS Code remembers it. */
export interface Peer {
  linkId: string;
  origin: string;
  secretHash: string;
  pairedAt: number;
}

export interface GateDeps {
  now(): number;
  /** A random integer in [0, limit). */
  randomInt(limit: number): number;
  /** `bytes` random bytes as base64url. */
  randomToken(bytes: number): string;
  sha256(text: string): string;
  /** Constant-time equality of two strings of equal length (false otherwise). */
  equal(a: string, b: string): boolean;
}

export type Refusal = { status: 403 | 404 | 429; reason: string };
export type HelloVerdict =
  | { ok: true; peer: Peer; /** set when this hello paired: the secret to hand over once */ secret?: string }
  | { ok: false; close: number; reason: string };

interface IssuedCode {
  code: PairingCode;
  hash: string;
  expiresAt: number;
  used: boolean;
}

interface Strikes {
  failures: number[];
  lockedUntil: number;
  lockouts: number;
}

export class Gatekeeper {
  private codes: IssuedCode[] = [];
  private readonly strikes = new Map<string, Strikes>();

  constructor(
    private readonly deps: GateDeps,
    private peers: Peer[],
    /** Called when the list of peers changed (paired, unlinked), to persist it. */
    private readonly onPeers: (peers: readonly Peer[]) => void,
  ) {}

  get paired(): readonly Peer[] {
    return this.peers;
  }

  /** The paired browsers as another window of the user last wrote them (the pairing is per user); not persisted again. */
  readPaired(peers: readonly Peer[]): void {
    this.peers = [...peers];
  }

  /** The code that may pair now, if any. */
  pending(): { code: PairingCode; expiresAt: number } | null {
    const c = this.codes[this.codes.length - 1];
    return c && !c.used && c.expiresAt > this.deps.now() ? { code: c.code, expiresAt: c.expiresAt } : null;
  }

  /** A fresh one-time code for `port`; earlier codes stop working. */
  issueCode(port: number): { code: PairingCode; expiresAt: number } {
    const code = encodePairingCode(port, this.deps.randomInt(NONCE_LIMIT));
    const expiresAt = this.deps.now() + CODE_TTL_MS;
    for (const c of this.codes) c.used = true;
    // A few old codes are remembered, so a reused one is told "already used", not "wrong".
    this.codes = [...this.codes.slice(-9), { code, hash: this.deps.sha256(code.text), expiresAt, used: false }];
    return { code, expiresAt };
  }

  /** At the HTTP upgrade: null lets the WebSocket open (nothing is sent until the hello passes). */
  checkUpgrade(req: { origin: string | undefined; path: string | undefined; host: string | undefined; port: number }): Refusal | null {
    if (req.path !== LINK_PATH) return { status: 404, reason: 'not the Roundtable link' };
    // A DNS-rebound page would name its own host; only the loopback address itself is accepted.
    if (req.host !== `127.0.0.1:${req.port}`) return { status: 403, reason: 'the link answers only to 127.0.0.1' };
    if (!isExtensionOrigin(req.origin)) return { status: 403, reason: 'only the Roundtable browser extension may link' };
    if (this.locked(req.origin!)) return { status: 429, reason: 'too many failed attempts: wait and try again' };
    return null;
  }

  hello(origin: string, msg: Extract<BrowserToVsCode, { type: 'hello' }>): HelloVerdict {
    if (this.locked(origin)) return { ok: false, close: LinkClose.rateLimited, reason: 'too many failed attempts: wait and try again' };
    const verdict = 'pair' in msg ? this.pair(origin, msg.pair.code) : this.auth(origin, msg.auth.linkId, msg.auth.secret);
    if (verdict.ok) this.strikes.delete(origin);
    else this.strike(origin);
    return verdict;
  }

  /** Every code issued so far stops working (Unlink in VS Code). */
  revokeCodes(): void {
    for (const c of this.codes) c.used = true;
  }

  /** Forgets a paired browser (either side unlinked); all of them without an id. */
  unlink(linkId?: string): void {
    const before = this.peers.length;
    this.peers = linkId ? this.peers.filter((p) => p.linkId !== linkId) : [];
    if (this.peers.length !== before) this.onPeers(this.peers);
  }

  private pair(origin: string, typed: string): HelloVerdict {
    const decoded = decodePairingCode(typed);
    const hash = decoded.ok ? this.deps.sha256(decoded.code.text) : '';
    const match = decoded.ok ? this.codes.find((c) => this.deps.equal(c.hash, hash)) : undefined;
    if (!match) return { ok: false, close: LinkClose.unauthorized, reason: 'wrong code' };
    if (match.used) return { ok: false, close: LinkClose.codeSpent, reason: 'this code was already used: ask VS Code for a new one' };
    if (match.expiresAt <= this.deps.now()) return { ok: false, close: LinkClose.codeSpent, reason: 'this code has expired: ask VS Code for a new one' };
    match.used = true;
    const secret = this.deps.randomToken(32);
    const peer: Peer = { linkId: this.deps.randomToken(12), origin, secretHash: this.deps.sha256(secret), pairedAt: this.deps.now() };
    // One browser profile, one link: pairing again from the same origin replaces its old secret.
    this.peers = [...this.peers.filter((p) => p.origin !== origin), peer];
    this.onPeers(this.peers);
    return { ok: true, peer, secret };
  }

  private auth(origin: string, linkId: string, secret: string): HelloVerdict {
    const peer = this.peers.find((p) => p.linkId === linkId);
    // One answer for every mismatch: the reply says nothing about which part was wrong.
    if (!peer || peer.origin !== origin || !this.deps.equal(peer.secretHash, this.deps.sha256(secret)))
      return { ok: false, close: LinkClose.unauthorized, reason: 'unknown link: pair again with a new code' };
    return { ok: true, peer };
  }

  private locked(origin: string): boolean {
    return (this.strikes.get(origin)?.lockedUntil ?? 0) > this.deps.now();
  }

  private strike(origin: string): void {
    const now = this.deps.now();
    const s = this.strikes.get(origin) ?? { failures: [], lockedUntil: 0, lockouts: 0 };
    s.failures = [...s.failures.filter((t) => t > now - FAILURE_WINDOW_MS), now];
    if (s.failures.length >= FAILURES_ALLOWED) {
      s.lockedUntil = now + Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** s.lockouts);
      s.lockouts++;
      s.failures = [];
    }
    this.strikes.set(origin, s);
  }
}
