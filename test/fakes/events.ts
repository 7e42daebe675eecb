/** Fixture builders with defaults: a meeting as a list of events at given offsets from T0. */
import type { EventBody, MeetingEvent } from '../../shared/core/record/events';

export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** at(5000, {type: 'speech.started', pid: 'a'}) -> the event at T0 + 5 s */
export function at(offsetMs: number, body: EventBody): MeetingEvent {
  return { v: 1, t: T0 + offsetMs, ...body } as MeetingEvent;
}

/** A started meeting with the given participants joined at T0. */
export function meeting(pids: string[], extra: MeetingEvent[] = [], title = 'Weekly'): MeetingEvent[] {
  return [
    at(0, { type: 'meeting.started', id: 'm1', title, facilitator: pids[0] }),
    ...pids.map((pid) => at(0, { type: 'participant.joined', pid, name: pid.toUpperCase() })),
    ...extra,
  ];
}

export const speak = (pid: string, fromMs: number, toMs: number): MeetingEvent[] => [
  at(fromMs, { type: 'speech.started', pid }),
  at(toMs, { type: 'speech.ended', pid }),
];

/** Sorted stably by t, as a reader would fold them. */
export function byTime(events: MeetingEvent[]): MeetingEvent[] {
  return events.slice().sort((a, b) => a.t - b.t);
}

/**
 * A decision's whole trail among ana, ben and cy (proposed, talked over, consent with an objection
 * resolved, recorded), then a hand-over to ben and one debrief answer: 1 s to 18 s after T0.
 * Hostile-looking title and reason (`<rota>`, `*often*`) for the escaping checks.
 */
export function decisionTrail(): MeetingEvent[] {
  const rights = { initiator: 'ana', deciders: ['ben', 'cy'], contributors: [], informed: [] };
  return [
    at(1000, { type: 'decision.proposed', did: 'd1', title: 'Adopt <rota>', rights }),
    ...speak('ben', 2000, 12_000),
    at(13_000, { type: 'consent.response', did: 'd1', pid: 'ben', response: 'consent' }),
    at(14_000, { type: 'consent.response', did: 'd1', pid: 'cy', response: 'objection', reason: 'Too *often*' }),
    at(15_000, { type: 'objection.resolved', did: 'd1', pid: 'cy', how: 'fortnightly' }),
    at(16_000, { type: 'decision.recorded', did: 'd1', title: 'Adopt <rota>', outcome: 'Fortnightly rota', rights, objections: [{ pid: 'cy', reason: 'Too *often*', resolved: true }] }),
    at(17_000, { type: 'facilitator.changed', pid: 'ben' }),
    at(18_000, { type: 'debrief.answered', prompt: 'worked', pid: 'cy', text: 'Consent round' }),
  ];
}
