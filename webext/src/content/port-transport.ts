/**
 * A call page's reports travel over its port to the worker (CALL_PORT), not as runtime messages:
 * a runtime message is delivered to every `runtime.onMessage` listener of every extension page
 * too (the side panel has two), and a busy call reports about 8 times a second, each one opening
 * and closing a message channel in every open page. A port message reaches the worker alone.
 *
 * Each request carries a number; the worker answers on the port with the same number. The port
 * is opened with the first report (which wakes a stopped worker) and held while the page
 * reports; when it closes (the worker stopped, the extension reloaded), every request still
 * waiting for its answer fails, as a runtime message to a worker that stopped does, and the next
 * report opens a new port.
 */

/** The part of runtime.Port used here (the browser's, or a test's fake). */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

/** A request on the call port: `id` numbers it for its answer. */
export interface PortRequest {
  id: number;
  request: unknown;
}
/** The worker's answer to request `id`. */
export interface PortReply {
  id: number;
  reply: unknown;
}

export const isPortRequest = (m: unknown): m is PortRequest => typeof m === 'object' && m !== null && typeof (m as PortRequest).id === 'number' && 'request' in m;
const isPortReply = (m: unknown): m is PortReply => typeof m === 'object' && m !== null && typeof (m as PortReply).id === 'number' && 'reply' in m;

export class PortTransport {
  private port: PortLike | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (reply: unknown) => void; reject: (e: Error) => void }>();

  constructor(private readonly connect: () => PortLike) {}

  /** Opens the port unless one is open (also without a request: the page holds it while it reports). */
  hold(): PortLike {
    if (this.port) return this.port;
    const p = this.connect();
    p.onMessage.addListener((m) => {
      if (!isPortReply(m)) return;
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      w?.resolve(m.reply);
    });
    p.onDisconnect.addListener(() => this.closed(p));
    this.port = p;
    return p;
  }

  /** Sends a request and resolves with the worker's answer; rejects if the port closes first. */
  send(request: unknown): Promise<unknown> {
    const id = ++this.next;
    const p = this.hold();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      try {
        p.postMessage({ id, request } satisfies PortRequest);
      } catch (e) {
        // Closed before its disconnect event arrived.
        this.waiting.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
        this.closed(p);
      }
    });
  }

  /** Forgets the port (a page back from the back/forward cache: closed while cached). */
  forget(): void {
    if (this.port) this.closed(this.port);
  }

  private closed(p: PortLike): void {
    if (this.port !== p) return;
    this.port = null;
    const lost = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of lost) w.reject(new Error('the port to the extension worker closed before it answered'));
  }
}
