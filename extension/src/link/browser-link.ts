/**
 * The VS Code end of the browser link (issue 14): pairing codes, the paired browsers, the
 * listener's lifetime and the link state the user sees. The listener itself is node-only and
 * comes in through `transport` (extension.ts); the web host passes none and the link says so.
 *
 *                 Link Browser Call                 hello passes
 *   unlinked  ------------------------>  waiting  -------------->  linked
 *      ^  ^      (listening, one code)      |                       |  ^
 *      |  '------ code expired, no peer ----'     socket closed     v  | hello passes
 *      '------- Unlink (either side) --------------------------  reconnecting (listening)
 *
 * Listens only while a link is wanted: a code is pending or a browser is paired. The port is
 * remembered, so a reload or restart listens where the paired browser will look; if it is taken
 * the link says so and a new code (on a new port) pairs again.
 */
import * as vscode from 'vscode';
import type { KeyValue } from './file-memento';
import { displayPairingCode } from '../../../shared/core/link/pairing-code';
import { LinkClose } from '../../../shared/core/link/link-protocol';
import { Gatekeeper, type GateDeps, type Peer } from './gatekeeper';
import type { LinkConnection } from './link-server';

export type UnlinkedWhy = 'never-paired' | 'unlinked-here' | 'unlinked-there' | 'port-taken' | 'web-host' | 'code-expired';
export type LinkState =
  | { kind: 'unlinked'; why: UnlinkedWhy }
  /** Another VS Code window of this user listens for the browser (the pairing is per user, one listener at a time). */
  | { kind: 'unlinked'; why: 'other-window'; window: string }
  | { kind: 'waiting'; code: string; expiresAt: number }
  | { kind: 'reconnecting'; why: 'not-connected-yet' | 'connection-lost' }
  | { kind: 'linked'; origin: string };

/** The node listener (link-server.ts), behind an interface so this file stays web-safe. */
export interface LinkTransport {
  readonly port: number | undefined;
  address(): { address: string; port: number } | undefined;
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}
/** What only the node host has: randomness and hashing (node:crypto), the listener, and processes. */
export interface LinkPlatform {
  deps: GateDeps;
  transport(gate: Gatekeeper, onConnection: (conn: LinkConnection) => void, log: (m: string) => void): LinkTransport;
  /** This extension host's process id, and whether another one still runs. */
  process: { pid: number; alive(pid: number): boolean };
  /**
   * link-owner.json read, written and watched from this process itself, not through the
   * workbench: a code-server window's extension host outlives its closed tab (the remote's
   * reconnection grace) and must still see another window take the link over.
   */
  ownerFile?(path: string): OwnerStore;
}

/** Which window listens (link-owner.json beside the pairing): read fresh, since every window of the user shares it. */
export interface LinkOwner {
  pid: number;
  window: string;
  port: number;
}
export interface OwnerStore {
  read(): Promise<LinkOwner | undefined>;
  write(owner: LinkOwner | undefined): Promise<void>;
  /** Calls `changed` when another window may have written the file. */
  watch?(changed: () => void): { dispose(): void };
}

/** Link Browser Call in a window while another one holds the link: said, not half done (unless the user takes the link over). */
export class OtherWindowError extends Error {
  constructor(readonly window: string) {
    super(`another VS Code window (${window}) holds the browser link`);
  }
}

export interface LinkOffer {
  port: number;
  code: string;
}

const PEERS_KEY = 'roundtable.link.peers';
const PORT_KEY = 'roundtable.link.port';
/** How long a window taking the link over waits for the old owner to free the port. */
const TAKE_OVER_WAIT_MS = 10_000;
const TAKE_OVER_RETRY_MS = 200;

export class BrowserLink implements vscode.Disposable {
  private readonly gate: Gatekeeper | undefined;
  private readonly transport: LinkTransport | undefined;
  private readonly connections = new Map<string, LinkConnection>();
  private state: LinkState;
  private readonly listeners = new Set<(s: LinkState) => void>();
  private readonly connectionListeners = new Set<(c: LinkConnection) => void>();
  private codeTimer: ReturnType<typeof setTimeout> | undefined;
  private lastLoss: 'not-connected-yet' | 'connection-lost' = 'not-connected-yet';

  private readonly process: LinkPlatform['process'] | undefined;
  private readonly ownerWatch: { dispose(): void } | undefined;

  constructor(
    private readonly memento: KeyValue,
    platform: LinkPlatform | undefined,
    private readonly log: (m: string) => void,
    private readonly owner: OwnerStore = { read: async () => undefined, write: async () => undefined },
    private readonly windowName = 'VS Code',
  ) {
    this.process = platform?.process;
    if (!platform) {
      this.state = { kind: 'unlinked', why: 'web-host' };
      return;
    }
    const gate = new Gatekeeper(platform.deps, memento.get<Peer[]>(PEERS_KEY, []), (peers) => void memento.update(PEERS_KEY, peers));
    this.gate = gate;
    this.transport = platform.transport(gate, (c) => this.connected(c), log);
    this.state = gate.paired.length ? { kind: 'reconnecting', why: 'not-connected-yet' } : { kind: 'unlinked', why: 'never-paired' };
    this.ownerWatch = owner.watch?.(() => void this.ownerChanged());
  }

