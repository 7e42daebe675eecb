/**
 * A team's finished meetings (the records in .roundtable/meetings/) as what the playbook and the
 * trends need. Pure: records' events in, summaries out.
 *
 * Why pids are rewritten for trends: computeTrends matches people across meetings by pid, but
 * each VS Code meeting numbers its participants anew (p1 is whoever was typed first). Across
 * meetings a person is their name, so each meeting's pids become the roster id of that name
 * (team-roster.ts, withPeople) before trends are computed. Only the fields trends read are
 * rewritten: participants, facilitators, decision rights, objections, responses, debrief.
 */
import type { DecisionRights, MeetingEvent, Pid } from '../../../shared/core/record/events';
import { createMeetingState } from '../../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import type { PlaybookMeeting } from '../../../shared/core/debrief/playbook-markdown';
import type { Roster } from '../../../shared/core/team/roster';
import { summarize, type Summary } from '../../../shared/core/summary/summary';
import { withPeople } from './team-roster';
import { emptyRoster } from '../../../shared/core/team/roster';

/** The summary of a record (events sorted by time, as readRecord gives them), with its decision trail and debrief. */
export function summarizeMeeting(events: readonly MeetingEvent[], minGapMs?: number): Summary {
  const state = foldEvents(events, createMeetingState({ minGapMs }));
  return summarize(state, state.lastT, { leadership: true });
}

export function playbookMeetingOf(s: Summary): PlaybookMeeting {
  return { id: s.meeting.id, title: s.meeting.title, startedAt: s.meeting.startedAt, answers: s.leadership?.debrief ?? [], names: new Map(s.participants.map((p) => [p.pid, p.name])) };
}

/** One summary per meeting id: a meeting seen twice (the live one and its record on disk) counts once, the later copy winning. */
export function uniqueMeetings(summaries: readonly Summary[]): Summary[] {
  const byId = new Map<string, Summary>();
  for (const s of summaries) byId.set(s.meeting.id, s);
  return [...byId.values()];
}

/** The summaries with every participant's pid replaced by the roster id of their name. */
export function withStablePids(summaries: readonly Summary[], roster: Roster | null): Summary[] {
  const names = summaries.flatMap((s) => s.participants.map((p) => p.name));
  const { idOf } = withPeople(roster ?? emptyRoster(), [...new Set(names)]);
  return summaries.map((s) => {
    const local = new Map(s.participants.map((p) => [p.pid, p.name]));
    const id = (pid: Pid): Pid => {
      const name = local.get(pid);
      return name === undefined ? pid : (idOf.get(name) ?? pid);
    };
    const rights = (r: DecisionRights): DecisionRights => ({ initiator: r.initiator === null ? null : id(r.initiator), deciders: r.deciders.map(id), contributors: r.contributors.map(id), informed: r.informed.map(id) });
    const out: Summary = {
      ...s,
      meeting: { ...s.meeting, facilitator: s.meeting.facilitator && { ...s.meeting.facilitator, pid: id(s.meeting.facilitator.pid) } },
      participants: s.participants.map((p) => ({ ...p, pid: id(p.pid) })),
      quiet: s.quiet.map(id),
      dominant: s.dominant.map(id),
      notHeard: s.notHeard.map(id),
      decisions: s.decisions.map((d) => ({ ...d, rights: rights(d.rights), objections: d.objections.map((o) => ({ ...o, pid: id(o.pid) })) })),
    };
    if (s.leadership)
      out.leadership = {
        facilitators: s.leadership.facilitators.map((f) => ({ ...f, pid: id(f.pid) })),
        debrief: s.leadership.debrief.map((a) => ({ ...a, pid: a.pid === null ? null : id(a.pid) })),
        decisions: s.leadership.decisions.map((d) => ({
          ...d,
          rights: rights(d.rights),
          responses: d.responses.map((r) => ({ ...r, pid: id(r.pid) })),
          objections: d.objections.map((o) => ({ ...o, pid: id(o.pid) })),
        })),
      };
    return out;
  });
}
