/**
 * The one status-bar item: countdown and speaker while a turn runs, or the meeting's title.
 * It is redrawn once a second from timestamps (remaining = deadline − now); the second-long
 * interval only decides how often to look, never how much time has passed. The warning state
 * (last N seconds, a setting) and overtime use the theme's warning/error backgrounds *and* a
 * different icon and wording, so colour is never the only signal.
 */
import * as vscode from 'vscode';
import { formatClock } from '../../shared/core/text/format';
import { Views } from './ids';
import { describeLink, type LinkState } from './link/browser-link';
import { bundleLanguage, pluralLocalize } from './plural';

const tn = pluralLocalize(vscode.l10n.t, () => bundleLanguage(vscode.l10n.bundle, vscode.env.language));

export interface StatusView {
  /** Who holds the turn (display text, untrusted: the status bar renders it as plain text). */
  speaker: string | null;
  /** ms left in the current box; null when untimed; negative when over. */
  remainingMs: number | null;
  warnMs: number;
  paused: boolean;
  title: string;
}

export type StatusState = 'idle' | 'running' | 'warning' | 'over' | 'paused';

export function statusState(v: StatusView): StatusState {
  if (v.paused) return 'paused';
  if (v.remainingMs === null) return 'idle';
  if (v.remainingMs <= 0) return 'over';
  return v.remainingMs <= v.warnMs ? 'warning' : 'running';
}

const ICON: Record<StatusState, string> = { idle: '$(organization)', running: '$(clock)', warning: '$(warning)', over: '$(bell)', paused: '$(debug-pause)' };
/** The browser link's part of the item: an icon when a link exists or is wanted, with words in the label and tooltip. */
const LINK_ICON: Record<LinkState['kind'], string> = { linked: '$(plug)', reconnecting: '$(debug-disconnect)', waiting: '$(key)', unlinked: '' };

/** The item's text and accessible label, pure so the unit tests can check it without VS Code. */
export function statusText(v: StatusView): { text: string; label: string } {
  const state = statusState(v);
  // Names are untrusted: strip codicon syntax so "$(x)" in a name cannot draw icons.
  const who = v.speaker ? v.speaker.replace(/\$\(/g, '$\u200b(') : null;
  const clock = v.remainingMs === null ? '' : v.remainingMs < 0 ? `+${formatClock(-v.remainingMs)}` : formatClock(v.remainingMs);
  const text = [ICON[state], clock, who ?? v.title.replace(/\$\(/g, '$\u200b(')].filter(Boolean).join(' ');
  const secs = v.remainingMs === null ? 0 : Math.ceil(Math.abs(v.remainingMs) / 1000);
  const label =
    state === 'idle'
      ? vscode.l10n.t('Roundtable: {0}', who ?? v.title)
      : state === 'paused'
        ? vscode.l10n.t('Roundtable: {0}, paused', who ?? v.title)
        : state === 'over'
          ? tn(secs, ['Roundtable: {0}, time is up, {1} second over', 'Roundtable: {0}, time is up, {1} seconds over'], who ?? '', secs)
          : tn(secs, ['Roundtable: {0}, {1} second left', 'Roundtable: {0}, {1} seconds left'], who ?? '', secs);
  return { text, label };
}

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private timer: ReturnType<typeof setInterval> | undefined;
  private shown = false;
  /** The browser link's state (issue 14); set once the link exists. */
  link: () => LinkState = () => ({ kind: 'unlinked', why: 'never-paired' });

  constructor(private readonly view: (now: number) => StatusView | null) {
    this.item = vscode.window.createStatusBarItem('roundtable.status', vscode.StatusBarAlignment.Left, 100);
    this.item.name = vscode.l10n.t('Roundtable');
    this.item.command = Views.focusCommand;
    this.item.tooltip = vscode.l10n.t('Roundtable: show the meeting view');
  }

  /** Current text, for the automation API and the in-host tests. */
  get text(): string {
    return this.shown ? this.item.text : '';
  }

  render(now = Date.now()): void {
    const v = this.view(now);
    const link = this.link();
    const linkIcon = LINK_ICON[link.kind];
    const linkText = describeLink(link, vscode.l10n.t);
    this.item.tooltip = linkIcon ? `${vscode.l10n.t('Roundtable: show the meeting view')}\n${linkText}` : vscode.l10n.t('Roundtable: show the meeting view');
    if (!v) {
      this.stop();
      if (!linkIcon) {
        this.item.hide();
        this.shown = false;
        return;
      }
      // No meeting, but a link exists or is wanted: the item says how the link is.
      this.item.text = `${linkIcon} ${vscode.l10n.t('Roundtable')}`;
      this.item.accessibilityInformation = { label: `${vscode.l10n.t('Roundtable')}. ${linkText}` };
      this.item.backgroundColor = undefined;
      this.item.show();
      this.shown = true;
      return;
    }
    const { text, label } = statusText(v);
    const state = statusState(v);
    this.item.text = linkIcon ? `${linkIcon} ${text}` : text;
    this.item.accessibilityInformation = { label: linkIcon ? `${label}. ${linkText}` : label, role: 'timer' };
    this.item.backgroundColor =
      state === 'warning' ? new vscode.ThemeColor('statusBarItem.warningBackground') : state === 'over' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
    this.shown = true;
    if (v.remainingMs !== null && !v.paused) this.start();
    else this.stop();
  }

  private start(): void {
    this.timer ??= setInterval(() => this.render(), 1000);
  }
  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  dispose(): void {
    this.stop();
    this.item.dispose();
  }
}
