/**
 * Roundtable's settings, read in one place with the manifest's defaults repeated as the type's
 * source of truth for code (package.json's `configuration` is the user-facing one;
 * test/unit/extension/manifest.test.ts keeps the two in step). Values outside the allowed range
 * (a hand-edited settings.json) are clamped rather than trusted.
 */
import * as vscode from 'vscode';
import { ORDER_STRATEGIES, type OrderStrategy } from '../../shared/core/rounds/orders';
import { retentionDays } from '../../shared/core/meeting/retention';
import { CHIME_TONES, type ChimeTone } from '../../shared/ui/chime';
import { Settings } from './ids';

export const DEFAULTS = {
  defaultSlotSeconds: 60,
  warningSeconds: 15,
  orderStrategy: 'as-entered' as OrderStrategy,
  recordsLocation: 'workspace' as RecordsLocation,
  sound: false,
  /** The tone when time is up (the browser's choice too): off, or one of shared/ui's chimes. */
  tone: 'off' as ToneSetting,
  /** What Extend adds: the first is the Extend button and key, the others small buttons (as in the browser). */
  extendSeconds: [30, 60, 120] as number[],
  minGapMs: 1500,
  /** Finished meetings older than this many days are deleted at start-up; 0: kept until deleted. */
  retentionDays: 0,
  /** The language of the files written into the repository; '' means VS Code's display language. */
  recordsLanguage: '',
};
export type ToneSetting = 'off' | ChimeTone;
export type RecordsLocation = 'workspace' | 'globalStorage';
export type RoundtableSettings = typeof DEFAULTS;

const clamp = (v: unknown, lo: number, hi: number, dflt: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : dflt);

export function readSettings(): RoundtableSettings {
  const c = vscode.workspace.getConfiguration(Settings.section);
  const order = c.get<string>(Settings.orderStrategy);
  return {
    defaultSlotSeconds: clamp(c.get(Settings.defaultSlotSeconds), 5, 3600, DEFAULTS.defaultSlotSeconds),
    warningSeconds: clamp(c.get(Settings.warningSeconds), 0, 600, DEFAULTS.warningSeconds),
    orderStrategy: (ORDER_STRATEGIES as readonly string[]).includes(order ?? '') ? (order as OrderStrategy) : DEFAULTS.orderStrategy,
    recordsLocation: c.get<string>(Settings.recordsLocation) === 'globalStorage' ? 'globalStorage' : 'workspace',
    sound: c.get<boolean>(Settings.sound) === true,
    tone: toneOf(c),
    extendSeconds: extendPresets(c.get(Settings.extendSeconds)),
    minGapMs: clamp(c.get(Settings.minGapMs), 0, 60000, DEFAULTS.minGapMs),
    retentionDays: retentionDays(c.get(Settings.retentionDays)),
    recordsLanguage: typeof c.get(Settings.recordsLanguage) === 'string' ? c.get<string>(Settings.recordsLanguage)!.trim() : DEFAULTS.recordsLanguage,
  };
}

/**
 * `tone` when the user set it; otherwise the older `sound` switch (on: the soft tone), so a
 * settings.json written before `tone` existed keeps its sound.
 */
function toneOf(c: vscode.WorkspaceConfiguration): ToneSetting {
  const set = c.inspect<string>(Settings.tone);
  const chosen = set?.workspaceFolderValue ?? set?.workspaceValue ?? set?.globalValue;
  if (chosen === 'off' || (CHIME_TONES as readonly unknown[]).includes(chosen)) return chosen as ToneSetting;
  return c.get<boolean>(Settings.sound) === true ? 'soft' : DEFAULTS.tone;
}

/** 1 to 3 distinct whole seconds in [1, 3600], in the order given; anything else: the defaults. */
export function extendPresets(v: unknown): number[] {
  const ok = Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 3600) : [];
  return ok.length ? [...new Set(ok)].slice(0, 3) : DEFAULTS.extendSeconds;
}
