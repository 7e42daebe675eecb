/**
 * The loopback link between the VS Code extension (server, node host) and the browser
 * extension's background worker (client): one WebSocket on ws://127.0.0.1:<port>/roundtable/link.
 * Message types are named by direction and defined once here, for both shells.
 *
 *   browser                                    VS Code
 *     | -- upgrade, Origin: chrome-extension://id --> |  refused (HTTP 403/429) unless an extension
 *     |                                              |  origin that is not locked out
 *     | -- hello { pair: code } | { auth: id, secret } -> |  nothing is sent before this is checked
 *     | <- paired { linkId, secret } | welcome ------ |  or the socket closes with a LinkClose code
 *     | <-> ping / pong, unlink, meeting messages --> |
 *
 * The secret is long-lived (re-linking needs no code); VS Code keeps only its SHA-256.
 *
 * The meeting over the link: one meeting, one writer. The browser worker writes (it owns the
 * detector's back-dated times and the IndexedDB log); VS Code mirrors the log by sequence number
 * and sends commands, whose events then come back like any other.
 *
 *     | <- follow { meetingId | null, seq } -------- |  after every (re)link: what VS Code already has
 *     | -- events { meetingId, from, events } -----> |  events[i] has seq from + i (1-based, the log's order);
 *     |                                              |  a gap makes VS Code send follow again, an overlap is skipped
 *     | <- command { id, meetingId, command } ------ |  palette commands on the call's meeting
 *     | -- result { id, ok, seq, error? } ---------> |  seq: the log's length with the command's events
 */
import type { MeetingEvent, Pid } from '../record/events';
import type { RoundCommand } from '../rounds/round-commands';
import type { AgendaCommand } from '../agenda/agenda-commands';
import type { ConsentCommand } from '../decisions/consent';
import type { DebriefCommand } from '../debrief/debrief';

export const LINK_PATH = '/roundtable/link';
export const LINK_VERSION = 1;
/** A hello larger than this is not a hello: refused before parsing. */
export const MAX_HELLO_BYTES = 2048;
/** How long a connection may stay silent before its hello; then it is closed. */
export const HELLO_TIMEOUT_MS = 5000;
/** The worker pings this often: Chrome keeps a worker alive while its WebSocket is active (Chrome 116+). */
export const PING_INTERVAL_MS = 20_000;

/** Close codes (4000–4999 are the application's) and what each tells the other side. */
export const LinkClose = {
  /** Either side ended the pairing: forget the secret. */
  unlinked: 4001,
  /** Another connection of the same link replaced this one (a restarted worker, a second window). */
  replaced: 4002,
  badMessage: 4400,
  /** Wrong code, or an unknown link id / secret. */
  unauthorized: 4401,
  /** The code was already used, or has expired. */
  codeSpent: 4410,
  helloTimeout: 4408,
  rateLimited: 4429,
  shuttingDown: 4503,
} as const;
export type LinkCloseCode = (typeof LinkClose)[keyof typeof LinkClose];

/** What VS Code may ask of the call's meeting: the browser runs it as if its side panel had. */
export type LinkCommand =
  | { kind: 'round'; command: RoundCommand }
  | { kind: 'agenda'; command: AgendaCommand }
  | { kind: 'consent'; command: ConsentCommand }
  | { kind: 'debrief'; command: DebriefCommand }
  | { kind: 'facilitator'; pid: Pid }
  | { kind: 'add-participant'; name: string }
  | { kind: 'end-meeting' };
export const LINK_COMMAND_KINDS = ['round', 'agenda', 'consent', 'debrief', 'facilitator', 'add-participant', 'end-meeting'] as const;

export type BrowserToVsCode =
  | { type: 'hello'; v: number; pair: { code: string } }
  | { type: 'hello'; v: number; auth: { linkId: string; secret: string } }
  | { type: 'ping' }
  | { type: 'unlink' }
  /** Untrusted until checked: VS Code validates every event with the core's reader before folding it. */
  | { type: 'events'; meetingId: string; from: number; events: unknown[] }
  /** `seq`: the meeting's log length once the command's events were stored (VS Code waits for them). */
  | { type: 'result'; id: number; ok: boolean; seq?: number; error?: { code: string; message: string } };

