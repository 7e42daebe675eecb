/**
 * The "time is up" moment: once per box (a turn, or a whole-round box), when its remaining time
 * reaches zero, a notification naming the next steps and their keys, and a `timeUp` message to
 * the view (which plays the tone if the sound setting is on). Checked from timestamps each
 * second; a box that was already over before a reload is not announced again.
 *
 * The notification belongs to its box and closes when the box is over (next turn, pass, an
 * extension that gives time back, the round or the meeting ending): a message with buttons
 * cannot be closed by an extension, so this is a progress notification, whose task ends with
 * the box. Nothing stale is left to click ("No meeting is running").
 */
import * as vscode from 'vscode';
import type { RoundView } from '../../shared/core/rounds/round-view';

/** "ctrl+alt+r n" as VS Code shows keys ("Ctrl+Alt+R N"). */
function keyLabel(chord: string): string {
  return chord.replace(/\b[a-z]+\b/g, (k) => k.charAt(0).toUpperCase() + k.slice(1));
}

/** Identifies one box: the round, plus the turn's start for per-turn boxes. */
export function boxKey(r: RoundView): string | null {
  if (r.deadline === null) return null;
  return r.box === 'round' ? `${r.rid}` : `${r.rid}@${r.turns[r.turns.length - 1]?.startedAt ?? r.startedAt}`;
}

export class TimeUpWatcher implements vscode.Disposable {
  private readonly announced = new Set<string>();
  private open: { key: string; close(): void } | null = null;
  private timer: ReturnType<typeof setInterval>;

  constructor(
    private readonly round: (now: number) => RoundView | null,
    private readonly name: (pid: string) => string,
    private readonly onTimeUp: () => void,
  ) {
    // Boxes already over when the window opens were announced before the reload.
    this.seedFrom(Date.now());
    this.timer = setInterval(() => this.check(Date.now()), 1000);
  }

  seedFrom(now: number): void {
    const r = this.round(now);
    const key = r && boxKey(r);
    if (r && key && r.remainingMs !== null && r.remainingMs <= 0) this.announced.add(key);
  }

  check(now: number): void {
    const r = this.round(now);
    const key = r ? boxKey(r) : null;
    if (this.open && (this.open.key !== key || !r || r.status === 'ended' || r.remainingMs === null || r.remainingMs > 0)) this.closeOpen();
    if (!r || r.status !== 'running' || r.remainingMs === null || r.remainingMs > 0) return;
    if (!key || this.announced.has(key)) return;
    this.announced.add(key);
    this.onTimeUp();
    const message = r.box === 'round' || !r.current ? vscode.l10n.t('Time is up for this round.') : vscode.l10n.t('Time is up for {0}.', this.name(r.current));
    this.notify(key, message);
  }

  /** Whether a time-up notification is showing (for the in-host tests). */
  get showing(): boolean {
    return this.open !== null;
  }

  private notify(key: string, message: string): void {
    let close!: () => void;
    const closed = new Promise<void>((resolve) => (close = resolve));
    this.open = { key, close };
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: message, cancellable: true },
      async (progress, token) => {
        progress.report({ message: vscode.l10n.t('Next Speaker: {0}. Extend: {1}.', keyLabel('ctrl+alt+r n'), keyLabel('ctrl+alt+r e')) });
        await new Promise<void>((resolve) => {
          void closed.then(resolve);
          token.onCancellationRequested(() => resolve());
        });
      },
    );
  }

  private closeOpen(): void {
    this.open?.close();
    this.open = null;
  }

  dispose(): void {
    clearInterval(this.timer);
    this.closeOpen();
  }
}
