/**
 * Who was heard while a decision item was open: talk and turns inside a window [start, end]
 * of the meeting, taken from the talk-time ledger the meeting fold already keeps.
 *
 * No interval is re-measured here. At the window's start a mark records the participants'
 * running totals; at its end another. The difference is the talk inside the window, exactly as
 * round turns measure `spokeMs` (round-state.ts, `talkAtStart`). Marks share structure
 * (talk-marks.ts), so nothing is copied per participant per decision.
 */
import type { Pid } from '../record/events';
import { LIVE, type Marks } from '../talk/talk-marks';
import type { MeetingState } from '../meeting/meeting-state';
import { metricsInstant } from '../talk/metrics';

export { type Marks, type TalkMark } from '../talk/talk-marks';

/** The participants as they are, at `now` while live or at T1 once the meeting ended (metricsInstant's rule). */
export function markNow(s: MeetingState, now: number): Marks {
  return { at: metricsInstant(s, now), mark: LIVE };
}

export type ItemRole = 'initiator' | 'decider' | 'contributor';

export interface PersonInItem {
  pid: Pid;
  name: string;
  /** Why they are listed: the roles they hold in the item, in this order. */
  roles: ItemRole[];
  /** In the meeting when the window closes. */
  present: boolean;
  spoke: boolean;
  talkMs: number;
  /** Turns begun inside the window (gaps shorter than minGapMs join, as in the metrics). */
  turns: number;
}

export interface ItemParticipation {
  windowStart: number;
  windowEnd: number;
  windowMs: number;
  /** Speech was recorded in this meeting: when false, zeros mean "not tracked", not "silent". */
  measured: boolean;
  people: PersonInItem[];
}

/** Initiator, then deciders, then contributors; a person in several roles is listed once. */
export function rolesOf(rights: { initiator: Pid | null; deciders: readonly Pid[]; contributors: readonly Pid[] }): Map<Pid, ItemRole[]> {
  const roles = new Map<Pid, ItemRole[]>();
  const add = (pid: Pid, role: ItemRole) => {
    const r = roles.get(pid);
    if (!r) roles.set(pid, [role]);
    else if (!r.includes(role)) r.push(role);
  };
  if (rights.initiator !== null) add(rights.initiator, 'initiator');
  for (const pid of rights.deciders) add(pid, 'decider');
  for (const pid of rights.contributors) add(pid, 'contributor');
  return roles;
}

/**
 * Participation of the item's people between two marks. A pid absent from a mark had no
 * talk yet (it had not been seen), so it counts as zero there.
 */
export function participationBetween(
  s: MeetingState,
  start: Marks,
  end: Marks,
  rights: { initiator: Pid | null; deciders: readonly Pid[]; contributors: readonly Pid[] },
): ItemParticipation {
  const people: PersonInItem[] = [];
  for (const [pid, roles] of rolesOf(rights)) {
    const a = s.trail.talk!.totals(s.participants, start, pid);
    const b = s.trail.talk!.totals(s.participants, end, pid);
    // max(0, …): meeting.started after the mark resets the ledger's totals (the window opens there).
    const talkMs = Math.max(0, (b?.talkMs ?? 0) - (a?.talkMs ?? 0));
    const turns = Math.max(0, (b?.turns ?? 0) - (a?.turns ?? 0));
    people.push({ pid, name: s.participants.get(pid)?.name ?? pid, roles, present: b?.present ?? false, spoke: talkMs > 0, talkMs, turns });
  }
  return { windowStart: start.at, windowEnd: end.at, windowMs: Math.max(0, end.at - start.at), measured: s.ledger.measured, people };
}
