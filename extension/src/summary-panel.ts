/**
 * The summary panel (after End Meeting, Show Summary or Open Meeting Record): a webview panel
 * with the same bundle and security as the sidebar. One panel; showing another meeting reuses it.
 */
import * as vscode from 'vscode';
import type { MeetingEvent } from '../../shared/core/record/events';
import type { ExportFormatId, HostToWebview, ViewSettings } from './protocol';
import { Views } from './ids';
import { WebviewChannel } from './webview-channel';
import { webviewHtml, webviewRoots, type HostKind } from './webview-html';
import { webviewStrings } from './webview-strings';
import type { UiLocale } from './ui-locale';

export class SummaryPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private channel: WebviewChannel | undefined;
  private shown: { events: readonly MeetingEvent[]; source: string } | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly settings: () => ViewSettings,
    private readonly exportAs: (events: readonly MeetingEvent[], format: ExportFormatId) => Promise<void>,
    private readonly log: (message: string) => void,
    private readonly host: HostKind,
    /** The core's catalogue in the display language (a record the panel cannot show). */
    private readonly core?: UiLocale,
  ) {}

  /** The events on display, for tests and exports. */
  get current(): readonly MeetingEvent[] | undefined {
    return this.shown?.events;
  }

  show(events: readonly MeetingEvent[], source: string): void {
    this.shown = { events, source };
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(Views.summaryPanel, vscode.l10n.t('Roundtable summary'), vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: webviewRoots(this.extensionUri),
      });
      panel.webview.html = webviewHtml(panel.webview, this.extensionUri, 'summary', vscode.l10n.t('Roundtable summary'), this.host);
      this.channel = new WebviewChannel(panel.webview, () => this.snapshot(), async (msg) => {
        if (msg.type === 'export' && this.shown) await this.exportAs(this.shown.events, msg.format);
      }, this.log);
      panel.onDidDispose(() => {
        this.channel?.dispose();
        this.channel = undefined;
        this.panel = undefined;
      });
      this.panel = panel;
    } else {
      this.panel.reveal();
      this.channel?.refresh();
    }
  }

  /** Shows `events` instead of `previous` if those are on display (a meeting's record grew after End Meeting). */
  replace(previous: readonly MeetingEvent[], events: readonly MeetingEvent[]): void {
    if (this.shown?.events !== previous) return;
    this.shown = { ...this.shown, events };
    this.channel?.refresh();
  }

  private snapshot(): HostToWebview | undefined {
    if (!this.shown) return undefined;
    return { type: 'summary', events: [...this.shown.events], settings: this.settings(), strings: webviewStrings(vscode.l10n.bundle, this.core), source: this.shown.source };
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
