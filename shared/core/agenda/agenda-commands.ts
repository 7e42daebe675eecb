/**
 * The agenda's commands (issue 11 item 5): pure functions from (state, command) to the events to
 * append, or a typed refusal, like the round machine's (rounds/round-commands.ts).
 *
 *   command        allowed when                                    emits
 *   set items      meeting open, every item valid                  agenda.set (aids a1, a2, … unless given)
 *   start aid?     an item that is not in play (default: next)     agenda.started
 *   next           an agenda; ends the item in play, starts next   agenda.ended? + agenda.started | agenda.ended
 *   end carried?   an item in play                                 agenda.ended
 *   skip aid?      a pending item (default: next)                  agenda.skipped
 *   link did aid?  a decision item of this meeting; an item          agenda.linked
 *                  (default: the one in play)
 *
 * Bad input gets a clear refusal: a time box of 0, negative, not a number or longer than
 * MAX_AGENDA_BOX_MS (8 h); an empty title; an unknown kind or owner; two items with one aid.
 */
import { AGENDA_KINDS, type AgendaItemPlan, type AgendaKind, type EventBody, type Pid } from '../record/events';
import type { MeetingState } from '../meeting/meeting-state';
import { nextPending } from './agenda-view';

/** Longest time box an agenda item may have: a work day. More is a typo, not a plan. */
export const MAX_AGENDA_BOX_MS = 8 * 3_600_000;
/** Most items one agenda may hold. */
export const MAX_AGENDA_ITEMS = 200;
export const MAX_TITLE_LENGTH = 200;

/** An item as a person gives it: the aid is optional (allocated), the owner is a pid. */
export interface AgendaItemInput {
  aid?: string;
  title: string;
  boxMs: number;
  kind?: AgendaKind;
  owner?: Pid;
  did?: string;
}

export type AgendaCommand =
  | { type: 'set'; items: AgendaItemInput[] }
  | { type: 'start'; aid?: string }
  | { type: 'next' }
  | { type: 'end'; carried?: boolean }
  | { type: 'skip'; aid?: string }
  | { type: 'link'; did: string; aid?: string };

/** Every command type, defined once. */
export const AGENDA_COMMANDS: readonly AgendaCommand['type'][] = ['set', 'start', 'next', 'end', 'skip', 'link'];

export type AgendaErrorCode = 'invalid-agenda' | 'no-agenda' | 'unknown-agenda-item' | 'agenda-item-in-play' | 'no-item-in-play' | 'agenda-finished' | 'agenda-item-not-pending';

/** Also refused, with codes of other commands: `unknown-item` (a `link` to a decision this meeting does not have), `already-set` (linked already). */
type Refusal = AgendaErrorCode | 'meeting-ended' | 'not-started' | 'invalid-command' | 'unknown-item' | 'already-set';
export type AgendaResult = { ok: true; events: EventBody[] } | { ok: false; error: { code: Refusal; message: string } };

const fail = (code: Refusal, message: string): AgendaResult => ({ ok: false, error: { code, message } });
const emit = (...events: EventBody[]): AgendaResult => ({ ok: true, events });

/** Checks a list of items as given; returns the plan (aids allocated) or what is wrong with which item (1-based). */
export function checkAgendaItems(s: MeetingState, items: unknown): { ok: true; plan: AgendaItemPlan[] } | { ok: false; message: string } {
  if (!Array.isArray(items)) return { ok: false, message: 'items must be a list' };
  if (items.length === 0) return { ok: false, message: 'an agenda needs at least one item' };
  if (items.length > MAX_AGENDA_ITEMS) return { ok: false, message: `an agenda holds at most ${MAX_AGENDA_ITEMS} items` };
  const plan: AgendaItemPlan[] = [];
  const taken = new Set<string>();
  for (const i of items) if (typeof (i as AgendaItemInput | null)?.aid === 'string') taken.add((i as AgendaItemInput).aid!);
  let n = 1;
  for (const [k, raw] of items.entries()) {
    const item = raw as AgendaItemInput;
    const which = `item ${k + 1}`;
    if (typeof item !== 'object' || item === null) return { ok: false, message: `${which} must be an object` };
    if (typeof item.title !== 'string' || item.title.trim() === '') return { ok: false, message: `${which} needs a title` };
    if (item.title.length > MAX_TITLE_LENGTH) return { ok: false, message: `${which}: the title is longer than ${MAX_TITLE_LENGTH} characters` };
    if (typeof item.boxMs !== 'number' || !Number.isFinite(item.boxMs) || item.boxMs <= 0) return { ok: false, message: `${which}: the time box must be more than 0` };
    if (item.boxMs > MAX_AGENDA_BOX_MS) return { ok: false, message: `${which}: a time box of more than 8 hours is not a plan` };
    const kind = item.kind ?? 'discussion';
    if (!AGENDA_KINDS.includes(kind)) return { ok: false, message: `${which}: the kind must be one of ${AGENDA_KINDS.join(', ')}` };
    if (item.owner !== undefined && (typeof item.owner !== 'string' || !s.participants.has(item.owner))) return { ok: false, message: `${which}: the owner is not in the meeting` };
    if (item.did !== undefined && (typeof item.did !== 'string' || item.did === '')) return { ok: false, message: `${which}: did must be a decision id` };
    let aid = item.aid;
    if (aid !== undefined) {
      if (typeof aid !== 'string' || aid === '') return { ok: false, message: `${which}: aid must be a non-empty id` };
      if (plan.some((p) => p.aid === aid)) return { ok: false, message: `${which}: aid ${JSON.stringify(aid)} is used twice` };
    } else {
      while (taken.has(`a${n}`) || s.agenda.byId.has(`a${n}`)) n++;
      aid = `a${n}`;
      taken.add(aid);
    }
    plan.push({ aid, title: item.title.trim(), boxMs: Math.round(item.boxMs), kind, ...(item.owner !== undefined ? { owner: item.owner } : {}), ...(item.did !== undefined ? { did: item.did } : {}) });
  }
  return { ok: true, plan };
}

