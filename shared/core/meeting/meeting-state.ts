/**
 * The fold: MeetingState = events.reduce(applyEvent, createMeetingState()) (applyEvent: foldEvent with
 * every part, meeting-parts.ts).
 *
 * Guarantees:
 * - Deterministic: the same events give the same state.
 * - Incremental: `applyEvent` costs O(1) amortized (a Map lookup and a few additions; a hand
 *   lowered is O(queue)); a live meeting never refolds its history, and folding a prefix then
 *   the rest equals folding everything at once.
 * - Total: any validated event sequence folds without throwing. Time never runs backwards:
 *   an event older than the last one is applied at the last one's time, so no duration is
 *   negative. Events that do not fit (a turn for an unknown round, a second start) are ignored
 *   and counted in `ignored`.
 * - The reducer owns and mutates its state for speed; callers read it, or take views
 *   (metrics.ts, round-view.ts), which are fresh objects.
 *
 * Window: T0 is meeting.started (or the first event if there is none); T1 is meeting.ended,
 * or `now` while live. After meeting.ended only renames, decisions and debrief answers still apply.
 *
 * One model of each thing: decisions are the trail (decision-trail.ts: proposal, consent,
 * objections, outcome), the facilitator is the list of who facilitated from when (the current
 * one is the last: `currentFacilitator`), the debrief its answers. Each event is folded once,
 * here; the trail reads the state after the event (talk marks), so it runs last.
 * A participant who left and is then heard speaking is back: presence resumes at that start.
 *
 * The agenda, the decision trail and the debrief are the fold's parts (`MeetingParts`): their
 * state is always there (empty until their events come), their code is passed in: `foldEvent` takes
 * the parts to use, or null for none yet; meeting-parts.ts has them (`MEETING_PARTS`) and the fold
 * with all of them (`applyEvent`, `foldEvents`), what every fold but the side panel's uses. Why: a view that must show a meeting fast (the side panel, README *Bundles*)
 * loads the parts' code (about 6 KiB) after its live view, and holds any event of theirs
 * (`partEvent`) until it is there; a meeting that has none never waits. Folding such an event
 * without the parts is the caller's mistake (it throws), so a state never silently lacks one.
 */
import type { HandLowerReason, MeetingEvent, Pid } from '../record/events';
import type { applyDebriefEvent, DebriefAnswer } from '../debrief/debrief-answers';
import type { applyTrailEvent, cloneTrail, DecisionTrail } from '../decisions/decision-trail';
import {
  arrive,
  closeWindow,
  createLedger,
  DEFAULT_MIN_GAP_MS,
  depart,
  endSpeech,
  newEntry,
  openWindow,
  startSpeech,
  talkAt,
  type Ledger,
  type ParticipantEntry,
} from '../talk/ledger';
import type { AgendaState, applyAgendaEvent, cloneAgenda } from '../agenda/agenda-state';
import type { agendaAt } from '../agenda/agenda-view';
import { claim, writable } from './copy-on-write';
import { closeTurn, endRound, extendRound, newRound, noteTalker, openTurn, pauseRound, resumeRound, type RoundState } from '../rounds/round-state';

export interface RaisedHand {
  pid: Pid;
  raisedAt: number;
}

/** Why a hand went down: a recorded reason, or what the fold lowers by itself (a turn given, leaving, the end). */
export type HandGone = HandLowerReason | 'turn' | 'left' | 'ended';

/** A hand that was raised and went down: how long it waited, and why it ended. */
export interface LoweredHand {
  pid: Pid;
  raisedAt: number;
  loweredAt: number;
  why: HandGone;
}

export interface FacilitatorSpan {
  pid: Pid;
  /** When they took over (meeting.started for the first). */
  from: number;
}

