/**
 * The talk-time ledger: per-participant running totals kept by the fold, so that every metric
 * of design.md is available at any `now` in O(participants) and one more event costs O(1).
 *
 * Invariants (t is non-decreasing across calls; the fold clamps it):
 * - `speakingSince !== null` exactly for participants with an open speech interval;
 *   `active` counts them. A repeated start, or an end without a start, changes nothing.
 * - `talkMs` is the sum of the participant's closed intervals inside the meeting window; a person's
 *   own intervals never overlap (a repeated start is ignored), so the sum is their union.
 * - `unionMs` / `overlapMs` are the closed time with >= 1 / >= 2 people speaking, kept by
 *   watching `active` cross 0->1 and 1->2 (and back), so they never need the interval list.
 * - `turns` counts intervals whose start is at least `minGapMs` after the previous end. A
 *   zero-length interval (ended at the instant it started) is no speech: it is no turn and
 *   leaves `lastEnd` as it was.
 */
import type { Pid } from '../record/events';
import { cloneFloor, createFloor, DEFAULT_BACKCHANNEL_MS, floorClose, floorEnd, floorReset, floorStart, type FloorTracker } from './floor';

export interface ParticipantEntry {
  pid: Pid;
  name: string;
  self: boolean;
  /** Currently in the meeting (joined and not left). */
  present: boolean;
  /** Joined, spoke, or was present inside the window: counted in fair share and gini. */
  inWindow: boolean;
  talkMs: number;
  speakingSince: number | null;
  lastEnd: number | null;
  /** The open interval began a new turn (so a zero-length end takes it back), and lastEnd before it. */
  openedTurn: boolean;
  endBefore: number | null;
  turns: number;
  presenceMs: number;
  presentSince: number | null;
  /** Position in the roster (first sighting), for stable "ties by roster order". */
  index: number;
  /** In `Ledger.changed`: totals changed since the last talk mark. */
  changed: boolean;
  /** The round turn (MeetingState.turnOpened) whose start totals hold this person's already (0: none). */
  notedTurn: number;
}

export interface Ledger {
  minGapMs: number;
  active: number;
  unionMs: number;
  unionSince: number;
  overlapMs: number;
  overlapSince: number;
  /** Any speech event seen: talk time is measured, not just elapsed. */
  measured: boolean;
  /** Floor dynamics over the same intervals (floor.ts). */
  floor: FloorTracker;
  /**
   * Who changed totals since the last talk mark (talk-marks.ts), each once; `allChanged` after
   * the window opened or closed (everyone's). A flag and a push per change: marks then cost
   * what changed, not everyone (and the fold pays no lookup per event for it).
   */
  changed: ParticipantEntry[];
  allChanged: boolean;
  /** Who is speaking now (an open interval), in no particular order: a round turn notes their talk as it begins. */
  speaking: ParticipantEntry[];
}

export const DEFAULT_MIN_GAP_MS = 1500;

export function createLedger(minGapMs = DEFAULT_MIN_GAP_MS, backchannelMs = DEFAULT_BACKCHANNEL_MS): Ledger {
  return { minGapMs, active: 0, unionMs: 0, unionSince: 0, overlapMs: 0, overlapSince: 0, measured: false, floor: createFloor(minGapMs, backchannelMs), changed: [], allChanged: false, speaking: [] };
}

export function newEntry(pid: Pid, name: string, index: number): ParticipantEntry {
  return { pid, name, self: false, present: false, inWindow: false, talkMs: 0, speakingSince: null, lastEnd: null, openedTurn: false, endBefore: null, turns: 0, presenceMs: 0, presentSince: null, index, changed: false, notedTurn: 0 };
}

function changed(l: Ledger, p: ParticipantEntry): void {
  if (p.changed) return;
  p.changed = true;
  l.changed.push(p);
}

/**
 * A copy to fold on (TimeOrderedFold's checkpoint), over `entries`: the caller's copies of the
 * participants by pid, which the ledger's lists point into. The floor is copied for folding.
 */
export function cloneLedger(l: Ledger, entries: ReadonlyMap<Pid, ParticipantEntry>): Ledger {
  const same = (p: ParticipantEntry) => entries.get(p.pid)!;
  return {
    minGapMs: l.minGapMs,
    active: l.active,
    unionMs: l.unionMs,
    unionSince: l.unionSince,
    overlapMs: l.overlapMs,
    overlapSince: l.overlapSince,
    measured: l.measured,
    floor: cloneFloor(l.floor, { for: 'fold' }),
    changed: l.changed.map(same),
    allChanged: l.allChanged,
    speaking: l.speaking.map(same),
  };
}