export type VsCodeToBrowser =
  | { type: 'paired'; linkId: string; secret: string; peer: string }
  | { type: 'welcome'; linkId: string; peer: string }
  | { type: 'pong' }
  | { type: 'follow'; meetingId: string | null; seq: number }
  | { type: 'command'; id: number; meetingId: string; command: LinkCommand };

/** The events of a meeting from seq `from` on, as VS Code folds them. */
export type MirroredEvents = { meetingId: string; from: number; events: MeetingEvent[] };

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isToken = (x: unknown, max: number): x is string => typeof x === 'string' && x.length > 0 && x.length <= max && /^[A-Za-z0-9_-]+$/.test(x);
const isSeq = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200;

/** VS Code side: the message if it is one a browser may send (the hello only before authentication). */
export function parseBrowserMessage(x: unknown): BrowserToVsCode | undefined {
  if (!isObj(x)) return undefined;
  switch (x.type) {
    case 'hello': {
      if (typeof x.v !== 'number') return undefined;
      if (isObj(x.pair) && typeof x.pair.code === 'string' && x.pair.code.length <= 32) return { type: 'hello', v: x.v, pair: { code: x.pair.code } };
      if (isObj(x.auth) && isToken(x.auth.linkId, 64) && isToken(x.auth.secret, 128)) return { type: 'hello', v: x.v, auth: { linkId: x.auth.linkId, secret: x.auth.secret } };
      return undefined;
    }
    case 'ping':
      return { type: 'ping' };
    case 'unlink':
      return { type: 'unlink' };
    case 'events':
      if (!isId(x.meetingId) || !isSeq(x.from) || x.from < 1 || !Array.isArray(x.events)) return undefined;
      return { type: 'events', meetingId: x.meetingId, from: x.from, events: x.events };
    case 'result': {
      if (!isSeq(x.id) || typeof x.ok !== 'boolean') return undefined;
      const e = x.error;
      if (e !== undefined && !(isObj(e) && typeof e.code === 'string' && typeof e.message === 'string')) return undefined;
      return { type: 'result', id: x.id, ok: x.ok, ...(isSeq(x.seq) ? { seq: x.seq } : {}), ...(isObj(e) ? { error: { code: String(e.code).slice(0, 100), message: String(e.message).slice(0, 500) } } : {}) };
    }
    default:
      return undefined;
  }
}

/** Browser side: the message if it is one VS Code may send. */
export function parseVsCodeMessage(x: unknown): VsCodeToBrowser | undefined {
  if (!isObj(x)) return undefined;
  switch (x.type) {
    case 'paired':
      if (!isToken(x.linkId, 64) || !isToken(x.secret, 128) || typeof x.peer !== 'string') return undefined;
      return { type: 'paired', linkId: x.linkId, secret: x.secret, peer: x.peer.slice(0, 200) };
    case 'welcome':
      if (!isToken(x.linkId, 64) || typeof x.peer !== 'string') return undefined;
      return { type: 'welcome', linkId: x.linkId, peer: x.peer.slice(0, 200) };
    case 'pong':
      return { type: 'pong' };
    case 'follow':
      if (!(x.meetingId === null || isId(x.meetingId)) || !isSeq(x.seq)) return undefined;
      return { type: 'follow', meetingId: x.meetingId, seq: x.seq };
    case 'command':
      // The command's own fields are checked where it runs (the core refuses what does not fit).
      if (!isSeq(x.id) || !isId(x.meetingId) || !isObj(x.command) || !(LINK_COMMAND_KINDS as readonly unknown[]).includes(x.command.kind)) return undefined;
      return { type: 'command', id: x.id, meetingId: x.meetingId, command: x.command as LinkCommand };
    default:
      return undefined;
  }
}

/** Browser extension origins: Chrome/Edge (32 letters a–p) and Firefox (a per-install UUID). Nothing else may link. */
export function isExtensionOrigin(origin: string | undefined): boolean {
  return !!origin && (/^chrome-extension:\/\/[a-p]{32}$/.test(origin) || /^moz-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(origin));
}
