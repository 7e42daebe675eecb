/**
 * Field-level validation of one v1 event, as read from an untrusted record or built by a shell.
 *
 * Guarantee: an object that passes `checkEvent` has every field its type declares, with the
 * declared JSON type, so the fold never meets `undefined` where it expects a pid or a number.
 * Extra fields are allowed (a newer writer may add some). The check is a hand-written switch,
 * not a schema interpreter: it runs once per line of a million-line record.
 */
import { AGENDA_KINDS, CONSENT_ANSWERS, DEBRIEF_PROMPTS, EVENT_TYPES, HAND_LOWER_REASONS, QUEUE_ORDERS, RECORD_VERSION, ROUND_BOXES, ROUND_KINDS, type EventType } from './events';
import type { KeyedProblem } from '../l10n/keyed-problem';

/**
 * What a problem says, in English with its arguments as `{0}` …: `message` for the CLI and logs.
 * The key is language-neutral: a reader's shell words it with describeProblem
 * (l10n/keyed-problem.ts) and the core catalogue, which this first-loaded check does not load.
 */
const ENGLISH = {
  empty: 'must not be empty',
  missing: 'is missing',
  string: 'must be a string',
  number: 'must be a finite number',
  positive: 'must be greater than 0',
  atLeast: 'must be at least {0}',
  atMost: 'must be at most {0}',
  pids: 'must be an array of pids',
  nonEmpty: 'must be a non-empty string',
  repeatsPid: 'repeats pid {0}',
  repeatsAid: 'repeats aid {0}',
  oneOf: 'must be one of {0}',
  object: 'must be an object',
  pidOrNull: 'must be a pid or null',
  array: 'must be an array',
  boolean: 'must be a boolean',
  version: 'must be a positive integer version',
  epoch: 'must be a finite number of epoch milliseconds',
  epochRange: 'is out of range for epoch milliseconds',
  unknownType: 'unknown event type {0} for version {1}',
  notObject: 'is not a JSON object',
  notJson: 'is not valid JSON ({0})',
} as const;

/** The catalogue key of each problem: `recordProblem.missing` is "field {0} is missing". */
export type FieldProblemKey = `recordProblem.${keyof typeof ENGLISH}`;

/** What is wrong with an event: a keyed problem (the field as a dotted path) and the English sentence. */
export interface FieldProblem extends KeyedProblem<FieldProblemKey> {
  message: string;
}

export function fieldProblem(field: string, key: keyof typeof ENGLISH, ...args: (string | number)[]): FieldProblem {
  const message = ENGLISH[key].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)]));
  const k: FieldProblemKey = `recordProblem.${key}`;
  return args.length ? { field, key: k, args, message } : { field, key: k, message };
}

/** Latest plausible epoch ms (year 275760); anything beyond is not a time. */
const MAX_T = 8.64e15;

const KNOWN = new Set<string>(EVENT_TYPES);

export function isKnownType(type: string): type is EventType {
  return KNOWN.has(type);
}

type Obj = Record<string, unknown>;

/** Display text may be empty; identifiers (pid, rid, id, did, ...) may not. */
const MAY_BE_EMPTY = new Set(['name', 'title', 'topic', 'outcome', 'rationale', 'platform', 'strategy', 'proposal', 'area', 'reason', 'how', 'text']);

function str(o: Obj, field: string, optional = false): FieldProblem | null {
  const v = o[field];
  if (typeof v === 'string') return v.length > 0 || MAY_BE_EMPTY.has(field) ? null : fieldProblem(field, 'empty');
  if (optional && v === undefined) return null;
  return fieldProblem(field, v === undefined ? 'missing' : 'string');
}

function num(o: Obj, field: string, min: number, positive = false): FieldProblem | null {
  const v = o[field];
  if (typeof v !== 'number' || !Number.isFinite(v)) return fieldProblem(field, v === undefined ? 'missing' : 'number');
  if (v < min || (positive && v === 0)) return (positive ? fieldProblem(field, 'positive') : fieldProblem(field, 'atLeast', min));
  return null;
}

