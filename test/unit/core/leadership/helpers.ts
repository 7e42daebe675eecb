/** A live meeting for leadership tests: a MeetingSession over a ManualClock (its fold carries the decision trail). */
import { strict as assert } from 'node:assert';
import { ManualClock } from '../../../../shared/core/meeting/clock';
import type { EventBody, MeetingEvent } from '../../../../shared/core/record/events';
import { MeetingSession } from '../../../../shared/core/meeting/session';
import { decideConsent, type ConsentCommand, type ConsentResult } from '../../../../shared/core/decisions/consent';

import { viewTrail } from '../../../../shared/core/decisions/decision-view';
import { T0 } from '../../../fakes/events';

export const PEOPLE = [
  { pid: 'ana', name: 'Ana' },
  { pid: 'ben', name: 'Ben' },
  { pid: 'cy', name: 'Cy' },
  { pid: 'dee', name: 'Dee' },
];

export async function liveMeeting(people = PEOPLE) {
  const clock = new ManualClock(T0);
  const log: MeetingEvent[] = [];
  const session = new MeetingSession(clock, { append: (e) => void log.push(e) });
  await session.record({ type: 'meeting.started', id: 'm1', title: 'Weekly', facilitator: people[0]!.pid }, ...people.map((p) => ({ type: 'participant.joined' as const, ...p })));
  const record = async (...bodies: EventBody[]) => {
    const r = await session.record(...bodies);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
  };
  /** Talk for `ms` from now, then the clock stands at the end of it. */
  const speak = async (pid: string, ms: number) => {
    await record({ type: 'speech.started', pid });
    clock.advance(ms);
    await record({ type: 'speech.ended', pid });
  };
  const consent = (cmd: ConsentCommand): ConsentResult => decideConsent(session.state, session.state.trail, cmd, clock.now());
  const must = async (cmd: ConsentCommand) => {
    const r = consent(cmd);
    assert.ok(r.ok, r.ok ? '' : `${cmd.type}: ${r.error.code} ${r.error.message}`);
    await record(...r.events);
    return r.events;
  };
  const items = () => viewTrail(session.state, session.state.trail, clock.now());
  return { clock, log, session, record, speak, consent, must, items };
}
