/**
 * Show Trends, first version: the core's trends Markdown (renderTrendsMarkdown) over the meetings
 * in the records folder plus the live one, shown in VS Code's Markdown preview from a read-only
 * virtual document. Why a virtual document and not a file: trends are derived data; writing them
 * into the workspace would put a file in every commit that only repeats the records.
 * The preview is VS Code's own (names are escaped Markdown text, and the preview sanitises HTML).
 */
import * as vscode from 'vscode';
import { computeTrends } from '../../../shared/core/leadership/trends';
import { renderTrendsMarkdown } from '../../../shared/core/leadership/trends-markdown';
import { readSettings } from '../settings';
import type { Leadership } from './leadership';
import { uniqueMeetings, withStablePids } from './meeting-history';

export const TRENDS_SCHEME = 'roundtable-trends';
const TRENDS_URI = vscode.Uri.from({ scheme: TRENDS_SCHEME, path: '/Roundtable trends.md' });

export class TrendsView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private markdown = '';
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly l: Leadership) {}

  register(): vscode.Disposable {
    return vscode.workspace.registerTextDocumentContentProvider(TRENDS_SCHEME, this);
  }

  provideTextDocumentContent(): string {
    return this.markdown;
  }

  /** Computes the trends, shows them, and returns the Markdown. */
  async show(): Promise<string> {
    const past = await this.l.files.pastMeetings(readSettings().minGapMs);
    const current = this.l.meeting.meeting.started ? [this.l.summary()] : [];
    const meetings = withStablePids(uniqueMeetings([...past, ...current]), await this.l.roster());
    this.markdown = renderTrendsMarkdown(computeTrends(meetings), vscode.l10n.t('Meeting trends'));
    this.emitter.fire(TRENDS_URI);
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
