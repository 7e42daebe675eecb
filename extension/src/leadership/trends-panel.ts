/**
 * The trends panel: one webview panel (same bundle, CSP and protocol as the summary panel)
 * showing the trends the host computed. Showing it again reuses the panel with fresh trends.
 */
import * as vscode from 'vscode';
import type { Trends } from '../../../shared/core/trends/trends';
import { Views } from '../ids';
import type { HostToWebview } from '../protocol';
import { WebviewChannel } from '../webview-channel';
import { webviewHtml, webviewRoots, type HostKind } from '../webview-html';
import { webviewStrings } from '../webview-strings';

export class TrendsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private channel: WebviewChannel | undefined;
  private trends: Trends | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: (message: string) => void,
    private readonly host: HostKind,
  ) {}

  show(trends: Trends): void {
    this.trends = trends;
    if (this.panel) {
      this.panel.reveal();
      this.channel?.refresh();
      return;
    }
    const title = vscode.l10n.t('Meeting trends');
    const panel = vscode.window.createWebviewPanel(Views.trendsPanel, title, vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: webviewRoots(this.extensionUri) });
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, 'trends', title, this.host);
    // The page only reads: any request it sends is ignored (the channel still validates it).
    this.channel = new WebviewChannel(panel.webview, () => this.snapshot(), async () => undefined, this.log);
    panel.onDidDispose(() => {
      this.channel?.dispose();
      this.channel = undefined;
      this.panel = undefined;
    });
    this.panel = panel;
  }

  private snapshot(): HostToWebview | undefined {
    return this.trends && { type: 'trends', trends: this.trends, strings: webviewStrings(vscode.l10n.bundle) };
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
