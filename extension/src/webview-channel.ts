/**
 * Host end of the protocol for one webview (the sidebar view or a summary panel): waits for
 * `ready`, then (re)sends the current state; validates every incoming message and answers
 * requests with a reply echoing their id. A webview that is hidden is destroyed and comes back
 * with a fresh `ready`, which is why `ready` is always answered with the whole state; pushes
 * between two `ready`s carry what changed (numbered, so a lost one is noticed).
 */
import * as vscode from 'vscode';
import { parseWebviewMessage, type HostToWebview, type WebviewToHost } from './protocol';

export type RequestHandler = (msg: Exclude<WebviewToHost, { type: 'ready' }>) => Promise<void>;

export class WebviewChannel implements vscode.Disposable {
  private ready = false;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly webview: vscode.Webview,
    private readonly snapshot: () => HostToWebview | undefined,
    private readonly handle: RequestHandler,
    private readonly log: (message: string) => void,
  ) {
    this.subscription = webview.onDidReceiveMessage((raw) => this.receive(raw));
  }

  private async receive(raw: unknown): Promise<void> {
    const msg = parseWebviewMessage(raw);
    if (!msg) {
      this.log(`ignored a malformed message from the webview: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    if (msg.type === 'ready') {
      this.ready = true;
      this.refresh();
      return;
    }
    try {
      await this.handle(msg);
      this.post({ type: 'reply', id: msg.id, ok: true });
    } catch (e) {
      this.post({ type: 'reply', id: msg.id, ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  }

  /** Sends the current state, if the webview has said it is listening. */
  refresh(): void {
    const s = this.snapshot();
    if (s) this.post(s);
  }

  post(msg: HostToWebview): void {
    if (this.ready) void this.webview.postMessage(msg);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
