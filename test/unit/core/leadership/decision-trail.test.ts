import { strict as assert } from 'node:assert';
import type { MeetingEvent } from '../../../../shared/core/record/events';
import { viewTrail } from '../../../../shared/core/decisions/decision-view';
import { createMeetingState } from '../../../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../../../shared/core/meeting/meeting-parts';
import { checkEvent } from '../../../../shared/core/record/record';
import { at, meeting, speak, T0 } from '../../../fakes/events';

const rights = { initiator: 'a', deciders: ['b', 'c'], contributors: ['d'], informed: [] };
const trailOf = (extra: MeetingEvent[], now = T0 + 600_000) => {
  const state = foldEvents(meeting(['a', 'b', 'c', 'd'], extra).sort((x, y) => x.t - y.t), createMeetingState());
  return { items: viewTrail(state, state.trail, now), ignored: state.trail.ignored, state };
};

describe('core/leadership/decision-trail', () => {
  it('status follows objections: open, blocked, open again, decided', () => {
    const steps: [MeetingEvent, string][] = [
      [at(1000, { type: 'decision.proposed', did: 'd', title: 'T', rights }), 'open'],
      [at(2000, { type: 'consent.response', did: 'd', pid: 'b', response: 'objection', reason: 'r1' }), 'blocked'],
      [at(3000, { type: 'consent.response', did: 'd', pid: 'c', response: 'objection', reason: 'r2' }), 'blocked'],
      [at(4000, { type: 'objection.withdrawn', did: 'd', pid: 'b' }), 'blocked'],
      [at(5000, { type: 'objection.resolved', did: 'd', pid: 'c', how: 'amended' }), 'open'],
      [at(6000, { type: 'decision.recorded', did: 'd', title: 'T', outcome: 'ok', rights }), 'decided'],
    ];
    const events: MeetingEvent[] = [];
    for (const [e, status] of steps) {
      events.push(e);
      assert.equal(trailOf(events).items[0]!.status, status, `after ${e.type}`);
    }
  });

  it('lists every decider (answered or not) in rights order, the latest answer counting', () => {
    const { items } = trailOf([
      at(1000, { type: 'decision.proposed', did: 'd', title: 'T', rights }),
      at(2000, { type: 'consent.response', did: 'd', pid: 'c', response: 'concern', reason: 'cost' }),
      at(3000, { type: 'consent.response', did: 'd', pid: 'c', response: 'consent' }),
      at(4000, { type: 'consent.response', did: 'd', pid: 'd', response: 'consent' }),
    ]);
    assert.deepEqual(
      items[0]!.responses.map((r) => [r.pid, r.response, r.reason, r.decider]),
      [
        ['b', null, '', true],
        ['c', 'consent', '', true],
        ['d', 'consent', '', false],
      ],
    );
  });

  it('participation counts only the talk inside the item’s window, live up to now', () => {
    const { items } = trailOf(
      [
        ...speak('b', 0, 20_000),
        at(30_000, { type: 'decision.proposed', did: 'd', title: 'T', rights }),
        // c was already speaking when the item opened: only the part inside the window counts.
        ...speak('c', 25_000, 40_000),
        ...speak('b', 50_000, 55_000),
        // d is still speaking at now.
        at(70_000, { type: 'speech.started', pid: 'd' }),
      ],
      T0 + 80_000,
    );
    const p = items[0]!.participation;
    assert.equal(p.windowMs, 50_000, 'open item: window runs to now');
    assert.deepEqual(
      p.people.map((x) => [x.pid, x.roles.join('+'), x.spoke, x.talkMs]),
      [
        ['a', 'initiator', false, 0],
        ['b', 'decider', true, 5_000],
        ['c', 'decider', true, 10_000],
        ['d', 'contributor', true, 10_000],
      ],
    );
  });

  it('a decision recorded without a proposal (a v1 record) is an item of its own, with its objections', () => {
    const { items, ignored } = trailOf([at(1000, { type: 'decision.recorded', did: 'x', title: 'Old', outcome: 'o', rights, objections: [{ pid: 'b', reason: 'no', resolved: true }, { pid: 'c', reason: 'never' }] })]);
    assert.equal(ignored, 0);
    assert.deepEqual(
      items.map((d) => [d.status, d.proposedAt, d.decidedAt, d.participation.windowMs, d.objections.map((o) => `${o.pid}:${o.state}`)]),
      [['decided', T0 + 1000, T0 + 1000, 0, ['b:resolved', 'c:open']]],
    );
  });

  it('counts what does not fit as ignored, and never throws', () => {
    const { items, ignored } = trailOf([
      at(1000, { type: 'consent.response', did: 'nope', pid: 'b', response: 'consent' }),
      at(1000, { type: 'decision.proposed', did: 'd', title: 'T', rights }),
      at(1000, { type: 'decision.proposed', did: 'd', title: 'Again', rights }),
      at(2000, { type: 'objection.resolved', did: 'd', pid: 'b' }),
      at(3000, { type: 'decision.recorded', did: 'd', title: 'T', outcome: 'o', rights }),
      at(4000, { type: 'decision.recorded', did: 'd', title: 'T', outcome: 'changed', rights }),
      at(5000, { type: 'consent.response', did: 'd', pid: 'b', response: 'objection', reason: 'late' }),
    ]);
    assert.equal(ignored, 5);
    assert.deepEqual([items.length, items[0]!.title, items[0]!.outcome, items[0]!.objections.length], [1, 'T', 'o', 0]);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['consent.response without a known answer', { type: 'consent.response', did: 'd', pid: 'b', response: 'maybe' }, 'response'],
    ['consent.response without a pid', { type: 'consent.response', did: 'd', response: 'consent' }, 'pid'],
    ['decision.proposed without rights', { type: 'decision.proposed', did: 'd', title: 'T' }, 'rights'],
    ['objection.withdrawn with a numeric how', { type: 'objection.withdrawn', did: 'd', pid: 'b', how: 3 }, 'how'],
    ['debrief.answered with an unknown prompt', { type: 'debrief.answered', prompt: 'liked', text: 'x' }, 'prompt'],
    ['facilitator.changed with an empty pid', { type: 'facilitator.changed', pid: '' }, 'pid'],
    ['round.started with an empty did', { type: 'round.started', rid: 'r', kind: 'consent', order: [], slotMs: 0, did: '' }, 'did'],
  ];
  for (const [what, body, field] of invalid)
    it(`the reader refuses ${what}, naming the field`, () => {
      const r = checkEvent({ v: 1, t: T0, ...body });
      assert.equal(!r.ok && 'problem' in r ? r.problem.field : null, field);
    });
});
