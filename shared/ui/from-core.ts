/**
 * The one mapping from the core's state and views to shared/ui's props, so the VS Code webview
 * host and the browser worker/pages do not each write their own: `toLiveState(state, now)` for
 * the live panel and `toSummaryData(summary, events)` for the summary view.
 *
 * Remaining time comes from the core's round view at `now` (deadline minus now, paused spans
 * accounted), so the shell just calls this again whenever it wants the digits to move. Which
 * buttons are enabled is the core's answer too: each action is tried with decideTurn, which
 * is pure, and enabled exactly when the core would accept it.
 */
import type { MeetingEvent } from '../core/record/events';
import type { MeetingState } from '../core/meeting/meeting-state';
import { viewAt } from '../core/meeting/session-view';
import { decideTurn, type TurnCommand } from '../core/rounds/turn-commands';
import type { Summary } from '../core/summary/summary';
import type { RoundView as CoreRoundView } from '../core/rounds/round-view';
import type { LeadershipSummary } from '../core/summary/leadership-summary';
import { answersByPrompt } from '../core/debrief/debrief-answers';
import { nudgesAt } from '../core/talk/nudges';
import { coachingSuggestions } from '../core/summary/coaching';
import { speechSpans } from './speech-spans';
import { floorNudges } from '../core/talk/floor-nudges';
import { agendaAt, type AgendaView } from '../core/agenda/agenda-view';
import { balanceFrames } from './balance-frames';
import { interruptionMatrix } from '../core/summary/floor-tables';
import type { BalanceFrame, FloorData, LeadershipData, LiveState, PersonBalance, QueueEntry, RoundAbilities, RoundAction, RoundView, ShortcutHints, SummaryData } from './types';

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

