/**
 * The webview's end of the protocol (extension/src/protocol.ts): posts `ready` once listening,
 * validates what the host sends, and numbers requests so replies can be matched.
 */
import type { DisclosureMemory } from '../../shared/ui/disclosure';
import { parseHostMessage, type HostToWebview, type ViewAction, type ExportFormatId, type WebviewToHost } from '../src/protocol';

interface VsCodeApi {
  postMessage(msg: WebviewToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

export interface Host {
  action(action: ViewAction, extra?: { ms?: number; pid?: string; on?: boolean; aid?: string; did?: string }): Promise<void>;
  exportAs(format: ExportFormatId): Promise<void>;
  /** Asks for the whole record again (a gap in the pushed events' sequence numbers). */
  resync(): void;
  /** Which disclosures are open, kept in the webview's state (survives hiding the view and a reload). */
  disclosures: DisclosureMemory;
}

function webviewDisclosures(api: VsCodeApi): DisclosureMemory {
  const read = (): Record<string, boolean> => {
    const s = api.getState() as { disclosures?: Record<string, boolean> } | undefined;
    return s && typeof s.disclosures === 'object' && s.disclosures !== null ? s.disclosures : {};
  };
  return {
    get: (id) => (typeof read()[id] === 'boolean' ? read()[id] : undefined),
    set: (id, open) => {
      const state = (api.getState() as Record<string, unknown> | undefined) ?? {};
      api.setState({ ...state, disclosures: { ...read(), [id]: open } });
    },
  };
}

export function connect(onMessage: (msg: HostToWebview) => void, onReject: (why: string) => void): Host {
  const api = acquireVsCodeApi();
  let nextId = 1;
  const pending = new Map<number, { resolve(): void; reject(e: Error): void }>();
  window.addEventListener('message', (ev: MessageEvent) => {
    const msg = parseHostMessage(ev.data);
    if (!msg) return onReject('malformed message from the extension');
    if (msg.type === 'reply') {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (p) msg.ok ? p.resolve() : p.reject(new Error(msg.error ?? ''));
      return;
    }
    onMessage(msg);
  });
  const request = (build: (id: number) => WebviewToHost) =>
    new Promise<void>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      api.postMessage(build(id));
    });
  api.postMessage({ type: 'ready' });
  return {
    action: (action, extra = {}) => request((id) => ({ type: 'action', id, action, ...extra })),
    exportAs: (format) => request((id) => ({ type: 'export', id, format })),
    resync: () => api.postMessage({ type: 'ready' }),
    disclosures: webviewDisclosures(api),
  };
}
