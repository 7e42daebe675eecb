/**
 * Marks that share structure (talk/talk-marks.ts, TalkHistory) give exactly what copying every
 * participant's totals at each mark gave: checked against that copying reference on random
 * meetings with decisions, rejoins, speech across marks and the window opening and closing.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { EventBody, MeetingEvent, Pid } from '../../../../shared/core/record/events';
import { createMeetingState } from '../../../../shared/core/meeting/meeting-state';
import { applyEvent, foldEvents, MEETING_PARTS } from '../../../../shared/core/meeting/meeting-parts';
import { TimeOrderedFold } from '../../../../shared/core/meeting/time-ordered-fold';
import { sortByTime } from '../../../../shared/core/record/record';
import { viewTrail } from '../../../../shared/core/decisions/decision-view';
import { talkAt } from '../../../../shared/core/talk/ledger';
import { meetingArbitrary } from '../meeting-arbitrary';

const PIDS = ['a', 'b', 'c', 'd', 'e'];
const pid = fc.constantFrom(...PIDS);
const body: fc.Arbitrary<EventBody> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constantFrom('speech.started', 'speech.ended', 'participant.left'), pid }) as fc.Arbitrary<EventBody> },
  { weight: 2, arbitrary: pid.map((p) => ({ type: 'participant.joined', pid: p, name: p.toUpperCase() }) as EventBody) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom('decision.proposed', 'decision.recorded'), fc.subarray(PIDS), fc.subarray(PIDS), fc.nat(3)).map(
      ([type, deciders, contributors, k]) => ({ type, did: `d${k}`, title: 'x', outcome: 'y', rights: { initiator: deciders[0] ?? null, deciders, contributors, informed: [] } }) as EventBody,
    ),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'meeting.started', id: 'm', title: 't' } as EventBody) },
);

/** The copying reference: every participant's totals at each decision's marks. */
function reference(events: MeetingEvent[], now: number) {
  const s = createMeetingState();
  const copy = (t: number) => new Map(Array.from(s.participants.values(), (p) => [p.pid, { talkMs: talkAt(p, t), turns: p.turns, present: p.present }]));
  const items = new Map<string, { start: ReturnType<typeof copy>; end: ReturnType<typeof copy> | null; rights: { initiator: Pid | null; deciders: Pid[]; contributors: Pid[] } }>();
  for (const e of events) {
    applyEvent(s, e);
    if (e.type === 'decision.proposed' && !items.has(e.did)) items.set(e.did, { start: copy(s.lastT), end: null, rights: e.rights });
    if (e.type === 'decision.recorded') {
      const item = items.get(e.did);
      if (item?.end) continue;
      const start = item?.start ?? copy(s.lastT);
      items.set(e.did, { start, end: copy(s.lastT), rights: e.rights });
    }
  }
  const endNow = copy(s.windowEnd ?? Math.max(now, s.lastT));
  return Array.from(items, ([d, item]) => {
    const end = item.end ?? endNow;
    const pids = [...new Set([...(item.rights.initiator ? [item.rights.initiator] : []), ...item.rights.deciders, ...item.rights.contributors])];
    return { did: d, people: pids.map((p) => ({ pid: p, talkMs: Math.max(0, (end.get(p)?.talkMs ?? 0) - (item.start.get(p)?.talkMs ?? 0)), turns: Math.max(0, (end.get(p)?.turns ?? 0) - (item.start.get(p)?.turns ?? 0)), present: end.get(p)?.present ?? false })) };
  });
}

describe('core/decisions/participation: marks that share structure', () => {
  it('equal the copying reference on random meetings (property)', () => {
    fc.assert(
      fc.property(meetingArbitrary(body, fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 9000 }), 60), ({ events, now }) => {
        const state = foldEvents(events);
        const got = viewTrail(state, state.trail, now).map((d) => ({ did: d.did, people: d.participation.people.map((p) => ({ pid: p.pid, talkMs: p.talkMs, turns: p.turns, present: p.present })) }));
        assert.deepEqual(got, reference(events, now));
        // Arrivals out of time order: rebuilt from a cloned checkpoint (the history's own clone), the same as a sorted fold.
        const late = events.slice().reverse();
        const live = TimeOrderedFold.of(late, { horizonMs: 2000, parts: MEETING_PARTS });
        assert.ok(late.length < 2 || live.rebuilds + live.refolds > 0 || late.every((e) => e.t === late[0]!.t));
        const sorted = foldEvents(sortByTime(late));
        assert.deepEqual(viewTrail(live.state, live.state.trail, now), viewTrail(sorted, sorted.trail, now));
      }),
      { numRuns: 400 },
    );
  });

  it('3,000 people and 3,000 decisions keep marks small: only who changed is stored', () => {
    const T = 1_767_603_600_000;
    const events: MeetingEvent[] = [{ v: 1, t: T, type: 'meeting.started', id: 'm', title: 'Many' }];
    for (let i = 0; i < 3000; i++) events.push({ v: 1, t: T + 1, type: 'participant.joined', pid: `p${i}`, name: `P${i}` });
    for (let i = 0; i < 3000; i++) events.push({ v: 1, t: T + 2 + i, type: 'decision.proposed', did: `d${i}`, title: 'x', rights: { initiator: `p${i}`, deciders: [`p${i}`], contributors: [], informed: [] } });
    const state = foldEvents(events);
    // Copying marks would hold 3,000 x 3,000 = 9,000,000 entries; sharing holds one per person.
    assert.equal(state.trail.talk?.stored, 3000);
    assert.equal(viewTrail(state, state.trail, T + 9000).length, 3000);
  });
});