export interface MeetingState {
  id: string;
  title: string;
  platform: string;
  /** Who facilitated, from when, in order; the last one facilitates now. */
  facilitators: FacilitatorSpan[];
  /** meeting.started seen (T0 fixed). */
  started: boolean;
  windowStart: number | null;
  windowEnd: number | null;
  /** Roster in order of first sighting. */
  participants: Map<Pid, ParticipantEntry>;
  ledger: Ledger;
  rounds: RoundState[];
  roundsById: Map<string, RoundState>;
  activeRound: RoundState | null;
  /** Which turn the active round's current one is: the event count when it opened (each event opens at most one). */
  turnOpened: number;
  /** Raised hands by pid, in the order raised (a Map keeps insertion order): O(1) raise and lower. */
  hands: Map<Pid, RaisedHand>;
  /** Every hand that went down, in order (wait times and reasons for views and the summary). */
  loweredHands: LoweredHand[];
  /** The per-meeting switch (hands.follow): a writer lowers a hand whose owner takes the floor. */
  handsFollowFloor: boolean;
  /** The agenda: planned items, the one in play, time used per item (agenda/agenda-state.ts). */
  agenda: AgendaState;
  /** Decision items: proposals, consent, objections, outcomes (decision.recorded included). */
  trail: DecisionTrail;
  debrief: DebriefAnswer[];
  lastT: number;
  eventCount: number;
  ignored: number;
}

/**
 * The code that folds the agenda, the decision trail and the debrief, and copies their state, and
 * the agenda's view (what a live view shows of it; meeting-parts.ts: MEETING_PARTS). Only types here: a module that imports theirs, even for one
 * function, brings it into the side panel's live part (README, *Bundles*).
 */
export interface MeetingParts {
  applyAgendaEvent: typeof applyAgendaEvent;
  cloneAgenda: typeof cloneAgenda;
  applyTrailEvent: typeof applyTrailEvent;
  cloneTrail: typeof cloneTrail;
  applyDebriefEvent: typeof applyDebriefEvent;
  agendaAt: typeof agendaAt;
}

/**
 * The event types only the parts fold, by their family (agenda.*, decision.*, consent.response,
 * objection.*, debrief.answered); every other event a fold without them folds as with them, the
 * parts' state staying empty.
 */
const PART_EVENT = /^(agenda|decision|consent|objection|debrief)\./;

/** Does folding `e` (an event, or anything pushed as one) need the parts? */
export const partEvent = (e: unknown): boolean => typeof e === 'object' && e !== null && PART_EVENT.test(String((e as { type?: unknown }).type));

export interface FoldOptions {
  /** Gaps shorter than this join two speech intervals into one turn (design.md default 1500 ms). */
  minGapMs?: number;
  /** Turns shorter than this, inside someone else's turn, are backchannels (design.md default 1000 ms). */
  backchannelMs?: number;
}

export function createMeetingState(options: FoldOptions = {}): MeetingState {
  const s: MeetingState = {
    id: '',
    title: '',
    platform: '',
    facilitators: [],
    started: false,
    windowStart: null,
    windowEnd: null,
    participants: new Map(),
    ledger: createLedger(options.minGapMs ?? DEFAULT_MIN_GAP_MS, options.backchannelMs),
    rounds: [],
    roundsById: new Map(),
    activeRound: null,
    turnOpened: 0,
    hands: new Map(),
    loweredHands: [],
    handsFollowFloor: true,
    agenda: emptyAgenda(),
    trail: emptyTrail(),
    debrief: [],
    lastT: -Infinity,
    eventCount: 0,
    ignored: 0,
  };
  claim(s, s.loweredHands);
  return s;
}

/** The agenda before its first event (agenda-state.ts folds it). */
export function emptyAgenda(): AgendaState {
  return { items: [], byId: new Map(), active: null, ignored: 0 };
}

/** The decision trail before its first event (decision-trail.ts folds it; copy-on-write.ts: its lists are its own to write). */
export function emptyTrail(): DecisionTrail {
  const t: DecisionTrail = { items: [], byId: new Map(), ignored: 0, talk: null };
  claim(t, t.items);
  claim(t, t.byId);
  return t;
}

/** Who facilitates now (null: nobody in particular). */
export function currentFacilitator(s: MeetingState): Pid | null {
  return s.facilitators[s.facilitators.length - 1]?.pid ?? null;
}

function facilitate(s: MeetingState, pid: Pid, t: number): void {
  if (currentFacilitator(s) !== pid) s.facilitators.push({ pid, from: t });
}

/**
 * A pid first seen in an event other than participant.joined is on the roster with its pid as
 * its name. If it first appears speaking, it counts as present from T0: design.md measures
 * presence "from each join (or T0)", and it never joined.
 */
function entry(s: MeetingState, pid: Pid): ParticipantEntry {
  let p = s.participants.get(pid);
  if (!p) {
    p = newEntry(pid, pid, s.participants.size);
    s.participants.set(pid, p);
  }
  return p;
}

