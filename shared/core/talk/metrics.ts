/**
 * Talk-time and balance metrics at any `now`, exactly as design.md defines them, in
 * O(participants log participants) from the ledger the fold keeps (no event is revisited).
 *
 * Conventions where the definitions divide by zero: share is 0 when nobody spoke; fairShare
 * is 0 when total presence is 0 (a window of zero length); gini is 0 when nobody spoke.
 * `now` before the last event is treated as the last event (time does not run backwards);
 * after meeting.ended the window is closed and `now` no longer matters.
 *
 * Unmeasured meetings: until the first speech event, nobody's talk is known (a VS Code
 * meeting where nobody marks speakers). Then no one is flagged quiet, dominant or not heard:
 * zero talk there means "not tracked", and calling everyone quiet would be a silent lie.
 * `measured` tells renderers to show talk figures as unknown.
 */
import type { Pid } from '../record/events';
import { presenceAt, talkAt, overlapAt, unionAt } from './ledger';
import type { MeetingState } from '../meeting/meeting-state';

export interface ParticipantMetrics {
  pid: Pid;
  name: string;
  self: boolean;
  /** In the meeting now (joined, not left). */
  present: boolean;
  /** Joined or spoke inside the window: counted in fairShare and gini. */
  counted: boolean;
  speaking: boolean;
  talkMs: number;
  share: number;
  turns: number;
  presenceMs: number;
  fairShare: number;
  quiet: boolean;
  dominant: boolean;
  /** Counted, but no speech inside the window yet. */
  notHeard: boolean;
}

export interface MeetingMetrics {
  /** The instant the figures are for (T1 when ended, else `now`). */
  at: number;
  windowStart: number | null;
  windowEnd: number | null;
  windowMs: number;
  speakingMs: number;
  silenceMs: number;
  overlapMs: number;
  totalTalkMs: number;
  gini: number;
  balance: number;
  minGapMs: number;
  /** Any speech event seen: talk times are measured (else all zeros mean "not tracked"). */
  measured: boolean;
  participants: ParticipantMetrics[];
  quiet: Pid[];
  dominant: Pid[];
  notHeard: Pid[];
}

/** The instant metrics refer to: T1 if ended, else `now` clamped to the last event. */
export function metricsInstant(s: MeetingState, now: number): number {
  if (s.windowEnd !== null) return s.windowEnd;
  return now > s.lastT ? now : s.lastT;
}

/** Σi Σj |xi − xj| / (2 n² mean), via the sorted form Σ (2i − n − 1) x(i) / (n Σx). */
export function gini(values: readonly number[]): number {
  return giniOf(giniParts(values));
}

interface GiniParts {
  weighted: number;
  sum: number;
  n: number;
}

function giniOf({ weighted, sum, n }: GiniParts): number {
  return sum > 0 ? weighted / (n * sum) : 0;
}

function giniParts(values: readonly number[]): GiniParts {
  const n = values.length;
  const xs = values.slice().sort((a, b) => a - b);
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    sum += xs[i]!;
    weighted += (2 * (i + 1) - n - 1) * xs[i]!;
  }
  return { weighted, sum, n };
}

/**
 * Balance = 100 × (1 − Gini), rounded half up to an integer (87.5 -> 88). With whole-millisecond
 * talk times (always, from a record of integer timestamps) it is computed exactly in integers,
 * so a tie is never lost to floating point; otherwise from the float.
 */
export function balanceOf(values: readonly number[]): number {
  return balanceFrom(giniParts(values));
}

function balanceFrom({ weighted, sum, n }: GiniParts): number {
  if (sum <= 0) return 100;
  const den = n * sum;
  const num = den - weighted;
  // floor((200 num + den) / (2 den)) = round half up of 100 num / den. For integers a < 2^53 the
  // float quotient is within 1/b of a/b, so its floor is the integer quotient: exact without
  // BigInt (which cost a third of a metrics query).
  const a = 200 * num + den;
  if (Number.isSafeInteger(den) && Number.isSafeInteger(num) && Number.isSafeInteger(a)) return Math.floor(a / (2 * den));
  return Math.floor((100 * num) / den + 0.5);
}

export function computeMetrics(s: MeetingState, now: number): MeetingMetrics {
  const at = metricsInstant(s, now);
  const l = s.ledger;
  const ps: ParticipantMetrics[] = [];
  let totalTalk = 0;
  let totalPresence = 0;
  for (const p of s.participants.values()) {
    const talkMs = talkAt(p, at);
    const presenceMs = p.inWindow ? presenceAt(p, at) : 0;
    totalTalk += talkMs;
    if (p.inWindow) totalPresence += presenceMs;
    ps.push({
      pid: p.pid,
      name: p.name,
      self: p.self,
      present: p.present,
      counted: p.inWindow,
      speaking: p.speakingSince !== null,
      talkMs,
      share: 0,
      turns: p.turns,
      presenceMs,
      fairShare: 0,
      quiet: false,
      dominant: false,
      notHeard: l.measured && p.inWindow && p.turns === 0,
    });
  }
  const talks: number[] = [];
  const quiet: Pid[] = [];
  const dominant: Pid[] = [];
  const notHeard: Pid[] = [];
  for (const m of ps) {
    m.share = totalTalk > 0 ? m.talkMs / totalTalk : 0;
    if (!m.counted) continue;
    talks.push(m.talkMs);
    m.fairShare = totalPresence > 0 ? m.presenceMs / totalPresence : 0;
    m.quiet = l.measured && m.share < m.fairShare / 2;
    m.dominant = l.measured && m.share > 2 * m.fairShare;
    if (m.quiet) quiet.push(m.pid);
    if (m.dominant) dominant.push(m.pid);
    if (m.notHeard) notHeard.push(m.pid);
  }
  const parts = giniParts(talks);
  const g = giniOf(parts);
  const windowMs = s.windowStart === null ? 0 : Math.max(0, at - s.windowStart);
  const speakingMs = unionAt(l, at);
  return {
    at,
    windowStart: s.windowStart,
    windowEnd: s.windowEnd,
    windowMs,
    speakingMs,
    silenceMs: Math.max(0, windowMs - speakingMs),
    overlapMs: overlapAt(l, at),
    totalTalkMs: totalTalk,
    gini: g,
    balance: balanceFrom(parts),
    minGapMs: l.minGapMs,
    measured: l.measured,
    participants: ps,
    quiet,
    dominant,
    notHeard,
  };
}
