/**
 * The questions a command asks when it was run without arguments (palette, keybinding).
 * Each returns undefined when the user cancels (Escape), which ends the command quietly.
 */
import * as vscode from 'vscode';
import { ROUND_KINDS, type RoundKind } from '../../shared/core/record/events';
import { ORDER_STRATEGIES, type OrderStrategy } from '../../shared/core/rounds/orders';
import { cleanNames, parseDurationInput } from './command-args';

const t = vscode.l10n.t;

export async function askNames(remembered: readonly string[], prompt = t('Participants, separated by commas')): Promise<string[] | undefined> {
  const text = await vscode.window.showInputBox({
    title: t('Roundtable: participants'),
    prompt,
    value: remembered.join(', '),
    placeHolder: t('Ana, Bo, Chen, Dee'),
    ignoreFocusOut: true,
    validateInput: (v) => (cleanNames(v).length === 0 ? t('Enter at least one name.') : undefined),
  });
  return text === undefined ? undefined : cleanNames(text);
}

export async function askDuration(title: string, prompt: string, defaultMs: number): Promise<number | undefined> {
  const text = await vscode.window.showInputBox({
    title,
    prompt,
    value: String(Math.round(defaultMs / 1000)),
    ignoreFocusOut: true,
    validateInput: (v) => (parseDurationInput(v) === undefined ? t('Enter seconds (90), minutes and seconds (1:30) or minutes (2m).') : undefined),
  });
  return text === undefined ? undefined : parseDurationInput(text);
}

export async function askText(title: string, prompt: string, value = ''): Promise<string | undefined> {
  return vscode.window.showInputBox({ title, prompt, value, ignoreFocusOut: true });
}

const KIND_LABEL: Record<RoundKind, string> = {
  'go-around': t('Go-around: everyone in turn, equal time'),
  'check-in': t('Check-in: a short word from everyone'),
  consent: t('Consent: each decider consents or objects'),
  discussion: t('Discussion: open floor from raised hands'),
  silent: t('Silent: one time box for quiet thinking or writing'),
};

export async function askKind(): Promise<RoundKind | undefined> {
  const pick = await vscode.window.showQuickPick(
    ROUND_KINDS.map((k) => ({ label: KIND_LABEL[k], roundKind: k })),
    { title: t('Roundtable: kind of round'), placeHolder: t('Which kind of round?'), ignoreFocusOut: true },
  );
  return pick?.roundKind;
}

const ORDER_LABEL: Record<OrderStrategy, string> = {
  'as-entered': t('As entered'),
  shuffle: t('Shuffled'),
  rotate: t('Rotate: start after whoever started last'),
  'quietest-first': t('Quietest first: least talk time so far goes first'),
};

export async function askOrder(preferred: OrderStrategy): Promise<OrderStrategy | undefined> {
  const items = [preferred, ...ORDER_STRATEGIES.filter((s) => s !== preferred)].map((s) => ({ label: ORDER_LABEL[s], strategy: s }));
  const pick = await vscode.window.showQuickPick(items, { title: t('Roundtable: speaking order'), placeHolder: t('In which order?'), ignoreFocusOut: true });
  return pick?.strategy;
}

export async function askBox(): Promise<'turn' | 'round' | undefined> {
  const pick = await vscode.window.showQuickPick(
    [
      { label: t('A time box per person'), box: 'turn' as const },
      { label: t('One time box for the whole round'), box: 'round' as const },
    ],
    { title: t('Roundtable: time box'), ignoreFocusOut: true },
  );
  return pick?.box;
}

export async function askPerson(people: readonly { pid: string; name: string }[], placeHolder: string): Promise<string | undefined> {
  if (people.length === 0) {
    void vscode.window.showWarningMessage(t('Nobody is in the meeting yet.'));
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(
    people.map((p, i) => ({ label: p.name, description: i < 9 ? t('Ctrl+Alt+R {0}', i + 1) : undefined, pid: p.pid })),
    { title: t('Roundtable'), placeHolder, ignoreFocusOut: true },
  );
  return pick?.pid;
}
