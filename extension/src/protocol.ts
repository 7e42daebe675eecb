/**
 * The one message protocol between the extension host and its webviews (sidebar view and
 * summary panel), named by direction. The webview sends `ready` first; the host sends nothing
 * before it (a hidden view is torn down and rebuilt, so `ready` also means "send me everything
 * again": a webview that finds a gap in the events' sequence numbers sends it too). Requests carry an `id` that the reply echoes. Both sides validate what they receive:
 * a webview is a page that renders untrusted names, so its messages are treated as input.
 *
 * Imported by host code and by extension/webview, so it must stay free of `vscode` and DOM.
 */
import type { MeetingEvent } from '../../shared/core/record/events';
import type { Trends } from '../../shared/core/trends/trends';

export type WebviewKind = 'sidebar' | 'summary' | 'trends';

/** Actions the webview may ask for; each maps onto one command in ids.ts. */
export const VIEW_ACTIONS = [
  'next', 'pass', 'extend', 'pause', 'resume', 'end', 'raiseHand', 'lowerHand', 'markSpeaking',
  // Issue 11: Lower all hands, and the meeting's hands-follow-the-floor switch (with `on`).
  'lowerAllHands', 'handsFollowFloor',
  // Issue 11: the agenda's buttons (End takes `on` = carried over).
  'agendaNext', 'agendaEnd', 'agendaSkip', 'agendaLink',
  'startMeeting', 'startRound', 'endMeeting', 'showSummary',
  // Shared leadership (issue 6): the decision card's buttons; each asks what it needs.
  'recordDecision', 'answerConsent', 'resolveObjection', 'recordOutcome',
] as const;
export type ViewAction = (typeof VIEW_ACTIONS)[number];
export const EXPORT_FORMATS = ['md', 'csv', 'json', 'agenda-csv'] as const;
export type ExportFormatId = (typeof EXPORT_FORMATS)[number];

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'action'; id: number; action: ViewAction; ms?: number; pid?: string; on?: boolean; aid?: string; did?: string }
  | { type: 'export'; id: number; format: ExportFormatId };

export interface ViewSettings {
  warnMs: number;
  /** The Extend button and key (the first extendSeconds preset). */
  extendMs: number;
  /** The other presets: small buttons beside Extend. */
  extendMoreMs: number[];
  /** The time-up tone the view plays ('off': none). */
  tone: 'off' | 'soft' | 'clear';
  minGapMs: number;
  /** The retention setting in days (0: meetings kept until deleted), shown under the summary. */
  retentionDays: number;
}
const TONES: readonly unknown[] = ['off', 'soft', 'clear'];

/** The browser link as the sidebar shows it: its state and the host's sentence for it (issue 14). */
export interface LinkView {
  kind: 'linked' | 'waiting' | 'reconnecting' | 'unlinked';
  text: string;
}
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const LINK_KINDS: readonly unknown[] = ['linked', 'waiting', 'reconnecting', 'unlinked'];
const isLinkView = (x: unknown): x is LinkView | null => x === null || (isObj(x) && LINK_KINDS.includes(x.kind) && typeof x.text === 'string');

export type HostToWebview =
  /**
   * The whole live record (event n is seq n), with the settings and the string catalogue: sent
   * after `ready` and when settings change. The webview folds it and computes remaining time
   * from its own clock.
   */
  | { type: 'record'; events: MeetingEvent[]; settings: ViewSettings; strings: Record<string, string>; hints: Record<string, string>; link: LinkView | null }
  /** The browser link changed (null: nothing to show, never paired or no link in this host). */
  | { type: 'link'; link: LinkView | null }
  /** New events of the same record, numbered from `from` (1-based seq): no catalogue, no history. */
  | { type: 'events'; from: number; events: MeetingEvent[] }
  /** A finished (or opened) meeting for the summary panel. */
  | { type: 'summary'; events: MeetingEvent[]; settings: ViewSettings; strings: Record<string, string>; source: string }
  | { type: 'reply'; id: number; ok: boolean; error?: string }
  /** A turn's time ran out: the webview plays the tone unless it is off. */
  | { type: 'timeUp' }
  /** Trends across the team's meetings (issue 6), computed on the host from the records. */
  | { type: 'trends'; trends: Trends; strings: Record<string, string> };

