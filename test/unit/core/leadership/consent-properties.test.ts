/**
 * Random command sequences against the consent commands and the round machine (fast-check):
 * whatever is asked, decideConsent never throws, what it emits is valid and fits the state
 * (neither fold ignores any of it), and the trail's rules hold after every step.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { RECORD_VERSION, type EventBody, type MeetingEvent } from '../../../../shared/core/record/events';
import { decideConsent, type ConsentCommand } from '../../../../shared/core/decisions/consent';
import { createMeetingState } from '../../../../shared/core/meeting/meeting-state';
import { applyEvent, foldEvents } from '../../../../shared/core/meeting/meeting-parts';
import { checkEvent } from '../../../../shared/core/record/record';
import { decideRound, type RoundCommand } from '../../../../shared/core/rounds/round-commands';
import { meeting } from '../../../fakes/events';

const PIDS = ['a', 'b', 'c'];
const pid = fc.constantFrom(...PIDS, 'zed');
const did = fc.constantFrom('d1', 'd1', 'd2');
const rights = fc.record({ initiator: fc.constantFrom('a', null), deciders: fc.subarray(PIDS, { minLength: 1 }), contributors: fc.subarray(PIDS), informed: fc.constant([] as string[]) });

type Step = { dt: number } & ({ consent: ConsentCommand } | { round: RoundCommand } | { speech: [string, boolean] });
const step: fc.Arbitrary<Step> = fc.tuple(
  fc.nat(20_000),
  // Weighted towards answers and their fate, so that items get blocked, unblocked and decided.
  fc.oneof(
    { weight: 1, arbitrary: fc.record({ type: fc.constant('propose' as const), did, title: fc.constantFrom('T', 'T', ''), rights }).map((c) => ({ consent: c as ConsentCommand })) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('start-round' as const), did, slotMs: fc.constantFrom(0, 30_000) }).map((c) => ({ consent: c as ConsentCommand })) },
    { weight: 6, arbitrary: fc.record({ type: fc.constant('respond' as const), did, pid, response: fc.constantFrom('consent' as const, 'concern' as const, 'objection' as const), reason: fc.constantFrom(undefined, '', 'why', 'why') }).map((c) => ({ consent: c as ConsentCommand })) },
    { weight: 3, arbitrary: fc.record({ type: fc.constantFrom('resolve' as const, 'withdraw' as const), did, pid }).map((c) => ({ consent: c as ConsentCommand })) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('record' as const), did, outcome: fc.constantFrom('yes', '') }).map((c) => ({ consent: c as ConsentCommand })) },
    { weight: 1, arbitrary: fc.constantFrom<RoundCommand>({ type: 'next' }, { type: 'pass' }, { type: 'end' }, { type: 'pause' }, { type: 'resume' }).map((c) => ({ round: c })) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PIDS), fc.boolean()).map((s) => ({ speech: s })) },
  ),
).map(([dt, s]) => ({ dt, ...s }) as Step);

describe('core/leadership consent properties', function () {
  this.timeout(60_000);

  it('commands never throw, emit only fitting events, and keep the trail’s rules', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 60 }), fc.boolean(), (steps, end) => {
        const state = foldEvents(meeting(PIDS), createMeetingState());
        // Item d1 always exists, with everyone deciding; d2 may be proposed by the steps.
        const first = decideConsent(state, state.trail, { type: 'propose', did: 'd1', title: 'T', rights: { initiator: 'a', deciders: PIDS, contributors: [], informed: [] } }, state.lastT);
        const events: MeetingEvent[] = [];
        let t = state.lastT;
        const append = (bodies: EventBody[]) => {
          for (const b of bodies) {
            const e = { ...b, v: RECORD_VERSION, t } as MeetingEvent;
            assert.ok(checkEvent(e).ok, JSON.stringify(e));
            applyEvent(state, e);
            events.push(e);
          }
        };
        assert.ok(first.ok);
        append(first.events);
        steps.forEach((s, i) => {
          t += s.dt;
          if (end && i === Math.floor(steps.length / 2)) append([{ type: 'meeting.ended' }]);
          if ('speech' in s) {
            if (state.windowEnd === null) append([{ type: s.speech[1] ? 'speech.started' : 'speech.ended', pid: s.speech[0] }]);
            return;
          }
          const r = 'consent' in s ? decideConsent(state, state.trail, s.consent, t) : decideRound(state, s.round, t);
          if (r.ok) append(r.events);
          for (const item of state.trail.items) {
            for (const resp of item.responses.values()) assert.ok(item.rights.deciders.includes(resp.pid), 'only deciders answer');
            for (const o of item.objections) assert.ok(o.reason.trim() !== '', 'every objection has its reason');
            if (item.decided) assert.ok(item.objections.every((o) => o.state !== 'open'), 'nothing is decided over an open objection');
            assert.ok(item.objections.filter((o) => o.state === 'open').length <= new Set(item.objections.map((o) => o.pid)).size);
          }
        });
        assert.equal(state.ignored, 0, 'the meeting fold ignored an emitted event');
        assert.equal(state.trail.ignored, 0, 'the trail ignored an emitted event');
        // A replay of what was emitted gives the same trail.
        const replay = foldEvents([...meeting(PIDS), ...events], createMeetingState());
        assert.deepEqual(replay.trail, state.trail);
      }),
      { numRuns: 300 },
    );
  });
});
