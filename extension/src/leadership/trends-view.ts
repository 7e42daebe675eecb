/**
 * Show Trends: the trends across the meetings in the records folder plus the live one, in the
 * trends panel (a webview with shared/ui's balance chart), or with `{as: 'markdown'}` as the
 * core's trends Markdown in VS Code's Markdown preview, from a read-only virtual document.
 * Why a virtual document and not a file: trends are derived data; writing them into the
 * workspace would put a file in every commit that only repeats the records. The preview is VS
 * Code's own (names are escaped Markdown text, and the preview sanitises HTML).
 * Either way the command returns the Markdown, for automation.
 */
import * as vscode from 'vscode';
import { computeTrends } from '../../../shared/core/trends/trends';
import { renderTrendsMarkdown } from '../../../shared/core/trends/trends-markdown';
import { readSettings } from '../settings';
import type { Leadership } from './leadership';
import { uniqueMeetings, withStablePids } from './meeting-history';
import { argsOrThrow } from '../round-commands';
import { parseTrendsArgs } from './leadership-args';
import type { TrendsPanel } from './trends-panel';

export const TRENDS_SCHEME = 'roundtable-trends';
const TRENDS_URI = vscode.Uri.from({ scheme: TRENDS_SCHEME, path: '/Roundtable trends.md' });

export class TrendsView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private markdown = '';
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly l: Leadership,
    private readonly panel: TrendsPanel,
  ) {}

  register(): vscode.Disposable {
    return vscode.workspace.registerTextDocumentContentProvider(TRENDS_SCHEME, this);
  }

  provideTextDocumentContent(): string {
    return this.markdown;
  }

  /** Computes the trends, shows them, and returns the Markdown. */
  async show(arg: unknown): Promise<string> {
    const a = argsOrThrow(parseTrendsArgs(arg));
    const past = await this.l.files.pastMeetings(readSettings().minGapMs);
    const current = this.l.meeting.meeting.started ? [this.l.summary()] : [];
    const trends = computeTrends(withStablePids(uniqueMeetings([...past, ...current]), await this.l.roster()));
    // A view for the person at the keyboard, not a file for the team: VS Code's display language.
    this.markdown = renderTrendsMarkdown(trends, await this.l.files.display());
    this.emitter.fire(TRENDS_URI);
    if (a.as !== 'markdown') {
      this.panel.show(trends);
      return this.markdown;
    }
    try {
      await vscode.commands.executeCommand('markdown.showPreview', TRENDS_URI);
    } catch {
      // No Markdown preview (a trimmed VS Code): the Markdown itself is still readable.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(TRENDS_URI), { preview: true });
    }
    return this.markdown;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
