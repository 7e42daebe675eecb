/**
 * Where every runtime message reaches the worker. Rules, in order:
 * 1. The message must be a request of this protocol with a body of the right shape
 *    (parseRequest); otherwise it is refused ("malformed") and counted.
 * 2. Who sent it decides what it may ask:
 *    - ui requests (list, get, delete, commands, leadership...) only from the extension's own
 *      pages: sender.id is this extension and sender.url is under its own URL. The browser fills
 *      both from the sending frame, so a call page (or anything running in its content script's
 *      context) cannot claim them. Pages in a tab count (the summary, trends and roster pages
 *      open as tabs, and so does the side panel in the tests); a call page never has our origin,
 *      as no extension page is web-accessible and every page sets frame-ancestors 'none'.
 *    - content requests (observed, left, call ended) only from a tab: a call page's content script,
 *      or the demo call page, which loads the same script.
 *    Anything else is refused ("forbidden-sender") and counted.
 * 3. A handler's failure becomes a refusal ("failed" with its message), never an unanswered
 *    promise: the sender always hears back.
 */
import { CONTENT_REQUESTS, refuse, type ContentRequestType, type RefusalCounts, type Reply, type ReplyTo, type Request, type RequestType } from '../messages';
import { parseRequest } from './parse-request';

/** The part of runtime.MessageSender the router reads. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface From {
  /** "tab:frame" for content requests (two frames of one tab are two reporters), else "page". */
  tab: string;
}

export type Handlers = { [K in RequestType]: (request: Request<K>, from: From) => Promise<ReplyTo<K>> };

export class Router {
  readonly refused: RefusalCounts = { sender: 0, malformed: 0 };

  constructor(
    private readonly handlers: Handlers,
    /** This extension's id and base URL (runtime.id, runtime.getURL('')). */
    private readonly self: { id: string; url: string },
    private readonly warn: (why: string) => void = () => undefined,
  ) {}

  handle(raw: unknown, sender: Sender): Promise<Reply<unknown>> {
    const request = parseRequest(raw);
    if (!request) {
      this.refused.malformed++;
      this.warn(`refused a malformed message from ${sender.url ?? 'an unknown sender'}`);
      return Promise.resolve(refuse('malformed', 'not a request of this protocol, or a body of the wrong shape'));
    }
    const content = isContentRequest(request.type);
    if (content ? !this.fromTab(sender) : !this.fromPage(sender)) {
      this.refused.sender++;
      this.warn(`refused ${request.type} from ${sender.url ?? 'an unknown sender'}`);
      return Promise.resolve(refuse('forbidden-sender', `${request.type} is not accepted from this sender`));
    }
    const from: From = { tab: content && sender.tab?.id !== undefined ? `${sender.tab.id}:${sender.frameId ?? 0}` : 'page' };
    return this.dispatch(request, from).catch((e: unknown) => refuse('failed', e instanceof Error ? e.message : String(e)));
  }

  private dispatch<K extends RequestType>(request: Request<K>, from: From): Promise<ReplyTo<K>> {
    return (this.handlers[request.type] as (r: Request<K>, f: From) => Promise<ReplyTo<K>>)(request, from);
  }

  private fromPage(sender: Sender): boolean {
    return sender.id === this.self.id && typeof sender.url === 'string' && sender.url.startsWith(this.self.url);
  }

  private fromTab(sender: Sender): boolean {
    return sender.id === this.self.id && sender.tab?.id !== undefined;
  }
}

export const isContentRequest = (type: RequestType): type is ContentRequestType => (CONTENT_REQUESTS as readonly string[]).includes(type);