/** Anyone's talk total at `t`, for a closing turn's cross-talk. */
function totalsOf(s: MeetingState, t: number): (pid: Pid) => number {
  return (pid) => talkNow(s, pid, t);
}

/**
 * `p`'s talk is about to change: the turn under way keeps p's total at its start first (round-state.ts
 * noteTalker). Most speech events come from someone already noted in the turn: their entry says so,
 * which spares a lookup in the turn's map per event.
 */
function noteTalk(s: MeetingState, p: ParticipantEntry): void {
  if (p.notedTurn === s.turnOpened || !s.activeRound?.current) return;
  p.notedTurn = s.turnOpened;
  noteTalker(s.activeRound, p);
}

function talkNow(s: MeetingState, pid: Pid, t: number): number {
  const p = s.participants.get(pid);
  return p ? talkAt(p, t) : 0;
}

function lowerHand(s: MeetingState, pid: Pid, t: number, why: HandGone): boolean {
  const h = s.hands.get(pid);
  if (!h) return false;
  s.hands.delete(pid);
  // Shared with copies to fold on until written (copy-on-write.ts): a copy costs O(1) in hands.
  s.loweredHands = writable(s, s.loweredHands, (a) => a.slice());
  s.loweredHands.push({ pid, raisedAt: h.raisedAt, loweredAt: t, why });
  return true;
}

/** Applies one event (mutating `s`) with `parts` (null: none yet, so `e` must not be a partEvent) and returns `s`. */
export function foldEvent(s: MeetingState, e: MeetingEvent, parts: MeetingParts | null): MeetingState {
  // After the meeting part: the trail's talk marks and round links read the state with `e` in it.
  // Speech (most events) is nothing to the trail: its marks read the ledger when they are taken.
  // (The meeting part says which it was: reading e.type again costs a megamorphic load per event.)
  // Without parts the trail is empty, and only its own events (held back) would change it.
  if (!applyMeetingEvent(s, e, parts) && parts) parts.applyTrailEvent(s.trail, e, s.lastT, s.participants, s.ledger);
  return s;
}

/**
 * Folds the meeting part of `e`; true if it was speech (nothing for the trail). `parts` is null
 * only where no partEvent comes (foldEvent; `parts!` on theirs): on other events the agenda's
 * calls change nothing of an empty agenda, so they are skipped then.
 */