const isId = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/** Host side: returns the message if it is one the webview may send, otherwise undefined. */
export function parseWebviewMessage(x: unknown): WebviewToHost | undefined {
  if (!isObj(x)) return undefined;
  switch (x.type) {
    case 'ready':
      return { type: 'ready' };
    case 'action': {
      if (!isId(x.id) || typeof x.action !== 'string' || !(VIEW_ACTIONS as readonly string[]).includes(x.action)) return undefined;
      const msg: WebviewToHost = { type: 'action', id: x.id, action: x.action as ViewAction };
      if (x.ms !== undefined) {
        if (typeof x.ms !== 'number' || !Number.isFinite(x.ms) || x.ms <= 0 || x.ms > 3_600_000) return undefined;
        msg.ms = x.ms;
      }
      if (x.pid !== undefined) {
        if (typeof x.pid !== 'string' || x.pid.length === 0 || x.pid.length > 200) return undefined;
        msg.pid = x.pid;
      }
      if (x.on !== undefined) {
        if (typeof x.on !== 'boolean') return undefined;
        msg.on = x.on;
      }
      // An agenda item and a decision item (agendaLink): ids, as short as the pid's.
      for (const k of ['aid', 'did'] as const) {
        const v = x[k];
        if (v === undefined) continue;
        if (typeof v !== 'string' || v.length === 0 || v.length > 200) return undefined;
        msg[k] = v;
      }
      return msg;
    }
    case 'export':
      if (!isId(x.id) || !(EXPORT_FORMATS as readonly unknown[]).includes(x.format)) return undefined;
      return { type: 'export', id: x.id, format: x.format as ExportFormatId };
    default:
      return undefined;
  }
}

function isSettings(x: unknown): x is ViewSettings {
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  return isObj(x) && [x.warnMs, x.extendMs, x.minGapMs, x.retentionDays].every(finite) && Array.isArray(x.extendMoreMs) && x.extendMoreMs.every(finite) && TONES.includes(x.tone);
}
const isStrings = (x: unknown): x is Record<string, string> => isObj(x) && Object.values(x).every((v) => typeof v === 'string');

/**
 * Webview side: checks the envelope. Events are checked one by one by the core's reader
 * before they are folded, so a bad event is reported, not rendered.
 */
export function parseHostMessage(x: unknown): HostToWebview | undefined {
  if (!isObj(x)) return undefined;
  switch (x.type) {
    case 'record':
      if (!Array.isArray(x.events) || !isSettings(x.settings) || !isStrings(x.strings) || !isStrings(x.hints) || !isLinkView(x.link)) return undefined;
      return x as HostToWebview;
    case 'link':
      return isLinkView(x.link) ? { type: 'link', link: x.link } : undefined;
    case 'events':
      if (!isId(x.from) || x.from < 1 || !Array.isArray(x.events)) return undefined;
      return x as HostToWebview;
    case 'summary':
      if (!Array.isArray(x.events) || !isSettings(x.settings) || !isStrings(x.strings) || typeof x.source !== 'string') return undefined;
      return x as HostToWebview;
    case 'reply':
      if (!isId(x.id) || typeof x.ok !== 'boolean' || (x.error !== undefined && typeof x.error !== 'string')) return undefined;
      return x as HostToWebview;
    case 'timeUp':
      return { type: 'timeUp' };
    case 'trends': {
      // The lists the page maps over must be lists; every name and title is rendered as text.
      const tr = x.trends;
      const lists = ['meetings', 'people', 'facilitation', 'openObjections', 'openItems'];
      if (!isObj(tr) || !lists.every((k) => Array.isArray(tr[k])) || !isObj(tr.decisions) || !isObj(tr.overruns) || !isStrings(x.strings)) return undefined;
      return x as HostToWebview;
    }
    default:
      return undefined;
  }
}
