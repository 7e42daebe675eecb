// The summary's coaching suggestions: pure rules over a folded meeting, table-driven. Each row
// is a meeting and the suggestions (rule, practice, figure, names, English wording) it must give.
import assert from 'node:assert/strict';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { summarize } from '../../../shared/core/summary/summary';
import { coachingSuggestions, suggestionText, type Suggestion } from '../../../shared/core/summary/coaching';
import type { MeetingEvent } from '../../../shared/core/record/events';
import { at, byTime, meeting, speak } from '../../fakes/events';

const END = 600_000;
const ended = (pids: string[], extra: MeetingEvent[] = []) => byTime([...meeting(pids, extra), at(END, { type: 'meeting.ended' })]);
function coach(events: MeetingEvent[]) {
  const state = foldEvents(events);
  const withTrail = coachingSuggestions(summarize(state, state.lastT, { leadership: true }));
  // Every path coaches alike: a summary made without the leadership part (a history list, a preview) too.
  assert.deepEqual(coachingSuggestions(summarize(state, state.lastT)), withTrail);
  return withTrail;
}
const brief = (xs: Suggestion[]) => xs.map((x) => [x.rule, x.practice, x.figure, x.names, suggestionText(x)]);

const rights = (deciders: string[]) => ({ initiator: null, deciders, contributors: [], informed: [] });
const decided = (did: string, offset: number, answers: MeetingEvent[] = []) => [
  at(offset, { type: 'decision.proposed', did, title: `Item ${did}`, rights: rights(['a', 'b']) }),
  ...answers,
  at(offset + 1_000, { type: 'decision.recorded', did, title: `Item ${did}`, outcome: 'yes', rights: rights(['a', 'b']) }),
];
const go = (rid: string, offset: number, order: string[], slotMs: number, turns: [string, number][]) => [
  at(offset, { type: 'round.started', rid, kind: 'go-around', order, slotMs }),
  ...turns.map(([pid, ms]) => at(offset + ms, { type: 'round.turn', rid, pid })),
];

const table: [string, MeetingEvent[], unknown[]][] = [
  ['nothing measured: nothing said about who talked', ended(['a', 'b', 'c']), []],
  ['balanced talk, no rounds, no decisions: nothing to change', ended(['a', 'b'], [...speak('a', 0, 60_000), ...speak('b', 60_000, 120_000)]), []],
  [
    'someone not heard: a quietest-first check-in',
    ended(['a', 'b', 'c'], [...speak('a', 0, 60_000), ...speak('b', 60_000, 120_000)]),
    [['not-heard', 'quietest-first-check-in', 1, ['C'], 'C was not heard: open next time with a quietest-first check-in.']],
  ],
  [
    'a dominant voice (48 % of six, over twice the fair share): a go-around with 60 s boxes',
    ended(['a', 'b', 'c', 'd', 'e', 'f'], [...speak('a', 0, 240_000), ...speak('b', 240_000, 300_000), ...speak('c', 300_000, 360_000), ...speak('d', 360_000, 420_000), ...speak('e', 420_000, 460_000), ...speak('f', 460_000, 500_000)]),
    [['dominant', 'go-around-boxes', 0.48, ['A'], 'A held 48 % of the talk: try a go-around with 1 min boxes.']],
  ],
  [
    'two decisions without a consent round (one with answers does not count)',
    ended(['a', 'b'], [...speak('a', 0, 60_000), ...speak('b', 60_000, 120_000), ...decided('d1', 130_000), ...decided('d2', 140_000), ...decided('d3', 150_000, [at(150_500, { type: 'consent.response', did: 'd3', pid: 'a', response: 'consent' })])]),
    [['no-consent', 'consent-round', 2, [], 'Two decisions were taken without a consent round: run one before the next decision.']],
  ],
  [
    'turns overrunning their box: warn earlier',
    // 30 s boxes: a and b take 50 s each, c 20 s.
    ended(['a', 'b', 'c'], [...go('r1', 0, ['a', 'b', 'c'], 30_000, [['a', 0], ['b', 50_000], ['c', 100_000]]), ...speak('a', 0, 50_000), ...speak('b', 50_000, 100_000), ...speak('c', 100_000, 120_000), at(120_000, { type: 'round.ended', rid: 'r1' })]),
    [['overran', 'earlier-warning', 2, [], '2 of 3 turns overran their box: warn earlier (e.g. 30 s before the end) or use shorter boxes.']],
  ],
  [
    'cross-talk in turns: one voice at a time',
    ended(['a', 'b'], [...go('r1', 0, ['a', 'b'], 120_000, [['a', 0], ['b', 120_000]]), ...speak('a', 0, 60_000), ...speak('b', 60_000, 100_000), ...speak('b', 120_000, 160_000), ...speak('a', 160_000, 200_000), at(240_000, { type: 'round.ended', rid: 'r1' })]),
    [['cross-talk', 'one-voice', 80_000, ['A', 'B'], "Others spoke 1 min 20 s during someone else's turn (A, B): ask for one voice at a time in rounds."]],
  ],
  [
    'at most three suggestions, in priority order',
    ended(['a', 'b', 'c', 'd'], [...speak('a', 0, 300_000), ...speak('b', 300_000, 330_000), ...speak('c', 330_000, 360_000), ...decided('d1', 400_000), ...decided('d2', 410_000), ...decided('d3', 420_000)]),
    [
      ['not-heard', 'quietest-first-check-in', 1, ['D'], 'D was not heard: open next time with a quietest-first check-in.'],
      ['dominant', 'go-around-boxes', 300_000 / 360_000, ['A'], 'A held 83 % of the talk: try a go-around with 1 min boxes.'],
      ['no-consent', 'consent-round', 3, [], 'Three decisions were taken without a consent round: run one before the next decision.'],
    ],
  ],
];

describe('core/coaching', () => {
  for (const [name, events, want] of table) it(name, () => assert.deepEqual(brief(coach(events)), want));

  it('counts interruptions by one person (3 or more): a raised-hand queue', () => {
    // B starts while A speaks and outlasts A, three times.
    const events = ended(['a', 'b'], [0, 100_000, 200_000].flatMap((t) => [...speak('a', t, t + 30_000), ...speak('b', t + 20_000, t + 60_000)]));
    const got = coach(events).find((x) => x.rule === 'interruptions');
    assert.deepEqual(got && [got.figure, got.names, suggestionText(got)], [3, ['B'], 'B interrupted 3 times: a discussion round with raised hands gives everyone their turn.']);
  });

  it('renders names for the target format', () => {
    const [x] = coach(ended(['a', 'b', 'c'], [...speak('a', 0, 60_000), ...speak('b', 60_000, 120_000)]));
    assert.equal(suggestionText(x!, (n) => `*${n}*`), '*C* was not heard: open next time with a quietest-first check-in.');
  });
});
