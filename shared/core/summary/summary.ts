/**
 * The summary model of one meeting: what every export and summary view shows. Built from the
 * folded state at `now` (T1 once ended). Field names follow design.md's metric definitions.
 */
import type { DecisionRights, Pid, QueueOrder, RoundBox, RoundKind } from '../record/events';
import { formatTurnUsage } from '../text/turn-usage';
import type { CoreText } from '../l10n/core-text';
import { currentFacilitator, type MeetingState } from '../meeting/meeting-state';
import { computeMetrics, type ParticipantMetrics } from '../talk/metrics';
import { floorOf, type FloorParticipant, type FloorSummary } from '../talk/floor';
import { floorAt } from '../talk/floor-view';
import { agendaAt, type AgendaView } from '../agenda/agenda-view';
import { viewRound, type TurnView } from '../rounds/round-view';
import { copyRights } from '../decisions/decision-trail';
import { summarizeLeadership, type LeadershipSummary } from './leadership-summary';

export const SUMMARY_FORMAT = 'roundtable-summary';
export const SUMMARY_VERSION = 1;

/** A participant's metrics and floor dynamics as design.md defines them (live-only flags dropped). */
export type SummaryParticipant = Omit<ParticipantMetrics, 'present' | 'counted' | 'speaking'> & FloorParticipant;

/** One turn: allotted versus measured, plus the wording a summary shows. */
export type SummaryTurn = TurnView & {
  /**
   * "used 40 s of 1 min 30 s", "passed", "overran by 12 s": the one field of the summary that is
   * words for people, in English unless reworded (`inLanguage`); the figures beside it are data.
   */
  usage: string;
};

export interface SummaryRound {
  rid: string;
  kind: RoundKind;
  topic: string;
  strategy: string;
  /** Discussion rounds: how raised hands were taken. */
  queue: QueueOrder;
  box: RoundBox;
  slotMs: number;
  startedAt: number;
  endedAt: number | null;
  /** The whole-round box (slot + extensions) when boxed per round. */
  allottedMs: number | null;
  turns: SummaryTurn[];
  /** In the order but never given a turn. */
  skipped: Pid[];
}

export interface SummaryDecision {
  did: string;
  t: number;
  title: string;
  outcome: string;
  rationale: string;
  rights: DecisionRights;
  objections: { pid: Pid; reason: string; resolved: boolean }[];
  /** Consent answers given on the item (0: decided without asking anyone, coaching's no-consent rule). */
  consentAnswers: number;
}

export interface Summary {
  format: typeof SUMMARY_FORMAT;
  version: typeof SUMMARY_VERSION;
  meeting: {
    id: string;
    title: string;
    platform: string;
    facilitator: { pid: Pid; name: string } | null;
    startedAt: number | null;
    endedAt: number | null;
    durationMs: number;
  };
  /** Speech was recorded: talk figures are measured. When false they are zeros because untracked. */
  measured: boolean;
  minGapMs: number;
  /** Turns shorter than this inside someone else's are backchannels. */
  backchannelMs: number;
  windowMs: number;
  speakingMs: number;
  silenceMs: number;
  overlapMs: number;
  gini: number;
  balance: number;
  participants: SummaryParticipant[];
  /** How the floor moved (design.md "Floor dynamics"). */
  floor: FloorSummary;
  quiet: Pid[];
  dominant: Pid[];
  notHeard: Pid[];
  rounds: SummaryRound[];
  decisions: SummaryDecision[];
  /** Events that did not fit the state they met and were ignored by the fold. */
  ignoredEvents: number;
  /** The agenda, planned against actual per item (present only when the meeting had one). */
  agenda?: AgendaView;
  /** Decision trail, debrief and facilitators (issue 6), when asked for (`{ leadership: true }`). */
  leadership?: LeadershipSummary;
  /** What reading the record file left out (report.ts sets it, only when something was). */
  record?: RecordNotes;
}

