/**
 * The link's listener, in the node extension host only (the web host has no sockets): an HTTP
 * server bound to 127.0.0.1 that upgrades to a WebSocket (the `ws` package) only what the
 * Gatekeeper lets through, and hands a connection on only once its hello passed.
 *
 * Guarantees:
 * - it binds 127.0.0.1 and nothing else, never 0.0.0.0 or ::;
 * - a refused upgrade gets an HTTP status and a closed socket, never a WebSocket;
 * - an opened socket receives nothing until its hello is accepted; a wrong, late, oversized or
 *   malformed hello closes it with a LinkClose code;
 * - plain HTTP requests get 426 and an empty body.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { HELLO_TIMEOUT_MS, LinkClose, MAX_HELLO_BYTES, parseBrowserMessage, type BrowserToVsCode, type VsCodeToBrowser } from '../../../shared/core/link/link-protocol';
import type { Gatekeeper, Peer } from './gatekeeper';

/** An authenticated connection to a paired browser. */
export interface LinkConnection {
  readonly peer: Peer;
  send(msg: VsCodeToBrowser): void;
  close(code: number, reason: string): void;
  onMessage(fn: (msg: BrowserToVsCode) => void): void;
  onClose(fn: (code: number, reason: string) => void): void;
}

/** Large enough for a whole meeting's resynchronisation in one message. */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
const HTTP_TEXT: Record<number, string> = { 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests' };

export class LinkServer {
  private http: Server | undefined;
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });

  constructor(
    private readonly gate: Gatekeeper,
    private readonly peerName: () => string,
    private readonly onConnection: (conn: LinkConnection) => void,
    private readonly log: (message: string) => void,
  ) {}

  get port(): number | undefined {
    const a = this.http?.address();
    return a && typeof a === 'object' ? a.port : undefined;
  }

  /** The address the kernel bound, for the loopback-only check. */
  address(): { address: string; port: number } | undefined {
    const a = this.http?.address();
    return a && typeof a === 'object' ? { address: a.address, port: a.port } : undefined;
  }

  /** Listens on 127.0.0.1:`port` (0: a free port the system picks). Rejects if the port is taken. */
  listen(port: number): Promise<number> {
    if (this.http) return Promise.resolve(this.port!);
    const http = createServer((_req, res) => {
      res.writeHead(426, { 'content-type': 'text/plain', connection: 'close' });
      res.end();
    });
    http.on('upgrade', (req, socket) => this.upgrade(req, socket as Duplex));
    return new Promise((resolve, reject) => {
      http.once('error', reject);
      http.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
        http.off('error', reject);
        http.on('error', (e) => this.log(`link listener: ${String(e)}`));
        this.http = http;
        resolve(this.port!);
      });
    });
  }

  async close(): Promise<void> {
    const http = this.http;
    this.http = undefined;
    for (const ws of this.wss.clients) ws.close(LinkClose.shuttingDown, 'VS Code stopped the link');
    if (!http) return;
    http.closeAllConnections?.();
    await new Promise<void>((r) => http.close(() => r()));
  }

  private upgrade(req: IncomingMessage, socket: Duplex): void {
    const refusal = this.gate.checkUpgrade({ origin: req.headers.origin, path: req.url, host: req.headers.host, port: this.port ?? -1 });
    if (refusal) {
      this.log(`link: refused a connection (${refusal.status}, origin ${JSON.stringify(req.headers.origin ?? null)}): ${refusal.reason}`);
      socket.end(`HTTP/1.1 ${refusal.status} ${HTTP_TEXT[refusal.status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, Buffer.alloc(0), (ws) => this.awaitHello(ws, req.headers.origin!));
  }

  private awaitHello(ws: WebSocket, origin: string): void {
    const timer = setTimeout(() => ws.close(LinkClose.helloTimeout, 'no hello'), HELLO_TIMEOUT_MS);
    ws.once('message', (data: RawData, isBinary: boolean) => {
      clearTimeout(timer);
      const msg = isBinary ? undefined : parseJson(data, MAX_HELLO_BYTES);
      const hello = parseBrowserMessage(msg);
      if (!hello || hello.type !== 'hello') {
        ws.close(LinkClose.badMessage, 'expected a hello');
        return;
      }
      const verdict = this.gate.hello(origin, hello);
      if (!verdict.ok) {
        this.log(`link: refused ${origin}: ${verdict.reason}`);
        ws.close(verdict.close, verdict.reason);
        return;
      }
      this.log(`link: ${verdict.secret ? 'paired' : 'linked'} ${origin} (${verdict.peer.linkId})`);
      const conn = connection(ws, verdict.peer, this.gate, (m) => this.log(m));
      conn.send(verdict.secret ? { type: 'paired', linkId: verdict.peer.linkId, secret: verdict.secret, peer: this.peerName() } : { type: 'welcome', linkId: verdict.peer.linkId, peer: this.peerName() });
      this.onConnection(conn);
    });
    ws.on('error', (e) => this.log(`link socket: ${String(e)}`));
  }
}

function parseJson(data: RawData, max: number): unknown {
  const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
  if (buf.length > max) return undefined;
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Wraps an authenticated socket. The link's own housekeeping is answered here, so every user of
 * a connection gets the same behaviour: ping -> pong, and unlink -> the peer is forgotten and the
 * socket closes with LinkClose.unlinked (which is what onClose then reports).
 */
function connection(ws: WebSocket, peer: Peer, gate: Gatekeeper, log: (m: string) => void): LinkConnection {
  let unlinked = false;
  const send = (msg: VsCodeToBrowser) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
  };
  const listeners: ((msg: BrowserToVsCode) => void)[] = [];
  ws.on('message', (data: RawData, isBinary: boolean) => {
    const msg = isBinary ? undefined : parseBrowserMessage(parseJson(data, MAX_MESSAGE_BYTES));
    if (!msg || msg.type === 'hello') {
      log('link: a message that is not part of the protocol; closing');
      ws.close(LinkClose.badMessage, 'unexpected message');
      return;
    }
    if (msg.type === 'ping') return send({ type: 'pong' });
    if (msg.type === 'unlink') {
      unlinked = true;
      gate.unlink(peer.linkId);
      log(`link: ${peer.origin} unlinked from the browser`);
      ws.close(LinkClose.unlinked, 'unlinked in the browser');
      return;
    }
    for (const fn of listeners) fn(msg);
  });
  return {
    peer,
    send,
    close: (code, reason) => ws.close(code, reason),
    onMessage: (fn) => void listeners.push(fn),
    onClose: (fn) => ws.on('close', (code: number, reason: Buffer) => fn(unlinked ? LinkClose.unlinked : code, reason.toString('utf8'))),
  };
}