function pids(v: unknown, field: string): FieldProblem | null {
  if (!Array.isArray(v)) return fieldProblem(field, v === undefined ? 'missing' : 'pids');
  // A pid listed twice makes "whose turn is next" ambiguous. A Set keeps the check linear: a
  // hostile record may hold a list of 200,000 ids in one line.
  const seen = new Set<string>();
  for (let i = 0; i < v.length; i++) {
    const pid: unknown = v[i];
    if (typeof pid !== 'string' || pid === '') return fieldProblem(`${field}[${i}]`, 'nonEmpty');
    if (seen.has(pid)) return fieldProblem(`${field}[${i}]`, 'repeatsPid', JSON.stringify(pid.slice(0, 40)));
    seen.add(pid);
  }
  return null;
}

function oneOf(o: Obj, field: string, allowed: readonly string[], optional: boolean): FieldProblem | null {
  const v = o[field];
  if (optional && v === undefined) return null;
  if (typeof v === 'string' && allowed.includes(v)) return null;
  return (v === undefined ? fieldProblem(field, 'missing') : fieldProblem(field, 'oneOf', allowed.join(', ')));
}

function rights(v: unknown): FieldProblem | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fieldProblem('rights', v === undefined ? 'missing' : 'object');
  const r = v as Obj;
  if (r.initiator !== null && (typeof r.initiator !== 'string' || r.initiator === '')) return fieldProblem('rights.initiator', 'pidOrNull');
  return pids(r.deciders, 'rights.deciders') ?? pids(r.contributors, 'rights.contributors') ?? pids(r.informed, 'rights.informed');
}

function objections(v: unknown): FieldProblem | null {
  if (v === undefined) return null;
  if (!Array.isArray(v)) return fieldProblem('objections', 'array');
  for (let i = 0; i < v.length; i++) {
    const o = v[i] as Obj;
    if (typeof o !== 'object' || o === null) return fieldProblem(`objections[${i}]`, 'object');
    if (typeof o.pid !== 'string' || o.pid === '') return fieldProblem(`objections[${i}].pid`, 'nonEmpty');
    if (typeof o.reason !== 'string') return fieldProblem(`objections[${i}].reason`, 'string');
    if (o.resolved !== undefined && typeof o.resolved !== 'boolean') return fieldProblem(`objections[${i}].resolved`, 'boolean');
  }
  return null;
}

/** Longest agenda time box a record may hold: a day (the commands refuse far less). */
const MAX_AGENDA_BOX_MS = 86_400_000;

function agendaItems(v: unknown): FieldProblem | null {
  if (!Array.isArray(v)) return fieldProblem('items', v === undefined ? 'missing' : 'array');
  const seen = new Set<string>();
  for (let i = 0; i < v.length; i++) {
    const o = v[i] as Obj;
    const at = `items[${i}]`;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) return fieldProblem(at, 'object');
    const p = str(o, 'aid') ?? str(o, 'title') ?? num(o, 'boxMs', 0, true) ?? oneOf(o, 'kind', AGENDA_KINDS, false) ?? str(o, 'owner', true) ?? str(o, 'did', true);
    if (p) return { ...p, field: `${at}.${p.field}` };
    if ((o.boxMs as number) > MAX_AGENDA_BOX_MS) return fieldProblem(`${at}.boxMs`, 'atMost', MAX_AGENDA_BOX_MS);
    if (seen.has(o.aid as string)) return fieldProblem(`${at}.aid`, 'repeatsAid', JSON.stringify((o.aid as string).slice(0, 40)));
    seen.add(o.aid as string);
  }
  return null;
}

