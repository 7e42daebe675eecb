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