function person(p: PersonFigures): PersonBalance {
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

const COMMANDS: Record<RoundAction, (extendMs: number) => TurnCommand> = {
  next: () => ({ type: 'next' }),
  pass: () => ({ type: 'pass' }),
  extend: (ms) => ({ type: 'extend', ms }),
  pause: () => ({ type: 'pause' }),
  resume: () => ({ type: 'resume' }),
  end: () => ({ type: 'end' }),
};

export function abilities(state: MeetingState, now: number, extendMs = DEFAULT_EXTEND_MS): RoundAbilities {
  const can = {} as RoundAbilities;
  for (const action of Object.keys(COMMANDS) as RoundAction[]) can[action] = decideTurn(state, COMMANDS[action](extendMs), now).ok;
  return can;
}

function agendaPart(state: MeetingState, now: number): { agenda?: AgendaView; agendaDecisions?: { did: string; title: string }[] } {
  const agenda = agendaAt(state, now);
  return agenda ? { agenda, agendaDecisions: state.trail.items.map((d) => ({ did: d.did, title: d.title })) } : {};
}

/** How many of the latest lowered hands a live state carries: enough for any one change's announcement. */
const HANDS_GONE_KEPT = 64;

/** Everything the live panel shows, at `now`. */
export function toLiveState(state: MeetingState, now: number, options: LiveOptions = {}): LiveState {
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
    ...agendaPart(state, now),
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

/**
 * The summary view's data from the core's summary model and the meeting's events (for the
 * timeline, which the summary model does not carry). A summary made with the leadership fold
 * (`summarize(state, now, leadership)`) also gives the decision trail, hand-overs and debrief.
 */
export function toSummaryData(summary: Summary, events: readonly MeetingEvent[]): SummaryData {
  const names = new Map(summary.participants.map((p) => [p.pid, p.name]));
  const start = summary.meeting.startedAt ?? 0;
  return {
    title: summary.meeting.title,
    durationMs: summary.meeting.durationMs,
    ...(summary.meeting.facilitator ? { facilitator: summary.meeting.facilitator.name } : {}),
    balance: summary.balance,
    measured: summary.measured,
    coaching: coachingSuggestions(summary),
    silenceMs: summary.silenceMs,
    overlapMs: summary.overlapMs,
    people: summary.participants.map(person),
    spans: speechSpans(events, start, start + summary.meeting.durationMs),
    rounds: summary.rounds.map((r) => ({
      rid: r.rid,
      kind: r.kind,
      ...(r.topic ? { topic: r.topic } : {}),
      turns: r.turns.map((x) => ({
        pid: x.pid,
        name: x.name,
        allottedMs: x.allottedMs,
        usedMs: x.usedMs,
        passed: x.passed,
        measured: summary.measured,
        crossTalk: summary.measured ? x.crossTalk : [],
        extendedMs: x.extendedMs,
      })),
      // A discussion round's "order" is everyone present, not a queue: nobody there was skipped.
      skipped: r.kind === 'discussion' ? [] : r.skipped.map((pid) => ({ pid, name: names.get(pid) ?? pid })),
    })),
    decisions: summary.decisions.map((d) => ({
      did: d.did,
      title: d.title,
      outcome: d.outcome,
      ...(d.rationale ? { rationale: d.rationale } : {}),
      deciders: d.rights.deciders.map((pid) => names.get(pid) ?? pid),
    })),
    ...(summary.leadership ? { leadership: toLeadershipData(summary.leadership, names, start) } : {}),
    ...(summary.measured ? { floor: toFloorData(summary, names) } : {}),
    ...(summary.agenda ? { agenda: summary.agenda } : {}),
    ...(summary.measured ? { frames: balanceFrames(events, start, summary.meeting.durationMs, { minGapMs: summary.minGapMs }) satisfies BalanceFrame[] } : {}),
  };
}

function toFloorData(summary: Summary, names: ReadonlyMap<string, string>): FloorData {
  const name = (pid: string) => names.get(pid) ?? pid;
  const m = interruptionMatrix(summary);
  const f = summary.floor;
  return {
    changes: f.changes,
    switchesPerMin: f.switchesPerMin,
    medianGapMs: f.medianGapMs,
    backchannelMs: summary.backchannelMs,
    people: summary.participants.map((p) => ({ pid: p.pid, name: p.name, longestTurnMs: p.longestTurnMs, backchannels: p.backchannels, interruptionsMade: p.interruptionsMade, interruptionsReceived: p.interruptionsReceived })),
    interruptions: { people: m.pids.map((pid) => ({ pid, name: name(pid) })), counts: m.counts },
    transitions: f.transitions.map((x) => ({ ...x })),
  };
}

function toLeadershipData(l: LeadershipSummary, names: ReadonlyMap<string, string>, start: number): LeadershipData {
  const name = (pid: string) => names.get(pid) ?? pid;
  const byPrompt = answersByPrompt(l.debrief);
  const answers = (prompt: keyof typeof byPrompt) => byPrompt[prompt].map((a) => ({ name: a.pid === null ? null : name(a.pid), text: a.text }));
  return {
    decisions: l.decisions.map((d) => ({
      did: d.did,
      title: d.title,
      proposal: d.proposal,
      status: d.status,
      initiator: d.rights.initiator === null ? null : name(d.rights.initiator),
      deciders: d.rights.deciders.map(name),
      contributors: d.rights.contributors.map(name),
      informed: d.rights.informed.map(name),
      responses: d.responses.map((r) => ({ pid: r.pid, name: r.name, response: r.response, reason: r.reason })),
      objections: d.objections.map((o) => ({ pid: o.pid, name: o.name, reason: o.reason, state: o.state, how: o.how })),
      outcome: d.outcome,
      rationale: d.rationale,
      heard: {
        measured: d.participation.measured,
        people: d.participation.people.map((p) => ({ pid: p.pid, name: p.name, roles: p.roles.slice(), talkMs: p.talkMs, turns: p.turns })),
      },
    })),
    // A hand-over before meeting.started (none in a well-formed record) still reads as the start.
    facilitators: l.facilitators.map((f) => ({ pid: f.pid, name: f.name, fromMs: Math.max(0, f.from - start) })),
    debrief: { worked: answers('worked'), 'did-not': answers('did-not'), change: answers('change') },
  };
}