/** Lines of a record file that a report did not fold, so the report can say so. */
export interface RecordNotes {
  /** Events of a newer record version, counted and skipped. */
  newerEventsSkipped: number;
  /** The last line, cut off (a crash, a full disk), left out; null if the file ended cleanly. */
  tornLine: number | null;
}

export interface SummarizeOptions {
  /** Adds the decision trail, debrief and facilitators (the Markdown then shows the trail). */
  leadership?: boolean;
}

export function summarize(s: MeetingState, now: number, options: SummarizeOptions = {}): Summary {
  const facilitator = currentFacilitator(s);
  const m = computeMetrics(s, now);
  const f = floorAt(s, now);
  const agenda = agendaAt(s, now);
  const nameOf = (pid: Pid) => s.participants.get(pid)?.name ?? pid;
  const rounds = s.rounds.map((r): SummaryRound => {
    const v = viewRound(s, r, now);
    return {
      rid: v.rid,
      kind: v.kind,
      topic: v.topic,
      strategy: v.strategy,
      queue: v.queue,
      box: v.box,
      slotMs: v.slotMs,
      startedAt: v.startedAt,
      endedAt: v.endedAt,
      allottedMs: r.box === 'round' && r.slotMs > 0 ? r.slotMs + r.extendedMs : null,
      turns: v.turns.map((t) => ({ ...t, usage: formatTurnUsage(t) })),
      skipped: v.order.filter((o) => o.mark === 'skipped').map((o) => o.pid),
    };
  });
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    meeting: {
      id: s.id,
      title: s.title,
      platform: s.platform,
      facilitator: facilitator === null ? null : { pid: facilitator, name: nameOf(facilitator) },
      startedAt: s.windowStart,
      endedAt: s.windowEnd,
      durationMs: m.windowMs,
    },
    measured: m.measured,
    minGapMs: m.minGapMs,
    backchannelMs: s.ledger.floor.backchannelMs,
    windowMs: m.windowMs,
    speakingMs: m.speakingMs,
    silenceMs: m.silenceMs,
    overlapMs: m.overlapMs,
    gini: m.gini,
    balance: m.balance,
    participants: m.participants
      .filter((p) => p.counted)
      .map(({ present: _present, counted: _counted, speaking: _speaking, ...p }) => ({ ...p, ...floorOf(f, p.pid) })),
    floor: f.floor,
    quiet: m.quiet,
    dominant: m.dominant,
    notHeard: m.notHeard,
    rounds,
    // The decided items of the trail, in the order they were decided (as decision.recorded came).
    decisions: s.trail.items
      .filter((d) => d.decided)
      .sort((x, y) => (x.decidedAt ?? 0) - (y.decidedAt ?? 0))
      .map((d) => ({
        did: d.did,
        t: d.decidedAt ?? d.proposedAt,
        title: d.title,
        outcome: d.outcome,
        rationale: d.rationale,
        rights: copyRights(d.rights),
        objections: d.objections.map((o) => ({ pid: o.pid, reason: o.reason, resolved: o.state !== 'open' })),
        consentAnswers: d.responses.size,
      })),
    ignoredEvents: s.ignored,
    ...(agenda ? { agenda } : {}),
    ...(options.leadership ? { leadership: summarizeLeadership(s, now) } : {}),
  };
}

/**
 * The summary with its words for people (each turn's `usage`) in `text`'s language; every other
 * field is language-neutral data (ids such as `go-around` or `carried`, numbers, names as given),
 * so a JSON export reads the same to a program whatever its language. English is the summary itself.
 */
export function inLanguage(s: Summary, text: CoreText): Summary {
  if (text.lang === 'en') return s;
  return { ...s, rounds: s.rounds.map((r) => ({ ...r, turns: r.turns.map((t) => ({ ...t, usage: formatTurnUsage(t, undefined, text) })) })) };
}
