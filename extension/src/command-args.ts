/**
 * Arguments of Roundtable's commands, for keybindings, tasks and automation
 * (`executeCommand('roundtable.startRound', { kind: 'go-around', participants: [...], slotMs: 60000 })`).
 * Pure and free of `vscode` so the unit tests cover it. Every parser returns either the typed
 * arguments or a sentence saying what is wrong; a command never runs on half-understood input.
 * A command run without arguments (palette, keybinding) gets `{}` and asks for what is missing.
 */
import { QUEUE_ORDERS, ROUND_BOXES, ROUND_KINDS, type QueueOrder, type RoundBox, type RoundKind } from '../../shared/core/record/events';
import { ORDER_STRATEGIES, type OrderStrategy } from '../../shared/core/rounds/orders';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const MAX_NAME_LENGTH = 80;
export const MAX_PARTICIPANTS = 60;
export const MAX_SLOT_MS = 3_600_000;

/**
 * Display names as typed ("Ana, Bo , , ana") or given: trimmed, control characters removed,
 * cut at MAX_NAME_LENGTH, case-insensitive duplicates and empties dropped. Markup is left as
 * typed: it is text and is rendered as text.
 */
export function cleanNames(input: string | readonly unknown[]): string[] {
  const raw = typeof input === 'string' ? input.split(',') : input.filter((x): x is string => typeof x === 'string');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of raw) {
    // eslint-disable-next-line no-control-regex
    const name = r.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
    const key = name.toLocaleLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out.slice(0, MAX_PARTICIPANTS);
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function field<T>(o: Record<string, unknown>, key: string, check: (v: unknown) => v is T, expected: string): Parsed<T | undefined> {
  const v = o[key];
  if (v === undefined) return { ok: true, value: undefined };
  return check(v) ? { ok: true, value: v } : { ok: false, error: `"${key}" must be ${expected}` };
}
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isMs = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_SLOT_MS;
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_PARTICIPANTS;
export const oneOf =
  <T extends string>(all: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (all as readonly string[]).includes(v);
export const isNames = (v: unknown): v is string | string[] => typeof v === 'string' || (Array.isArray(v) && v.every(isString));

/** Unwraps the first argument of a command; VS Code passes a Uri or nothing from menus, which mean "no arguments". */
function objectArg(x: unknown): Parsed<Record<string, unknown>> {
  if (x === undefined || x === null) return { ok: true, value: {} };
  if (isObj(x) && !('scheme' in x && 'path' in x)) return { ok: true, value: x };
  if (isObj(x)) return { ok: true, value: {} };
  return { ok: false, error: 'the argument must be an object' };
}

export type Spec = Record<string, [(v: unknown) => boolean, string]>;
export function parseWith<T>(x: unknown, spec: Spec): Parsed<T> {
  const o = objectArg(x);
  if (!o.ok) return o;
  const out: Record<string, unknown> = {};
  for (const [key, [check, expected]] of Object.entries(spec)) {
    const r = field(o.value, key, check as (v: unknown) => v is unknown, expected);
    if (!r.ok) return r;
    if (r.value !== undefined) out[key] = r.value;
  }
  const unknown = Object.keys(o.value).filter((k) => !(k in spec));
  if (unknown.length) return { ok: false, error: `unknown argument ${unknown.map((k) => `"${k}"`).join(', ')}` };
  return { ok: true, value: out as T };
}

export interface StartMeetingArgs {
  title?: string;
  participants?: string | string[];
  /** Absent: the rota's suggestion, as the palette offers it first. null: nobody in particular. */
  facilitator?: string | null;
}
export const parseStartMeetingArgs = (x: unknown) =>
  parseWith<StartMeetingArgs>(x, {
    title: [isString, 'a string'],
    participants: [isNames, 'a comma-separated string or an array of names'],
    facilitator: [(v: unknown) => v === null || isString(v), 'a participant name or null'],
  });

export interface StartRoundArgs {
  kind?: RoundKind;
  topic?: string;
  participants?: string | string[];
  slotMs?: number;
  totalMs?: number;
  order?: OrderStrategy;
  queue?: QueueOrder;
  box?: RoundBox;
}
export function parseStartRoundArgs(x: unknown): Parsed<StartRoundArgs> {
  const r = parseWith<StartRoundArgs>(x, {
    kind: [oneOf(ROUND_KINDS), `one of ${ROUND_KINDS.join(', ')}`],
    topic: [isString, 'a string'],
    participants: [isNames, 'a comma-separated string or an array of names'],
    slotMs: [isMs, `a number of milliseconds between 1 and ${MAX_SLOT_MS}`],
    totalMs: [isMs, `a number of milliseconds between 1 and ${MAX_SLOT_MS}`],
    order: [oneOf(ORDER_STRATEGIES), `one of ${ORDER_STRATEGIES.join(', ')}`],
    queue: [oneOf(QUEUE_ORDERS), `one of ${QUEUE_ORDERS.join(', ')}`],
    box: [oneOf(ROUND_BOXES), `one of ${ROUND_BOXES.join(', ')}`],
  });
  if (r.ok && r.value.slotMs !== undefined && r.value.totalMs !== undefined) return { ok: false, error: 'give "slotMs" (per person) or "totalMs" (whole round), not both' };
  return r;
}

/** `preset`: the n-th amount of the `roundtable.extendSeconds` setting (the keybinding passes 1). */
export interface ExtendArgs {
  ms?: number;
  preset?: number;
}
const isPreset = (v: unknown): v is number => v === 1 || v === 2 || v === 3;
export function parseExtendArgs(x: unknown): Parsed<ExtendArgs> {
  const r = parseWith<ExtendArgs>(x, { ms: [isMs, `a number of milliseconds between 1 and ${MAX_SLOT_MS}`], preset: [isPreset, '1, 2 or 3 (an amount of the extendSeconds setting)'] });
  if (r.ok && r.value.ms !== undefined && r.value.preset !== undefined) return { ok: false, error: 'give "ms" or "preset", not both' };
  return r;
}

/** Whom a hand, speech mark or removal is about: a name, a pid, or a 1-based position in the roster. */
export interface PersonArgs {
  participant?: string;
  index?: number;
}
export const parsePersonArgs = (x: unknown) =>
  parseWith<PersonArgs>(x, { participant: [isString, 'a participant name or id'], index: [isIndex, `a whole number from 1 to ${MAX_PARTICIPANTS}`] });

/** The meeting's hands-follow-the-floor switch: `on` sets it; without it the command toggles. */
export interface HandsFollowArgs {
  on?: boolean;
}
export const parseHandsFollowArgs = (x: unknown) => parseWith<HandsFollowArgs>(x, { on: [(v: unknown): v is boolean => typeof v === 'boolean', 'true or false'] });

/** Set Agenda: items given (minutes or ms each, an owner by name), or a Markdown file (default .roundtable/agenda.md). */
export interface AgendaArgs {
  items?: { title: string; minutes?: number; boxMs?: number; kind?: string; owner?: string }[];
  file?: string;
}
const isAgendaItems = (v: unknown): v is NonNullable<AgendaArgs['items']> =>
  Array.isArray(v) &&
  v.every(
    (i) =>
      isObj(i) &&
      typeof i.title === 'string' &&
      (i.minutes === undefined || typeof i.minutes === 'number') &&
      (i.boxMs === undefined || typeof i.boxMs === 'number') &&
      (i.minutes === undefined) !== (i.boxMs === undefined) &&
      (i.kind === undefined || typeof i.kind === 'string') &&
      (i.owner === undefined || typeof i.owner === 'string'),
  );
export const parseAgendaArgs = (x: unknown) =>
  parseWith<AgendaArgs>(x, { items: [isAgendaItems, 'a list of { title, minutes or boxMs, kind?, owner? }'], file: [isString, 'a file path'] });

export interface EndAgendaItemArgs {
  carried?: boolean;
}
export interface LinkAgendaDecisionArgs {
  /** The agenda item: its aid or its title (default: the one in play, else asked). */
  item?: string;
  /** The decision item: its did or its title (default: asked). */
  decision?: string;
}
export const parseLinkAgendaDecisionArgs = (x: unknown) => parseWith<LinkAgendaDecisionArgs>(x, { item: [isString, 'an agenda item id or title'], decision: [isString, 'a decision id or title'] });

export const parseEndAgendaItemArgs = (x: unknown) => parseWith<EndAgendaItemArgs>(x, { carried: [(v: unknown): v is boolean => typeof v === 'boolean', 'true or false'] });

export interface AddParticipantArgs {
  name?: string;
}
export const parseAddParticipantArgs = (x: unknown) => parseWith<AddParticipantArgs>(x, { name: [isString, 'a string'] });

export type ExportFormat = 'md' | 'csv' | 'json' | 'agenda-csv';
export interface ExportArgs {
  format?: ExportFormat;
  /** Absolute path or workspace-relative path of the file to write. */
  path?: string;
}
export const parseExportArgs = (x: unknown) =>
  parseWith<ExportArgs>(x, { format: [oneOf(['md', 'csv', 'json', 'agenda-csv'] as const), 'one of md, csv, json, agenda-csv'], path: [isString, 'a file path'] });

export interface OpenRecordArgs {
  path?: string;
}
export const parseOpenRecordArgs = (x: unknown) => parseWith<OpenRecordArgs>(x, { path: [isString, 'a file path'] });

/** "90" (seconds), "1:30" or "2m" → ms; undefined when it is not a positive duration. */
export function parseDurationInput(text: string): number | undefined {
  const s = text.trim().toLowerCase();
  let ms: number | undefined;
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(\d{1,3}):([0-5]\d)$/))) ms = (Number(m[1]) * 60 + Number(m[2])) * 1000;
  else if ((m = s.match(/^(\d+(?:\.\d+)?)\s*(s|sec|m|min)?$/))) ms = Number(m[1]) * (m[2]?.startsWith('m') ? 60000 : 1000);
  return ms !== undefined && ms > 0 && ms <= MAX_SLOT_MS ? Math.round(ms) : undefined;
}
