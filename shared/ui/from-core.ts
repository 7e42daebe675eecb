/**
 * The one mapping from the core's state and views to the live panel's props, so the VS Code
 * webview host and the browser worker/pages do not each write their own: `toLiveState(state, now)`
 * (the summary view's is summary-data.ts: a module of its own, as what it imports, the summary's
 * and the decisions' code, must not come into the side panel's live part with this one: README,
 * *Bundles*).
 *
 * Remaining time comes from the core's round view at `now` (deadline minus now, paused spans
 * accounted), so the shell just calls this again whenever it wants the digits to move. Which
 * buttons are enabled is the core's answer too: each action is tried with decideControl (decideTurn's for the round's controls), which
 * is pure, and enabled exactly when the core would accept it.
 */
import type { MeetingParts, MeetingState } from '../core/meeting/meeting-state';
import { viewAt } from '../core/meeting/session-view';
import { decideControl, type RoundControl } from '../core/rounds/turn-commands';
import type { RoundView as CoreRoundView } from '../core/rounds/round-view';
import { nudgesAt } from '../core/talk/nudges';
import { floorNudges } from '../core/talk/floor-nudges';
import type { AgendaView } from '../core/agenda/agenda-view';
import type { LiveState, PersonBalance, QueueEntry, RoundAbilities, RoundAction, RoundView, ShortcutHints } from './types';

export interface LiveOptions {
  /** The warning threshold (a setting; 15 s by default in both shells). */
  warnMs?: number;
  /** What the Extend button adds. */
  extendMs?: number;
  /** Further extend presets, offered as small buttons. */
  extendMoreMs?: number[];
  hints?: ShortcutHints;
}

export const DEFAULT_WARN_MS = 15_000;
export const DEFAULT_EXTEND_MS = 30_000;

type PersonFigures = Omit<PersonBalance, 'speaking'> & { speaking?: boolean };

/** A person's figures as the views show them (the live panel's and the summary's). */
export function person(p: PersonFigures): PersonBalance {
  return {
    pid: p.pid,
    name: p.name,
    talkMs: p.talkMs,
    share: p.share,
    fairShare: p.fairShare,
    turns: p.turns,
    quiet: p.quiet,
    dominant: p.dominant,
    speaking: p.speaking ?? false,
  };
}

function roundView(r: CoreRoundView): RoundView {
  const order: QueueEntry[] = r.order.map((o) => ({
    pid: o.pid,
    name: o.name,
    status: o.mark === 'pending' ? (o.pid === r.next ? 'next' : 'waiting') : o.mark,
  }));
  return {
    rid: r.rid,
    kind: r.kind,
    ...(r.topic ? { topic: r.topic } : {}),
    order,
    hands: [],
    currentIndex: order.findIndex((o) => o.status === 'current'),
    ended: r.status === 'ended',
  };
}

const COMMANDS: Record<RoundAction, (extendMs: number) => RoundControl> = {
  next: () => ({ type: 'next' }),
  pass: () => ({ type: 'pass' }),
  extend: (ms) => ({ type: 'extend', ms }),
  pause: () => ({ type: 'pause' }),
  resume: () => ({ type: 'resume' }),
  end: () => ({ type: 'end' }),
};

export function abilities(state: MeetingState, now: number, extendMs = DEFAULT_EXTEND_MS): RoundAbilities {
  const can = {} as RoundAbilities;
  for (const action of Object.keys(COMMANDS) as RoundAction[]) can[action] = decideControl(state, COMMANDS[action](extendMs), now).ok;
  return can;
}

function agendaPart(state: MeetingState, now: number, parts: MeetingParts | null): { agenda?: AgendaView; agendaDecisions?: { did: string; title: string }[] } {
  // Without the fold's parts (the side panel, until they load) the agenda is empty: nothing to show.
  const agenda = parts && parts.agendaAt(state, now);
  return agenda ? { agenda, agendaDecisions: state.trail.items.map((d) => ({ did: d.did, title: d.title })) } : {};
}

/** How many of the latest lowered hands a live state carries: enough for any one change's announcement. */
const HANDS_GONE_KEPT = 64;

/**
 * Everything the live panel shows, at `now`. `parts`: the fold's (core meeting-parts.ts), whose
 * agenda view it shows; null while a fold has none yet.
 */
export function toLiveState(state: MeetingState, now: number, parts: MeetingParts | null, options: LiveOptions = {}): LiveState {
  const warnMs = options.warnMs ?? DEFAULT_WARN_MS;
  const extendMs = options.extendMs ?? DEFAULT_EXTEND_MS;
  const view = viewAt(state, now);
  const metrics = view.metrics;
  const names = new Map(metrics.participants.map((p) => [p.pid, p.name]));
  const raisedAt = new Map(Array.from(state.hands.values(), (h) => [h.pid, h.raisedAt]));
  const hands = view.hands.map((pid) => ({ pid, name: names.get(pid) ?? pid, waitMs: Math.max(0, now - (raisedAt.get(pid) ?? now)) }));
  const round = view.round ? { ...roundView(view.round), hands } : null;
  const r = view.round;
  const timer =
    r && r.remainingMs !== null && r.allottedMs !== null
      ? { remainingMs: r.remainingMs, totalMs: r.allottedMs, paused: r.status === 'paused', warnMs }
      : null;
  const turnName = r?.current ? (names.get(r.current) ?? r.current) : null;
  const talking = metrics.participants.filter((p) => p.speaking).map((p) => p.name);
  const people = metrics.participants.filter((p) => p.counted || p.present).map(person);
  const notHeard = metrics.measured ? metrics.participants.filter((p) => p.present && p.notHeard).map((p) => ({ pid: p.pid, name: p.name })) : [];
  return {
    round,
    hands,
    handsFollowFloor: state.handsFollowFloor,
    ...agendaPart(state, now, parts),
    handsGone: state.loweredHands.slice(-HANDS_GONE_KEPT).map((h) => ({ pid: h.pid, why: h.why })),
    timer,
    turnName,
    talking,
    notHeard,
    people,
    measured: metrics.measured,
    can: abilities(state, now, extendMs),
    extendMs,
    ...(options.extendMoreMs?.length ? { extendMoreMs: options.extendMoreMs } : {}),
    nudges: nudgesAt(metrics, r ? plannedMs(r) : null, metrics.measured ? floorNudges(state, now) : []),
    ...(options.hints ? { hints: options.hints } : {}),
  };
}

/** A round's planned length: its whole box, or a slot per person in the order; null when untimed. */
function plannedMs(r: CoreRoundView): number | null {
  if (r.box === 'round') return r.allottedMs;
  return r.slotMs > 0 ? r.slotMs * r.order.length : null;
}