  /** Starts listening for an already paired browser (activation). */
  async start(): Promise<void> {
    if (!this.gate?.paired.length) return;
    const port = this.memento.get<number>(PORT_KEY);
    if (!port) return this.set({ kind: 'unlinked', why: 'port-taken' });
    try {
      await this.transport!.listen(port);
      await this.own(port);
      this.log(`link: listening on 127.0.0.1:${port} for ${this.gate.paired.length} paired browser(s)`);
    } catch (e) {
      this.log(`link: port ${port} is taken (${String(e)})`);
      const other = await this.otherWindow();
      this.set(other ? { kind: 'unlinked', why: 'other-window', window: other.window } : { kind: 'unlinked', why: 'port-taken' });
    }
  }

  /** The window that listens for the browser, if it is another one still running. */
  private async otherWindow(): Promise<LinkOwner | undefined> {
    const o = await this.owner.read().catch(() => undefined);
    return o && this.process && o.pid !== this.process.pid && this.process.alive(o.pid) ? o : undefined;
  }
  /**
   * The pairing (peers, port) as the user's storage holds it now. A window keeps what it read at
   * activation; another window may have paired a browser since, and this one is about to listen
   * for it (offer, take-over): with the old list it would refuse the browser's secret.
   */
  private async reloadPairing(): Promise<void> {
    await this.memento.reload?.();
    this.gate?.readPaired(this.memento.get<Peer[]>(PEERS_KEY, []));
  }
  private async own(port: number): Promise<void> {
    if (this.process) await this.owner.write({ pid: this.process.pid, window: this.windowName, port }).catch(() => undefined);
  }
  private async disown(): Promise<void> {
    const o = await this.owner.read().catch(() => undefined);
    if (o && o.pid === this.process?.pid) await this.owner.write(undefined).catch(() => undefined);
  }

  get current(): LinkState {
    return this.state;
  }
  get available(): boolean {
    return !!this.transport;
  }
  /** The bound address, for the loopback-only test. */
  address(): { address: string; port: number } | undefined {
    return this.transport?.address();
  }

  onState(fn: (s: LinkState) => void): vscode.Disposable {
    this.listeners.add(fn);
    return { dispose: () => this.listeners.delete(fn) };
  }
  /** Each authenticated connection, for the meeting layer. */
  onConnection(fn: (c: LinkConnection) => void): vscode.Disposable {
    this.connectionListeners.add(fn);
    return { dispose: () => this.connectionListeners.delete(fn) };
  }

  /** Listens (on the remembered port if free) and issues a fresh one-time code. */
  async offer(): Promise<LinkOffer> {
    if (!this.gate || !this.transport) throw new Error('no transport');
    if (this.transport.port === undefined) {
      // One listener per user: pairing here would take the browser from a window that has it.
      const other = await this.otherWindow();
      if (other) {
        this.set({ kind: 'unlinked', why: 'other-window', window: other.window });
        throw new OtherWindowError(other.window);
      }
      await this.reloadPairing();
      const remembered = this.memento.get<number>(PORT_KEY) ?? 0;
      const port = await this.transport.listen(remembered).catch(() => this.transport!.listen(0));
      await this.memento.update(PORT_KEY, port);
      await this.own(port);
      this.log(`link: listening on 127.0.0.1:${port}`);
    }
    const { code, expiresAt } = this.gate.issueCode(this.transport.port!);
    if (this.connections.size === 0) this.set({ kind: 'waiting', code: displayPairingCode(code), expiresAt });
    clearTimeout(this.codeTimer);
    this.codeTimer = setTimeout(() => void this.codeExpired(), expiresAt - Date.now() + 50);
    return { port: this.transport.port!, code: displayPairingCode(code) };
  }

  /**
   * Link Browser Call's answer to "in another VS Code window": this window becomes the owner in
   * link-owner.json, the other one sees that and stops listening (ownerChanged), and this one
   * listens on the same port, so a paired browser re-links here by itself with its secret. If the
   * port does not come free (a window of an older version, another program), a new port and a
   * new code pair again. Then it issues a code like offer().
   */
  async takeOver(): Promise<LinkOffer> {
    if (!this.gate || !this.transport || !this.process) throw new Error('no transport');
    const other = await this.otherWindow();
    if (!other || this.transport.port !== undefined) return this.offer();
    await this.owner.write({ pid: this.process.pid, window: this.windowName, port: other.port });
    this.log(`link: taking the link over from the window ${other.window}`);
    await this.reloadPairing();
    const end = Date.now() + TAKE_OVER_WAIT_MS;
    let port: number | undefined;
    while (port === undefined) {
      port = await this.transport.listen(other.port).catch(() => undefined);
      if (port === undefined && Date.now() > end) port = await this.transport.listen(0);
      else if (port === undefined) await new Promise((r) => setTimeout(r, TAKE_OVER_RETRY_MS));
    }
    await this.memento.update(PORT_KEY, port);
    await this.own(port);
    this.log(`link: listening on 127.0.0.1:${port} (taken over from ${other.window})`);
    if (this.gate.paired.length) this.set({ kind: 'reconnecting', why: 'not-connected-yet' });
    return this.offer();
  }

