/** User settings (storage.local). The defaults object is the type: add a key here with its default. */
export { SETTINGS_KEY } from './keys';
import { retentionDays } from '../../../shared/core/meeting/retention';

/** The languages the exported files can be written in (the core's catalogues); '' is the browser's UI language. */
export const RECORDS_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR'] as const;
export type RecordsLanguage = '' | (typeof RECORDS_LANGUAGES)[number];

export const DEFAULT_SETTINGS = {
  /** Open the summary page in a new tab when a call ends. */
  openSummaryAfterCall: true,
  /** Self-hosted Jitsi origins the user granted, e.g. "https://meet.example.org". */
  jitsiOrigins: [] as string[],
  /** The warning state ("Almost up", the badge's amber) starts this many seconds before the end of a box. */
  warnSeconds: 15,
  /** What Extend adds: the first is the Extend button and key, the others small buttons beside Pause. */
  extendSeconds: [30, 60, 120] as number[],
  /** The tone when time is up: off, or one of shared/ui's chimes. */
  chime: 'off' as 'off' | 'soft' | 'clear',
  /** Finished meetings older than this many days are deleted when the worker starts; 0 keeps them. */
  retentionDays: 0,
  /** The language of the exported Markdown summary and the playbook (issue 13 item 2); '' follows the UI language. */
  recordsLanguage: '' as RecordsLanguage,
};
export type Settings = typeof DEFAULT_SETTINGS;

/** Whole seconds in [min, max], or null. */
function seconds(v: unknown, min: number, max: number): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null;
}

/**
 * Stored settings with defaults filled in and every value checked: a value that does not fit
 * (an older version, a hand-edited profile) falls back to its default instead of breaking the
 * panel or the badge.
 */
export function sanitizeSettings(stored: Partial<Record<keyof Settings, unknown>> | undefined): Settings {
  const s = { ...DEFAULT_SETTINGS, ...(stored && typeof stored === 'object' ? stored : {}) } as Record<keyof Settings, unknown>;
  const extend = Array.isArray(s.extendSeconds) ? s.extendSeconds.map((v) => seconds(v, 1, 3600)).filter((v): v is number => v !== null) : [];
  return {
    openSummaryAfterCall: typeof s.openSummaryAfterCall === 'boolean' ? s.openSummaryAfterCall : DEFAULT_SETTINGS.openSummaryAfterCall,
    jitsiOrigins: Array.isArray(s.jitsiOrigins) ? s.jitsiOrigins.filter((o): o is string => typeof o === 'string') : [],
    warnSeconds: seconds(s.warnSeconds, 0, 600) ?? DEFAULT_SETTINGS.warnSeconds,
    extendSeconds: extend.length ? [...new Set(extend)].slice(0, 3) : DEFAULT_SETTINGS.extendSeconds,
    chime: s.chime === 'soft' || s.chime === 'clear' || s.chime === 'off' ? s.chime : DEFAULT_SETTINGS.chime,
    retentionDays: retentionDays(s.retentionDays),
    recordsLanguage: (RECORDS_LANGUAGES as readonly unknown[]).includes(s.recordsLanguage) ? (s.recordsLanguage as RecordsLanguage) : DEFAULT_SETTINGS.recordsLanguage,
  };
}
