/**
 * The browser end of the link to VS Code (issue 14), in the background worker: a WebSocket to
 * ws://127.0.0.1:<port>/roundtable/link, paired once with the code VS Code shows, re-linked
 * afterwards with the long-lived secret kept in storage.local.
 *
 *              pair(code) ok                          socket lost / worker restarted
 *   unlinked ---------------> linked <--------------------------------------> reconnecting
 *      ^                        |        welcome (retries 0.25 s, 1 s, then every 2 s)   |
 *      '-- unlink (either side), or VS Code no longer knows the link ---------------------'
 *
 * Platform-free apart from the WebSocket constructor, the timers and the store it is given, so
 * the unit tests run it against fakes. The worker may be stopped at any moment: start() runs at
 * every wake-up and finds the link from storage. While linked it pings every 20 s, which also
 * keeps Chrome from stopping the worker (Chrome 116+ counts WebSocket traffic as activity).
 */
import { decodePairingCode, type CodeProblem } from '../../../shared/core/link/pairing-code';
import { LINK_PATH, LINK_VERSION, LinkClose, parseVsCodeMessage, PING_INTERVAL_MS, type BrowserToVsCode, type VsCodeToBrowser } from '../../../shared/core/link/link-protocol';

export interface LinkConfig {
  port: number;
  linkId: string;
  secret: string;
  /** VS Code's workspace name, as it introduced itself (display text). */
  peer: string;
  pairedAt: number;
}

export interface LinkConfigStore {
  load(): Promise<LinkConfig | null>;
  save(config: LinkConfig | null): Promise<void>;
}

export type BrowserUnlinkedWhy = 'never-paired' | 'unlinked-here' | 'unlinked-there' | 'forgotten' | 'rate-limited';
export type BrowserLinkState =
  | { kind: 'unlinked'; why: BrowserUnlinkedWhy }
  | { kind: 'pairing' }
  | { kind: 'linked'; peer: string }
  | { kind: 'reconnecting'; peer: string; why: 'not-answering' | 'connection-lost'; since: number };

export type PairProblem = CodeProblem | 'wrong-code' | 'code-spent' | 'rate-limited' | 'not-answering' | 'refused';
export type PairResult = { ok: true; peer: string } | { ok: false; problem: PairProblem };

/** The slice of the DOM WebSocket the client uses (a fake in the unit tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}
export type SocketFactory = (url: string) => SocketLike;

export interface LinkClientDeps {
  socket: SocketFactory;
  store: LinkConfigStore;
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the meeting layer gets once linked: a way to send, and the messages that arrive. */
export interface LinkSession {
  send(msg: BrowserToVsCode): void;
}

const RETRY_MS = [250, 1000, 2000];
const OPEN = 1;

export class LinkClient {
  private ws: SocketLike | null = null;
  private config: LinkConfig | null = null;
  private state: BrowserLinkState = { kind: 'unlinked', why: 'never-paired' };
  private retries = 0;
  private retryTimer: unknown;
  private pingTimer: unknown;
  private started: Promise<void> | null = null;
  private readonly stateListeners = new Set<(s: BrowserLinkState) => void>();
  private readonly messageListeners = new Set<(m: VsCodeToBrowser, session: LinkSession) => void>();
  private readonly linkedListeners = new Set<(session: LinkSession) => void>();

  constructor(private readonly deps: LinkClientDeps) {}

  get current(): BrowserLinkState {
    return this.state;
  }

  onState(fn: (s: BrowserLinkState) => void): () => void {
    this.stateListeners.add(fn);
    return () => this.stateListeners.delete(fn);
  }
  /** Called each time the link is (re-)established: the meeting layer resynchronises here. */
  onLinked(fn: (session: LinkSession) => void): () => void {
    this.linkedListeners.add(fn);
    return () => this.linkedListeners.delete(fn);
  }
  onMessage(fn: (m: VsCodeToBrowser, session: LinkSession) => void): () => void {
    this.messageListeners.add(fn);
    return () => this.messageListeners.delete(fn);
  }

  /** At every wake-up: re-links if a link is stored. Idempotent. */
  start(): Promise<void> {
    this.started ??= (async () => {
      this.config = await this.deps.store.load();
      if (this.config && !this.ws) {
        this.set({ kind: 'reconnecting', peer: this.config.peer, why: 'not-answering', since: this.deps.now() });
        this.connect();
      }
    })();
    return this.started;
  }

  /** Pairs with the code VS Code shows; on success the link is stored and live. */
  async pair(typed: string): Promise<PairResult> {
    await this.start();
    const decoded = decodePairingCode(typed);
    if (!decoded.ok) return { ok: false, problem: decoded.problem };
    this.drop();
    const before = this.state;
    this.set({ kind: 'pairing' });
    const result = await new Promise<PairResult>((resolve) => {
      const ws = this.deps.socket(`ws://127.0.0.1:${decoded.code.port}${LINK_PATH}`);
      this.ws = ws;
      let done = false;
      const finish = (r: PairResult) => {
        if (!done) resolve(r);
        done = true;
      };
      ws.onopen = () => ws.send(JSON.stringify({ type: 'hello', v: LINK_VERSION, pair: { code: decoded.code.text } } satisfies BrowserToVsCode));
      ws.onmessage = (ev) => {
        const msg = parseVsCodeMessage(parseJson(ev.data));
        if (msg?.type !== 'paired') return;
        this.config = { port: decoded.code.port, linkId: msg.linkId, secret: msg.secret, peer: msg.peer, pairedAt: this.deps.now() };
        void this.deps.store.save(this.config);
        // From here on this socket is the link, exactly as one opened with the secret.
        this.linkedSocket(ws);
        this.established(ws, msg.peer);
        finish({ ok: true, peer: msg.peer });
      };
      ws.onerror = () => undefined;
      ws.onclose = (ev) => {
        if (this.ws === ws) this.ws = null;
        finish({ ok: false, problem: pairProblem(ev.code) });
      };
    });
    if (!result.ok) {
      // A failed attempt leaves an existing link as it was.
      if (this.config) {
        this.set(before.kind === 'pairing' ? { kind: 'reconnecting', peer: this.config.peer, why: 'not-answering', since: this.deps.now() } : before);
        if (!this.ws) this.connect();
      } else this.set({ kind: 'unlinked', why: result.problem === 'rate-limited' ? 'rate-limited' : 'never-paired' });
    }
    return result;
  }