export function decideAgenda(s: MeetingState, c: AgendaCommand): AgendaResult {
  if (typeof c !== 'object' || c === null) return fail('invalid-command', 'an agenda command must be an object');
  if (!s.started) return fail('not-started', 'no meeting has started');
  if (s.windowEnd !== null) return fail('meeting-ended', 'the meeting has ended');
  const a = s.agenda;
  switch (c.type) {
    case 'set': {
      const checked = checkAgendaItems(s, c.items);
      if (!checked.ok) return fail('invalid-agenda', checked.message);
      return emit({ type: 'agenda.set', items: checked.plan });
    }
    case 'start': {
      if (a.items.length === 0) return fail('no-agenda', 'there is no agenda');
      const item = c.aid !== undefined ? a.byId.get(c.aid) : nextPending(a);
      if (!item) return c.aid !== undefined ? fail('unknown-agenda-item', `no agenda item ${JSON.stringify(c.aid)}`) : fail('agenda-finished', 'every item has been taken');
      if (item === a.active) return fail('agenda-item-in-play', 'that item is already in play');
      return emit({ type: 'agenda.started', aid: item.aid });
    }
    case 'next': {
      if (a.items.length === 0) return fail('no-agenda', 'there is no agenda');
      const next = nextPending(a);
      const end: EventBody[] = a.active ? [{ type: 'agenda.ended', aid: a.active.aid }] : [];
      if (next) return emit(...end, { type: 'agenda.started', aid: next.aid });
      return end.length ? emit(...end) : fail('agenda-finished', 'every item has been taken');
    }
    case 'end':
      if (!a.active) return fail('no-item-in-play', 'no agenda item is in play');
      if (c.carried !== undefined && typeof c.carried !== 'boolean') return fail('invalid-command', 'carried must be true or false');
      return emit({ type: 'agenda.ended', aid: a.active.aid, ...(c.carried ? { carried: true } : {}) });
    case 'skip': {
      if (a.items.length === 0) return fail('no-agenda', 'there is no agenda');
      const item = c.aid !== undefined ? a.byId.get(c.aid) : nextPending(a);
      if (!item) return c.aid !== undefined ? fail('unknown-agenda-item', `no agenda item ${JSON.stringify(c.aid)}`) : fail('agenda-finished', 'every item has been taken');
      if (item.status !== 'pending') return fail('agenda-item-not-pending', 'only an item not yet taken can be skipped');
      return emit({ type: 'agenda.skipped', aid: item.aid });
    }
    case 'link': {
      if (a.items.length === 0) return fail('no-agenda', 'there is no agenda');
      if (typeof c.did !== 'string' || c.did === '') return fail('invalid-command', 'did must be a decision id');
      if (c.aid !== undefined && typeof c.aid !== 'string') return fail('invalid-command', 'aid must be an agenda item id');
      const item = c.aid !== undefined ? a.byId.get(c.aid) : a.active;
      if (!item) return c.aid !== undefined ? fail('unknown-agenda-item', `no agenda item ${JSON.stringify(c.aid)}`) : fail('no-item-in-play', 'no agenda item is in play; name one');
      if (!s.trail.byId.has(c.did)) return fail('unknown-item', `no decision ${JSON.stringify(c.did)} in this meeting`);
      if (item.did === c.did) return fail('already-set', 'that decision already settles that item');
      return emit({ type: 'agenda.linked', aid: item.aid, did: c.did });
    }
    default:
      return fail('invalid-command', `unknown agenda command ${JSON.stringify((c as { type?: unknown }).type ?? null)}`);
  }
}