function applyMeetingEvent(s: MeetingState, e: MeetingEvent, parts: MeetingParts | null): boolean {
  const t = e.t > s.lastT ? e.t : s.lastT;
  s.lastT = t;
  s.eventCount++;
  if (s.windowStart === null) s.windowStart = t;
  const open = s.windowEnd === null;
  switch (e.type) {
    case 'speech.started': {
      if (!open) break;
      const known = s.participants.get(e.pid);
      const p = known ?? entry(s, e.pid);
      if (!known) arrive(s.ledger, p, s.windowStart);
      else if (!p.present) arrive(s.ledger, p, t);
      noteTalk(s, p);
      startSpeech(s.ledger, p, t);
      s.ledger.measured = true;
      return true;
    }
    case 'speech.ended': {
      const p = s.participants.get(e.pid);
      if (open && p) {
        noteTalk(s, p);
        endSpeech(s.ledger, p, t);
      }
      s.ledger.measured = true;
      return true;
    }
    case 'participant.joined': {
      const p = entry(s, e.pid);
      p.name = e.name;
      if (e.self !== undefined) p.self = e.self;
      if (open) arrive(s.ledger, p, t);
      return false;
    }
    case 'participant.renamed':
      entry(s, e.pid).name = e.name;
      return false;
    case 'participant.left': {
      const p = s.participants.get(e.pid);
      if (!open || !p) break;
      noteTalk(s, p);
      depart(s.ledger, p, t);
      lowerHand(s, e.pid, t, 'left');
      return false;
    }
    case 'meeting.started':
      if (s.started) break;
      s.started = true;
      s.id = e.id;
      s.title = e.title;
      s.platform = e.platform ?? '';
      if (e.facilitator !== undefined) facilitate(s, e.facilitator, t);
      if (s.windowStart !== t) {
        s.windowStart = t;
        // Everyone's total is reset: a turn under way keeps what each had at its start first.
        for (const p of s.participants.values()) noteTalk(s, p);
        openWindow(s.ledger, s.participants.values(), t);
      }
      return false;
    case 'meeting.ended':
      if (!open) break;
      if (s.activeRound) endRound(s.activeRound, t, talkNow(s, s.activeRound.current?.pid ?? '', t), totalsOf(s, t));
      s.activeRound = null;
      parts?.applyAgendaEvent(s.agenda, e, t, open);
      closeWindow(s.ledger, s.participants.values(), t);
      s.windowEnd = t;
      for (const pid of [...s.hands.keys()]) lowerHand(s, pid, t, 'ended');
      return false;
    case 'hand.raised':
      if (!open || s.hands.has(e.pid)) break;
      entry(s, e.pid);
      s.hands.set(e.pid, { pid: e.pid, raisedAt: t });
      return false;
    case 'hand.lowered':
      // No reason (an older record) is the old meaning: a command lowered it.
      if (!open || !lowerHand(s, e.pid, t, e.reason ?? 'manual')) break;
      return false;
    case 'hands.follow':
      if (!open) break;
      s.handsFollowFloor = e.on;
      return false;
    case 'agenda.set':
    case 'agenda.started':
    case 'agenda.ended':
    case 'agenda.skipped':
    case 'agenda.linked':
      if (!parts!.applyAgendaEvent(s.agenda, e, t, open)) break;
      return false;
    case 'facilitator.changed':
      facilitate(s, e.pid, t);
      return false;
    case 'debrief.answered':
      parts!.applyDebriefEvent(s.debrief, e, t);
      return false;
    // The decision trail folds these (applyTrailEvent, after this); what does not fit it counts in trail.ignored.
    case 'decision.proposed':
      // A decision item proposed while an agenda item is in play belongs to it.
      parts!.applyAgendaEvent(s.agenda, e, t, open);
      return false;
    case 'decision.recorded':
    case 'consent.response':
    case 'objection.resolved':
    case 'objection.withdrawn':
      return false;
    case 'round.started': {
      if (!open || s.roundsById.has(e.rid)) break;
      const prev = s.activeRound;
      if (prev) endRound(prev, t, talkNow(s, prev.current?.pid ?? '', t), totalsOf(s, t));
      const r = newRound({ ...e, t });
      s.rounds.push(r);
      s.roundsById.set(r.rid, r);
      s.activeRound = r;
      parts?.applyAgendaEvent(s.agenda, e, t, open);
      return false;
    }
    default: {
      // The remaining round.* events act on the active round named by rid.
      const r = s.activeRound;
      if (!open || !r || r.rid !== e.rid) break;
      const cur = r.current;
      switch (e.type) {
        case 'round.turn': {
          closeTurn(r, t, cur ? talkNow(s, cur.pid, t) : 0, false, totalsOf(s, t));
          entry(s, e.pid);
          // The new turn starts from who is speaking now; anyone else is noted when they start.
          // Who is speaking now is noted as the turn opens (and marked so, as noteTalk would).
          const speaking = s.ledger.speaking;
          const notedPids: Pid[] = [];
          const notedTalk: number[] = [];
          for (let i = 0; i < speaking.length; i++) {
            const p = speaking[i]!;
            notedPids.push(p.pid);
            notedTalk.push(talkAt(p, t));
            p.notedTurn = s.eventCount;
          }
          openTurn(r, e.pid, t, talkNow(s, e.pid, t), notedPids, notedTalk);
          s.turnOpened = s.eventCount;
          lowerHand(s, e.pid, t, 'turn');
          return false;
        }
        case 'round.passed':
          if (!cur) break;
          closeTurn(r, t, talkNow(s, cur.pid, t), true, totalsOf(s, t));
          return false;
        case 'round.extended':
          if (!extendRound(r, e.ms)) break;
          return false;
        case 'round.paused':
          if (!pauseRound(r, t)) break;
          return false;
        case 'round.resumed':
          if (!resumeRound(r, t)) break;
          return false;
        case 'round.ended':
          endRound(r, t, cur ? talkNow(s, cur.pid, t) : 0, totalsOf(s, t));
          s.activeRound = null;
          return false;
      }
    }
  }
  s.ignored++;
  return e.type === 'speech.started';
}
