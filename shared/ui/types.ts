/**
 * The props contract of shared/ui: plain data, close to the metrics of design.md, so a shell
 * (or from-core.ts) fills it from the core without the UI knowing the core's internals.
 * Every `name` is untrusted display text from a call page or a roster file: components render
 * it as a text child only.
 */
import type { ConsentAnswer, DebriefPrompt, RoundKind } from '../core/record/events';
import type { HandGone } from '../core/meeting/meeting-state';

export type Pid = string;

/** One person's live or final talk-time figures (design.md, "Metric definitions"). */
export interface PersonBalance {
  pid: Pid;
  name: string;
  talkMs: number;
  /** talkMs / Σ talkMs, 0..1. */
  share: number;
  /** presenceMs / Σ presenceMs, 0..1. */
  fairShare: number;
  turns: number;
  quiet: boolean;
  dominant: boolean;
  speaking: boolean;
}

/** What the countdown shows. remainingMs is computed by the core from timestamps at render time. */
export interface TimerView {
  /** Negative when the turn has run over. */
  remainingMs: number;
  /** The slot including extensions. */
  totalMs: number;
  paused: boolean;
  /** At or below this many ms left the timer shows its warning state. */
  warnMs: number;
}

export type TurnStatus = 'done' | 'passed' | 'current' | 'next' | 'waiting' | 'skipped';

export interface QueueEntry {
  pid: Pid;
  name: string;
  status: TurnStatus;
}

export interface HandEntry {
  pid: Pid;
  name: string;
  /** How long the hand has been up, at the view's `now`. */
  waitMs?: number;
}

export interface RoundView {
  rid: string;
  kind: RoundKind;
  topic?: string;
  order: QueueEntry[];
  /** Raised hands, first in line first. */
  hands: HandEntry[];
  /** Index into `order` of the current turn, or -1 between turns. */
  currentIndex: number;
  ended: boolean;
}

export type RoundAction = 'next' | 'pass' | 'extend' | 'pause' | 'resume' | 'end';
export const ROUND_ACTIONS: readonly RoundAction[] = ['next', 'pass', 'extend', 'pause', 'resume', 'end'];

/** Which actions are possible now: the shell asks the core, the UI only reflects it. */
export type RoundAbilities = Record<RoundAction, boolean>;

/** Implemented by each shell: VS Code posts a message to the extension, the browser to its worker. */
export interface RoundActions {
  next(): void;
  pass(): void;
  extend(ms: number): void;
  pause(): void;
  resume(): void;
  endRound(): void;
  /** Lower every raised hand (issue 11); absent where the shell does not offer it. */
  lowerAllHands?(): void;
  /** The meeting's switch: a raised hand lowers itself when its owner takes the floor. */
  handsFollow?(on: boolean): void;
  /** Agenda (issue 11): end the item in play and start the next (or the first). */
  agendaNext?(): void;
  /** End the item in play; `carried`: it goes on to a later meeting. */
  agendaEnd?(carried: boolean): void;
  /** Skip the next item. */
  agendaSkip?(): void;
  /** Name decision item `did` as the one that settles agenda item `aid` (agenda.linked). */
  agendaLink?(aid: string, did: string): void;
}

/** Shortcut text per action, e.g. "Ctrl+Alt+N", shown as a hint and set as aria-keyshortcuts. */
export type ShortcutHints = Partial<Record<RoundAction, string>>;

export type { Nudge, NudgeKind } from '../core/talk/nudges';

/** Everything the live view (VS Code sidebar, browser side panel) shows. */
export interface LiveState {
  round: RoundView | null;
  timer: TimerView | null;
  /** Raised hands, first in line first, also outside rounds (default: the round's). */
  hands?: HandEntry[];
  /** The meeting's switch: raised hands lower themselves when their owner takes the floor (default true). */
  handsFollowFloor?: boolean;
  /** The agenda at this moment (absent: the meeting has none). */
  agenda?: import('../core/agenda/agenda-view').AgendaView;
  /** The meeting's decision items, for linking one to an agenda item (present with an agenda). */
  agendaDecisions?: { did: string; title: string }[];
  /** The latest hands that went down, oldest first, and why (for the live region). */
  handsGone?: { pid: Pid; why: HandGone }[];
  /**
   * Whose turn it is (the round's current turn), or null outside a turn. A different fact from
   * `talking`: during Dolores's turn Ada may be the one talking.
   */
  turnName: string | null;
  /** Who is talking now (detected or marked), roster order; empty when nobody is. */
  talking: string[];
  /**
   * Present people with no measured talk yet (roster order), for the one-line strip; empty
   * when talk is not measured (then nobody is known to be unheard).
   */
  notHeard: HandEntry[];
  people: PersonBalance[];
  /** Any speech recorded: talk figures are measured. When false they are zeros because untracked (default true). */
  measured?: boolean;
  can: RoundAbilities;
  /** What the Extend button adds (the first extend preset). */
  extendMs: number;
  /** Further extend presets (a setting), offered as small buttons. */
  extendMoreMs?: number[];
  /** Nudges past the grace period (core/nudges.ts); never a repeat of the "not heard yet" strip. */
  nudges: import('../core/talk/nudges').Nudge[];
  hints?: ShortcutHints;
}