  /** Another window wrote itself into link-owner.json (it took the link over): let go of the port and the browser. */
  private async ownerChanged(): Promise<void> {
    if (this.transport?.port === undefined || !this.process) return;
    const o = await this.owner.read().catch(() => undefined);
    if (!o || o.pid === this.process.pid || this.transport.port === undefined) return;
    this.gate?.revokeCodes();
    clearTimeout(this.codeTimer);
    // The browser reconnects by itself, to the window that now listens on the port.
    for (const c of this.connections.values()) c.close(LinkClose.replaced, 'another VS Code window took the link over');
    this.connections.clear();
    await this.transport.close();
    this.log(`link: the window ${o.window} took the link over; stopped listening`);
    this.set({ kind: 'unlinked', why: 'other-window', window: o.window });
  }

  /** Forgets every paired browser and pending code, closes their connections and stops listening. */
  async unlink(): Promise<void> {
    if (!this.gate) return;
    this.gate.revokeCodes();
    clearTimeout(this.codeTimer);
    for (const c of this.connections.values()) c.close(LinkClose.unlinked, 'unlinked in VS Code');
    this.connections.clear();
    this.gate.unlink();
    await this.stopIfUnwanted();
    this.set({ kind: 'unlinked', why: 'unlinked-here' });
  }

  private async codeExpired(): Promise<void> {
    if (this.state.kind !== 'waiting' || this.gate?.pending()) return;
    if (this.gate?.paired.length) return this.set({ kind: 'reconnecting', why: this.lastLoss });
    await this.stopIfUnwanted();
    this.set({ kind: 'unlinked', why: 'code-expired' });
  }

  private async stopIfUnwanted(): Promise<void> {
    if (this.gate?.paired.length || this.gate?.pending()) return;
    await this.transport?.close();
    await this.disown();
    this.log('link: stopped listening (no browser paired, no code pending)');
  }

  private connected(conn: LinkConnection): void {
    const id = conn.peer.linkId;
    // A restarted worker reconnects before the old socket is known dead: the newest one wins.
    this.connections.get(id)?.close(LinkClose.replaced, 'replaced by a newer connection');
    this.connections.set(id, conn);
    conn.onClose((code) => {
      if (this.connections.get(id) !== conn) return;
      this.connections.delete(id);
      if (code === LinkClose.unlinked && !this.gate!.paired.length) {
        void this.stopIfUnwanted();
        return this.set({ kind: 'unlinked', why: 'unlinked-there' });
      }
      this.lastLoss = 'connection-lost';
      if (this.connections.size === 0 && this.gate!.paired.length) this.set({ kind: 'reconnecting', why: 'connection-lost' });
    });
    this.set({ kind: 'linked', origin: conn.peer.origin });
    for (const fn of this.connectionListeners) fn(conn);
  }

  private set(s: LinkState): void {
    this.state = s;
    for (const fn of this.listeners) fn(s);
  }

  dispose(): void {
    clearTimeout(this.codeTimer);
    this.ownerWatch?.dispose();
    if (this.transport?.port !== undefined) void this.disown();
    void this.transport?.close();
  }
}

/** The link state in one plain sentence (status bar tooltip, sidebar, notifications). */
export function describeLink(s: LinkState, t: (m: string, ...a: (string | number)[]) => string): string {
  switch (s.kind) {
    case 'linked':
      return t('Browser link: linked');
    case 'waiting':
      return t('Browser link: waiting for the code {0} in the browser', s.code);
    case 'reconnecting':
      return s.why === 'connection-lost' ? t('Browser link: reconnecting (the browser went away; it reconnects by itself)') : t('Browser link: reconnecting (waiting for the paired browser)');
    case 'unlinked':
      switch (s.why) {
        case 'never-paired':
          return t('Browser link: unlinked (not paired: run "Roundtable: Link Browser Call")');
        case 'unlinked-here':
          return t('Browser link: unlinked (you unlinked it in VS Code)');
        case 'unlinked-there':
          return t('Browser link: unlinked (it was unlinked in the browser)');
        case 'port-taken':
          return t('Browser link: unlinked (its port is taken, perhaps by another VS Code window: run "Roundtable: Link Browser Call" to pair again)');
        case 'code-expired':
          return t('Browser link: unlinked (the code expired before the browser used it)');
        case 'other-window':
          return t('Browser link: in another VS Code window ({0}). The browser links to one window at a time: use that one, or unlink there (or close it), then run "Roundtable: Link Browser Call" here', s.window);
        case 'web-host':
          return t('Browser link: not available here (VS Code in the browser cannot listen for the browser extension; use desktop VS Code or a remote window)');
      }
  }
}
