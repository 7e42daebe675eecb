/**
 * The "time is up" moment: once per box (a turn, or a whole-round box), when its remaining time
 * reaches zero, a notification offering the next step, and a `timeUp` message to the view
 * (which plays the tone if the sound setting is on). Checked from timestamps each second; a box
 * that was already over before a reload is not announced again.
 */
import * as vscode from 'vscode';
import type { RoundView } from '../../shared/core/rounds/round-view';
import { Commands } from './ids';

/** Identifies one box: the round, plus the turn's start for per-turn boxes. */
export function boxKey(r: RoundView): string | null {
  if (r.deadline === null) return null;
  return r.box === 'round' ? `${r.rid}` : `${r.rid}@${r.turns[r.turns.length - 1]?.startedAt ?? r.startedAt}`;
}

export class TimeUpWatcher implements vscode.Disposable {
  private readonly announced = new Set<string>();
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
    if (!r || r.status !== 'running' || r.remainingMs === null || r.remainingMs > 0) return;
    const key = boxKey(r);
    if (!key || this.announced.has(key)) return;
    this.announced.add(key);
    this.onTimeUp();
    const next = vscode.l10n.t('Next Speaker');
    const extend = vscode.l10n.t('Extend 30 s');
    const message = r.box === 'round' || !r.current ? vscode.l10n.t('Time is up for this round.') : vscode.l10n.t('Time is up for {0}.', this.name(r.current));
    void vscode.window.showWarningMessage(message, next, extend).then((choice) => {
      if (choice === next) void vscode.commands.executeCommand(Commands.nextSpeaker);
      if (choice === extend) void vscode.commands.executeCommand(Commands.extend, { ms: 30000 });
    });
  }

  dispose(): void {
    clearInterval(this.timer);
  }
}