/** A closed speech interval, ms since the meeting started. */
export interface SpeechSpan {
  pid: Pid;
  startMs: number;
  endMs: number;
}

/** One turn of a finished (or running) round: the box against what was measured. */
export interface TurnRow {
  pid: Pid;
  name: string;
  /** The turn's box (slot + extensions); null when untimed or boxed per round. */
  allottedMs: number | null;
  /** Measured speech when talk is tracked, else the turn's elapsed time. */
  usedMs: number;
  passed: boolean;
  /** True when usedMs is measured speech, false when it is only elapsed time. */
  measured: boolean;
  /** Others who spoke during the turn, largest first (measured speech). */
  crossTalk?: { pid: Pid; name: string; ms: number }[];
  /** Time added to the turn's box by extensions. */
  extendedMs?: number;
}

export interface RoundSummary {
  rid: string;
  kind: RoundKind;
  topic?: string;
  turns: TurnRow[];
  /** In the order but never given a turn. */
  skipped?: { pid: Pid; name: string }[];
}

export interface DecisionSummary {
  did: string;
  title: string;
  outcome: string;
  rationale?: string;
  /** Display names of the deciders. */
  deciders: string[];
}

/**
 * One item of the decision trail (issue 6) as the summary shows it: every name already
 * resolved (untrusted display text), free text as typed, nothing the UI has to look up.
 */
export interface TrailItem {
  did: string;
  title: string;
  proposal: string;
  status: 'open' | 'blocked' | 'decided';
  initiator: string | null;
  deciders: string[];
  contributors: string[];
  informed: string[];
  /** Every decider in rights order (null: no answer yet), then anyone else who answered. */
  responses: { pid: Pid; name: string; response: ConsentAnswer | null; reason: string }[];
  objections: { pid: Pid; name: string; reason: string; state: 'open' | 'resolved' | 'withdrawn'; how: string }[];
  outcome: string;
  rationale: string;
  /** Who of the initiator, deciders and contributors spoke while the item was open. */
  heard: {
    /** Speech was recorded: when false, zeros mean "not tracked", not "silent". */
    measured: boolean;
    people: { pid: Pid; name: string; roles: ('initiator' | 'decider' | 'contributor')[]; talkMs: number; turns: number }[];
  };
}

/** Issue 6's part of a summary: the trail, who facilitated when, the debrief answers. */
export interface LeadershipData {
  decisions: TrailItem[];
  /** Hand-overs in order; `fromMs` is since the meeting started (0 for whoever opened it). */
  facilitators: { pid: Pid; name: string; fromMs: number }[];
  /** Answers under each prompt in the order given; `name` null: the group's, noted by the facilitator. */
  debrief: Record<DebriefPrompt, { name: string | null; text: string }[]>;
}

/** How the floor moved (design.md "Floor dynamics"), names resolved. */
export interface FloorData {
  changes: number;
  switchesPerMin: number;
  /** null: the floor never changed hands. */
  medianGapMs: number | null;
  backchannelMs: number;
  people: { pid: Pid; name: string; longestTurnMs: number; backchannels: number; interruptionsMade: number; interruptionsReceived: number }[];
  /** Who interrupted whom: rows interrupted columns; only people in some interruption. */
  interruptions: { people: { pid: Pid; name: string }[]; counts: number[][] };
  /** Who follows whom: the floor passed from `from` to `to`, `count` times. */
  transitions: { from: Pid; to: Pid; count: number }[];
}

/** The balance at one instant of the meeting, for replay: talk and shares as the core computes them at `atMs`. */
export interface BalanceFrame {
  /** ms since the meeting started. */
  atMs: number;
  people: { pid: Pid; talkMs: number; share: number; fairShare: number; turns: number; quiet: boolean; dominant: boolean }[];
}

/** `agenda-csv`: the agenda's own CSV table, offered when the meeting had an agenda. */
export type ExportFormat = 'md' | 'csv' | 'json' | 'agenda-csv';

export interface SummaryData {
  title: string;
  durationMs: number;
  facilitator?: string;
  balance: number;
  /** Any speech recorded; when false, talk figures are zeros because untracked. */
  measured: boolean;
  silenceMs: number;
  overlapMs: number;
  people: PersonBalance[];
  spans: SpeechSpan[];
  rounds: RoundSummary[];
  decisions: DecisionSummary[];
  /** Suggestions for next time (core/summary/coaching.ts), each with the figure it rests on. */
  coaching?: import('../core/summary/coaching').Suggestion[];
  /** Present when the shell folded the record's leadership: then the trail replaces `decisions`. */
  leadership?: LeadershipData;
  floor?: FloorData;
  /** The agenda, planned against actual per item (absent: the meeting had none). */
  agenda?: import('../core/agenda/agenda-view').AgendaView;
  /** Balance at evenly spaced instants, for the replay (first at 0, last at durationMs). */
  frames?: BalanceFrame[];
}

export interface SummaryActions {
  exportAs(format: ExportFormat): void;
}
