/** Generated meetings for property tests (fast-check). */
import fc from 'fast-check';
import type { EventBody, MeetingEvent } from '../../../shared/core/record/events';
import { T0 } from '../../fakes/events';

/** A meeting: optional meeting.started first, `body` events `step` ms apart, optional end; `now` a `tail` later. */
export function meetingArbitrary(body: fc.Arbitrary<EventBody>, step: fc.Arbitrary<number>, tail: fc.Arbitrary<number>, maxLength: number) {
  return fc.record({ started: fc.boolean(), ended: fc.boolean(), steps: fc.array(fc.tuple(step, body), { maxLength }), tail }).map(({ started, ended, steps, tail }) => {
    const events: MeetingEvent[] = [];
    let t = T0;
    if (started) events.push({ v: 1, t, type: 'meeting.started', id: 'm', title: 'p' });
    for (const [dt, b] of steps) events.push({ v: 1, t: (t += dt), ...b } as MeetingEvent);
    if (ended) events.push({ v: 1, t: (t += tail), type: 'meeting.ended' });
    return { events, now: t + tail };
  });
}