  /** Ends the link from this side: VS Code is told when it can hear it, and the secret is forgotten. */
  async unlink(): Promise<void> {
    await this.start();
    if (this.ws?.readyState === OPEN && this.state.kind === 'linked') this.ws.send(JSON.stringify({ type: 'unlink' } satisfies BrowserToVsCode));
    this.drop();
    await this.forget('unlinked-here');
  }

  private connect(): void {
    const config = this.config;
    if (!config || this.ws) return;
    const ws = this.deps.socket(`ws://127.0.0.1:${config.port}${LINK_PATH}`);
    this.ws = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: 'hello', v: LINK_VERSION, auth: { linkId: config.linkId, secret: config.secret } } satisfies BrowserToVsCode));
    this.linkedSocket(ws, (msg) => {
      if (msg.type !== 'welcome' || this.state.kind === 'linked') return false;
      if (msg.peer !== config.peer) void this.deps.store.save((this.config = { ...config, peer: msg.peer }));
      this.established(ws, msg.peer);
      return true;
    });
  }

  /** Messages and closing of a socket that is (or is about to be) the link. */
  private linkedSocket(ws: SocketLike, first?: (msg: VsCodeToBrowser) => boolean): void {
    ws.onmessage = (ev) => {
      const msg = parseVsCodeMessage(parseJson(ev.data));
      if (!msg || first?.(msg)) return;
      if (this.state.kind === 'linked' && this.ws === ws) for (const fn of this.messageListeners) fn(msg, this.session(ws));
    };
    ws.onerror = () => undefined;
    ws.onclose = (ev) => {
      if (this.ws === ws) this.ws = null;
      if (ev.code === LinkClose.unlinked) void this.forget('unlinked-there');
      else if (ev.code === LinkClose.unauthorized) void this.forget('forgotten');
      else this.lost(ws);
    };
  }

  private established(ws: SocketLike, peer: string): void {
    this.retries = 0;
    this.set({ kind: 'linked', peer });
    this.schedulePing(ws);
    const session = this.session(ws);
    for (const fn of this.linkedListeners) fn(session);
  }

  private session(ws: SocketLike): LinkSession {
    return {
      send: (msg) => {
        if (ws.readyState === OPEN && this.ws === ws) ws.send(JSON.stringify(msg));
      },
    };
  }

  private schedulePing(ws: SocketLike): void {
    this.deps.clearTimeout(this.pingTimer);
    this.pingTimer = this.deps.setTimeout(() => {
      if (this.ws !== ws || ws.readyState !== OPEN) return;
      ws.send(JSON.stringify({ type: 'ping' } satisfies BrowserToVsCode));
      this.schedulePing(ws);
    }, PING_INTERVAL_MS);
  }

  /** The socket went away without an unlink: try again, sooner first. */
  private lost(ws: SocketLike): void {
    if (this.ws && this.ws !== ws) return;
    this.deps.clearTimeout(this.pingTimer);
    if (!this.config) return;
    const wasLinked = this.state.kind === 'linked';
    const since = this.state.kind === 'reconnecting' ? this.state.since : this.deps.now();
    this.set({ kind: 'reconnecting', peer: this.config.peer, why: wasLinked || (this.state.kind === 'reconnecting' && this.state.why === 'connection-lost') ? 'connection-lost' : 'not-answering', since });
    const delay = RETRY_MS[Math.min(this.retries++, RETRY_MS.length - 1)]!;
    this.deps.clearTimeout(this.retryTimer);
    this.retryTimer = this.deps.setTimeout(() => this.connect(), delay);
  }

  private drop(): void {
    this.deps.clearTimeout(this.retryTimer);
    this.deps.clearTimeout(this.pingTimer);
    const ws = this.ws;
    this.ws = null;
    if (!ws) return;
    // A socket this side let go of reports nothing more (its close must not read as a loss).
    ws.onopen = ws.onmessage = ws.onclose = null;
    ws.close(1000, 'closing');
  }

  private async forget(why: BrowserUnlinkedWhy): Promise<void> {
    this.drop();
    this.config = null;
    await this.deps.store.save(null);
    this.set({ kind: 'unlinked', why });
  }

  private set(s: BrowserLinkState): void {
    this.state = s;
    for (const fn of this.stateListeners) fn(s);
  }
}

function pairProblem(code: number): PairProblem {
  switch (code) {
    case LinkClose.unauthorized:
      return 'wrong-code';
    case LinkClose.codeSpent:
      return 'code-spent';
    case LinkClose.rateLimited:
      return 'rate-limited';
    // 1006: no WebSocket at all (nothing listening, or an HTTP refusal the browser does not show).
    case 1006:
      return 'not-answering';
    default:
      return 'refused';
  }
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return undefined;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}
