/**
 * The summary view's data from the core's summary model (`toSummaryData`): the summary side of
 * from-core.ts's mapping, in a module of its own so that the side panel's live part, which maps
 * the live state, does not reach the summary's and the decisions' code (README, *Bundles*).
 */
import type { MeetingEvent } from '../core/record/events';
import type { Summary } from '../core/summary/summary';
import type { LeadershipSummary } from '../core/summary/leadership-summary';
import { answersByPrompt } from '../core/debrief/debrief-answers';
import { coachingSuggestions } from '../core/summary/coaching';
import { interruptionMatrix } from '../core/summary/floor-tables';
import { speechSpans } from './speech-spans';
import { balanceFrames } from './balance-frames';
import { person } from './from-core';
import type { BalanceFrame, FloorData, LeadershipData, SummaryData } from './types';

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
