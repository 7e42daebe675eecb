/** Private floor nudges: interrupted three times or more; one turn held four minutes or more. */
import { strict as assert } from 'node:assert';
import type { MeetingEvent } from '../../../shared/core/record/events';
import { foldEvents, MEETING_PARTS } from '../../../shared/core/meeting/meeting-parts';
import { floorNudges, HOLDING_NUDGE_MS } from '../../../shared/core/talk/floor-nudges';
import { toLiveState } from '../../../shared/ui/from-core';
import { at, byTime, meeting, speak, T0 } from '../../fakes/events';

const S = 1000;
/** `n` times, b speaks and c cuts in before b is done and goes on after. */
const cutIns = (n: number): MeetingEvent[] => Array.from({ length: n }, (_, i) => [...speak('b', i * 20 * S, i * 20 * S + 5 * S), ...speak('c', i * 20 * S + 4 * S, i * 20 * S + 9 * S)]).flat();
const nudges = (events: MeetingEvent[], nowMs: number) => floorNudges(foldEvents(byTime(meeting(['a', 'b', 'c'], events))), T0 + nowMs).map((n) => (n.kind === 'interrupted' ? `${n.pid} interrupted ${n.count}` : `${n.pid} holding ${n.heldMs}`));

describe('floor nudges', () => {
  const cases: [string, MeetingEvent[], number, string[]][] = [
    ['interrupted twice: nothing yet', cutIns(2), 60 * S, []],
    ['interrupted three times: named, with the count', cutIns(3), 70 * S, ['b interrupted 3']],
    ['interrupted four times: the count follows', cutIns(4), 90 * S, ['b interrupted 4']],
    ['interrupted three times but gone: not named', [...cutIns(3), at(65 * S, { type: 'participant.left', pid: 'b' })], 70 * S, []],
    ['a turn of 3 min 59 s: nothing', [at(0, { type: 'speech.started', pid: 'a' })], HOLDING_NUDGE_MS - S, []],
    ['a turn of 4 min, still speaking: named with its length', [at(0, { type: 'speech.started', pid: 'a' })], HOLDING_NUDGE_MS, [`a holding ${HOLDING_NUDGE_MS}`]],
    ['short pauses join one turn', [...speak('a', 0, 100 * S), ...speak('a', 101 * S, 200 * S), at(201 * S, { type: 'speech.started', pid: 'a' })], 250 * S, ['a holding 250000']],
    ['a pause of the minimum gap starts a new turn', [...speak('a', 0, 200 * S), at(202 * S, { type: 'speech.started', pid: 'a' })], 250 * S, []],
    ['held but stopped: not holding any more', speak('a', 0, HOLDING_NUDGE_MS + S), HOLDING_NUDGE_MS + 2 * S, []],
    ['after the meeting: none', [...cutIns(3), at(70 * S, { type: 'meeting.ended' })], 80 * S, []],
  ];
  for (const [name, events, now, want] of cases) it(name, () => assert.deepEqual(nudges(events, now), want));

  it('nothing while talk is not measured', () => assert.deepEqual(nudges([], HOLDING_NUDGE_MS * 2), []));

  it('join the live view\'s one nudge list, under its one grace period', () => {
    const state = foldEvents(byTime(meeting(['a', 'b', 'c'], cutIns(3))));
    assert.deepEqual(toLiveState(state, T0 + 70 * S, MEETING_PARTS).nudges, [], 'nothing inside the 3-minute grace (core/talk/nudges.ts)');
    const live = toLiveState(state, T0 + 180 * S, MEETING_PARTS);
    assert.deepEqual(
      live.nudges.filter((n) => n.kind === 'interrupted'),
      [{ kind: 'interrupted', pid: 'b', name: 'B', count: 3 }],
    );
  });
});