export function startSpeech(l: Ledger, p: ParticipantEntry, t: number): void {
  if (p.speakingSince !== null) return;
  changed(l, p);
  p.speakingSince = t;
  p.inWindow = true;
  p.openedTurn = p.lastEnd === null || t - p.lastEnd >= l.minGapMs;
  p.endBefore = p.lastEnd;
  if (p.openedTurn) p.turns++;
  l.active++;
  l.speaking.push(p);
  floorStart(l.floor, p.pid, p.index, t);
  if (l.active === 1) l.unionSince = t;
  else if (l.active === 2) l.overlapSince = t;
}

export function endSpeech(l: Ledger, p: ParticipantEntry, t: number): void {
  const since = p.speakingSince;
  if (since === null) return;
  changed(l, p);
  p.talkMs += t - since;
  p.lastEnd = t;
  p.speakingSince = null;
  if (t === since) {
    // Zero length: no speech, so no turn, and the gap before it still runs from the last real end.
    if (p.openedTurn) p.turns--;
    p.lastEnd = p.endBefore;
  }
  l.active--;
  // Swap with the last and drop it (order does not matter); an open interval is always listed.
  const i = l.speaking.indexOf(p);
  if (i >= 0) {
    l.speaking[i] = l.speaking[l.speaking.length - 1]!;
    l.speaking.pop();
  }
  floorEnd(l.floor, p.index, t);
  if (l.active === 0) l.unionMs += t - l.unionSince;
  else if (l.active === 1) l.overlapMs += t - l.overlapSince;
}

export function arrive(l: Ledger, p: ParticipantEntry, t: number): void {
  if (p.present) return;
  changed(l, p);
  p.present = true;
  p.inWindow = true;
  p.presentSince = t;
}

export function depart(l: Ledger, p: ParticipantEntry, t: number): void {
  endSpeech(l, p, t);
  if (!p.present) return;
  changed(l, p);
  p.present = false;
  if (p.presentSince !== null) p.presenceMs += t - p.presentSince;
  p.presentSince = null;
}

/** Talk of `p` up to `t` (>= the last event), counting an open interval. */
export function talkAt(p: ParticipantEntry, t: number): number {
  return p.speakingSince === null ? p.talkMs : p.talkMs + Math.max(0, t - p.speakingSince);
}

export function presenceAt(p: ParticipantEntry, t: number): number {
  return p.presentSince === null ? p.presenceMs : p.presenceMs + Math.max(0, t - p.presentSince);
}

export function unionAt(l: Ledger, t: number): number {
  return l.active > 0 ? l.unionMs + Math.max(0, t - l.unionSince) : l.unionMs;
}

export function overlapAt(l: Ledger, t: number): number {
  return l.active > 1 ? l.overlapMs + Math.max(0, t - l.overlapSince) : l.overlapMs;
}

/**
 * The window opens at `t0` (meeting.started after earlier events): time before it is not
 * counted, but who is present and who is speaking carries over, as if they began at `t0`.
 */
export function openWindow(l: Ledger, entries: Iterable<ParticipantEntry>, t0: number): void {
  l.unionMs = 0;
  l.overlapMs = 0;
  l.unionSince = t0;
  l.overlapSince = t0;
  l.allChanged = true;
  const speaking: ParticipantEntry[] = [];
  for (const p of entries) {
    p.talkMs = 0;
    p.presenceMs = 0;
    p.lastEnd = null;
    p.turns = p.speakingSince !== null ? 1 : 0;
    p.openedTurn = p.speakingSince !== null;
    p.endBefore = null;
    if (p.speakingSince !== null) p.speakingSince = t0;
    if (p.presentSince !== null) p.presentSince = t0;
    p.inWindow = p.present || p.speakingSince !== null;
    if (p.speakingSince !== null) speaking.push(p);
  }
  floorReset(l.floor, t0, speaking);
}

/** The window closes at `t1`: every open speech and presence span ends there. */
export function closeWindow(l: Ledger, entries: Iterable<ParticipantEntry>, t1: number): void {
  l.allChanged = true;
  for (const p of entries) {
    endSpeech(l, p, t1);
    if (p.presentSince !== null) {
      p.presenceMs += t1 - p.presentSince;
      p.presentSince = null;
    }
  }
  floorClose(l.floor);
}