/** Checks the fields of a known event type (the envelope aside). */
export function checkBody(type: EventType, o: Obj): FieldProblem | null {
  switch (type) {
    case 'speech.started':
    case 'speech.ended':
    case 'participant.left':
    case 'hand.raised':
      return str(o, 'pid');
    case 'hand.lowered':
      return str(o, 'pid') ?? oneOf(o, 'reason', HAND_LOWER_REASONS, true);
    case 'agenda.set':
      return agendaItems(o.items);
    case 'agenda.started':
    case 'agenda.skipped':
      return str(o, 'aid');
    case 'agenda.linked':
      return str(o, 'aid') ?? str(o, 'did');
    case 'agenda.ended':
      return str(o, 'aid') ?? (o.carried === undefined || typeof o.carried === 'boolean' ? null : fieldProblem('carried', 'boolean'));
    case 'hands.follow':
      return typeof o.on === 'boolean' ? null : fieldProblem('on', o.on === undefined ? 'missing' : 'boolean');
    case 'participant.joined':
      return str(o, 'pid') ?? str(o, 'name') ?? (o.self === undefined || typeof o.self === 'boolean' ? null : fieldProblem('self', 'boolean'));
    case 'participant.renamed':
      return str(o, 'pid') ?? str(o, 'name');
    case 'round.turn':
      return str(o, 'rid') ?? str(o, 'pid');
    case 'round.passed':
    case 'round.paused':
    case 'round.resumed':
    case 'round.ended':
      return str(o, 'rid');
    case 'round.extended':
      return str(o, 'rid') ?? num(o, 'ms', 0, true);
    case 'round.started':
      return (
        str(o, 'rid') ??
        oneOf(o, 'kind', ROUND_KINDS, false) ??
        str(o, 'topic', true) ??
        pids(o.order, 'order') ??
        num(o, 'slotMs', 0) ??
        oneOf(o, 'box', ROUND_BOXES, true) ??
        oneOf(o, 'queue', QUEUE_ORDERS, true) ??
        str(o, 'strategy', true) ??
        str(o, 'did', true)
      );
    case 'meeting.started':
      return str(o, 'id') ?? str(o, 'title') ?? str(o, 'platform', true) ?? str(o, 'facilitator', true);
    case 'decision.recorded':
      return str(o, 'did') ?? str(o, 'title') ?? str(o, 'outcome') ?? str(o, 'rationale', true) ?? rights(o.rights) ?? objections(o.objections);
    case 'meeting.ended':
      return null;
    case 'decision.proposed':
      return str(o, 'did') ?? str(o, 'title') ?? str(o, 'proposal', true) ?? str(o, 'area', true) ?? rights(o.rights);
    case 'consent.response':
      return str(o, 'did') ?? str(o, 'pid') ?? oneOf(o, 'response', CONSENT_ANSWERS, false) ?? str(o, 'reason', true) ?? str(o, 'rid', true);
    case 'objection.resolved':
    case 'objection.withdrawn':
      return str(o, 'did') ?? str(o, 'pid') ?? str(o, 'how', true);
    case 'debrief.answered':
      return oneOf(o, 'prompt', DEBRIEF_PROMPTS, false) ?? str(o, 'pid', true) ?? str(o, 'text');
    case 'facilitator.changed':
      return str(o, 'pid');
  }
}

export type EnvelopeCheck = { kind: 'known'; type: EventType } | { kind: 'newer'; type: string } | { kind: 'bad'; problem: FieldProblem };

/**
 * Checks `v`, `t` and `type`. An unknown type is acceptable only from a newer version
 * (`kind: 'newer'`, to be kept and skipped); from v1 it is an error, since a v1 writer
 * cannot have meant it.
 */
export function checkEnvelope(o: Obj): EnvelopeCheck {
  const v = o.v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { kind: 'bad', problem: fieldProblem('v', v === undefined ? 'missing' : 'version') };
  const t = o.t;
  if (typeof t !== 'number' || !Number.isFinite(t)) return { kind: 'bad', problem: fieldProblem('t', t === undefined ? 'missing' : 'epoch') };
  if (t < 0 || t > MAX_T) return { kind: 'bad', problem: fieldProblem('t', 'epochRange') };
  const type = o.type;
  if (typeof type !== 'string') return { kind: 'bad', problem: fieldProblem('type', type === undefined ? 'missing' : 'string') };
  if (KNOWN.has(type)) return { kind: 'known', type: type as EventType };
  if (v > RECORD_VERSION) return { kind: 'newer', type };
  return { kind: 'bad', problem: fieldProblem('type', 'unknownType', JSON.stringify(type.slice(0, 40)), v) };
}
