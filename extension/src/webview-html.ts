/**
 * The one place that writes webview HTML, so every Roundtable webview gets the same security:
 * - CSP `default-src 'none'`: nothing loads unless listed; no network, no remote code.
 * - scripts only with this page's nonce (a fresh random value per render), so an injected
 *   <script> — say, through a hostile participant name that somehow became markup — cannot run;
 * - styles only from the extension's own files (webview.cspSource) or with the nonce;
 * - images only from the extension or data: URIs (the SVG chart is inline DOM, not an image).
 * The HTML has no dynamic text besides the page kind and localised title: names arrive later as
 * data in messages and Preact renders them as text nodes.
 */
import * as vscode from 'vscode';
import type { WebviewKind } from './protocol';

export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Where the webview may load files from: the built bundles and the icons, nothing else. */
export function webviewRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'extension'), vscode.Uri.joinPath(extensionUri, 'media')];
}

const escapeAttr = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Which extension host runs this copy of Roundtable: the node one, or the browser's web worker. */
export type HostKind = 'node' | 'web';

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, kind: WebviewKind, title: string, host: HostKind): string {
  const nonce = makeNonce();
  const asset = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'extension', file)).toString();
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeAttr(vscode.env.language || 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttr(asset('webview.css'))}" nonce="${nonce}">
<title>${escapeAttr(title)}</title>
</head>
<body data-view="${kind}" data-host="${host}">
<main id="root"></main>
<script nonce="${nonce}" src="${escapeAttr(asset('webview.js'))}"></script>
</body>
</html>`;
}
