import { strict as assert } from 'node:assert';
import { createMeetingState } from '../../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { computeMetrics, gini } from '../../../shared/core/talk/metrics';
import { at, byTime, meeting, speak, T0 } from '../../fakes/events';

const fold = (events: ReturnType<typeof meeting>, minGapMs?: number) => foldEvents(byTime(events), createMeetingState({ minGapMs }));
const get = (m: ReturnType<typeof computeMetrics>, pid: string) => m.participants.find((p) => p.pid === pid)!;

describe('core/metrics', () => {
  it('gini matches the pairwise definition', () => {
    const cases: [number[], number][] = [
      [[], 0],
      [[0, 0, 0], 0],
      [[5, 5], 0],
      [[10, 0], 0.5],
      [[1, 2, 3], 2 * (1 + 2 + 1) / (2 * 9 * 2)],
    ];
    for (const [xs, want] of cases) assert.ok(Math.abs(gini(xs) - want) < 1e-12, `${xs} -> ${gini(xs)}`);
  });

  it('talk, share, silence and overlap over a closed window', () => {
    // a: 0-10 s, b: 5-15 s (overlap 5 s), window 0-20 s
    const s = fold(meeting(['a', 'b'], [...speak('a', 0, 10_000), ...speak('b', 5_000, 15_000), at(20_000, { type: 'meeting.ended' })]));
    const m = computeMetrics(s, T0 + 99_999);
    assert.equal(m.windowMs, 20_000);
    assert.equal(m.speakingMs, 15_000);
    assert.equal(m.silenceMs, 5_000);
    assert.equal(m.overlapMs, 5_000);
    assert.equal(get(m, 'a').talkMs, 10_000);
    assert.equal(get(m, 'b').share, 0.5);
    assert.equal(get(m, 'a').fairShare, 0.5);
    assert.equal(m.gini, 0);
    assert.equal(m.balance, 100);
  });

  it('an open speech counts up to now while live, and closes at participant.left', () => {
    const live = fold(meeting(['a', 'b'], [at(1_000, { type: 'speech.started', pid: 'a' })]));
    assert.equal(get(computeMetrics(live, T0 + 4_000), 'a').talkMs, 3_000);
    assert.equal(get(computeMetrics(live, T0 + 9_000), 'a').talkMs, 8_000);
    const left = fold(meeting(['a', 'b'], [at(1_000, { type: 'speech.started', pid: 'a' }), at(3_000, { type: 'participant.left', pid: 'a' })]));
    const m = computeMetrics(left, T0 + 10_000);
    assert.equal(get(m, 'a').talkMs, 2_000);
    assert.equal(get(m, 'a').presenceMs, 3_000);
    assert.equal(get(m, 'b').presenceMs, 10_000);
    assert.equal(get(m, 'a').fairShare, 3 / 13);
  });

  it('ignores a repeated start and an end without a start', () => {
    const s = fold(meeting(['a'], [at(1_000, { type: 'speech.started', pid: 'a' }), at(2_000, { type: 'speech.started', pid: 'a' }), at(3_000, { type: 'speech.ended', pid: 'a' }), at(4_000, { type: 'speech.ended', pid: 'a' })]));
    const m = computeMetrics(s, T0 + 5_000);
    assert.equal(get(m, 'a').talkMs, 2_000);
    assert.equal(get(m, 'a').turns, 1);
  });

  const turnCases: [string, number, number][] = [
    ['gap 1499 < 1500 joins', 1_499, 1],
    ['gap 1500 does not join', 1_500, 2],
    ['gap 10 s does not join', 10_000, 2],
  ];
  for (const [name, gap, turns] of turnCases)
    it(`turns: ${name}`, () => {
      const s = fold(meeting(['a'], [...speak('a', 0, 1_000), ...speak('a', 1_000 + gap, 2_000 + gap)]));
      assert.equal(get(computeMetrics(s, T0 + 20_000), 'a').turns, turns);
    });

  it('minGapMs is an option of the fold', () => {
    const s = fold(meeting(['a'], [...speak('a', 0, 1_000), ...speak('a', 3_000, 4_000)]), 5_000);
    assert.equal(get(computeMetrics(s, T0 + 20_000), 'a').turns, 1);
  });

  it('quiet, dominant and not-heard voices', () => {
    // 4 present for 100 s; a talks 60 s, b 30 s, c 6 s, d nothing.
    const s = fold(meeting(['a', 'b', 'c', 'd'], [...speak('a', 0, 60_000), ...speak('b', 60_000, 90_000), ...speak('c', 90_000, 96_000), at(100_000, { type: 'meeting.ended' })]));
    const m = computeMetrics(s, 0);
    assert.deepEqual(m.dominant, ['a']);
    assert.deepEqual(m.quiet, ['c', 'd']);
    assert.deepEqual(m.notHeard, ['d']);
    assert.ok(m.gini > 0 && m.gini < 1);
    assert.equal(m.balance, Math.round(100 * (1 - m.gini)));
  });

  it('talk not tracked (no speech events): shares 0, gini 0, and nobody flagged', () => {
    const m = computeMetrics(fold(meeting(['a', 'b'])), T0 + 60_000);
    assert.equal(m.measured, false);
    assert.deepEqual(m.participants.map((p) => p.share), [0, 0]);
    assert.equal(m.gini, 0);
    assert.equal(m.silenceMs, 60_000);
    assert.deepEqual([m.notHeard, m.quiet, m.dominant], [[], [], []]);
  });

  it('tracked but silent so far: everyone not heard and quiet', () => {
    // An end without a start changes no interval, but shows that speech is being tracked.
    const m = computeMetrics(fold(meeting(['a', 'b'], [at(1_000, { type: 'speech.ended', pid: 'a' })])), T0 + 60_000);
    assert.equal(m.measured, true);
    assert.deepEqual(m.notHeard, ['a', 'b']);
    assert.deepEqual(m.quiet, ['a', 'b']);
  });

  it('events before meeting.started count only from T0', () => {
    const events = [
      at(-5_000, { type: 'participant.joined', pid: 'a', name: 'A' }),
      at(-4_000, { type: 'speech.started', pid: 'a' }),
      at(0, { type: 'meeting.started', id: 'm', title: 't' }),
      at(2_000, { type: 'speech.ended', pid: 'a' }),
      at(10_000, { type: 'meeting.ended' }),
    ];
    const m = computeMetrics(fold(events), 0);
    assert.equal(m.windowMs, 10_000);
    assert.equal(get(m, 'a').talkMs, 2_000);
    assert.equal(get(m, 'a').presenceMs, 10_000);
    assert.equal(get(m, 'a').turns, 1);
  });

  it('a speaker who never joined is present from T0 with their pid as name', () => {
    const m = computeMetrics(fold(meeting(['a'], speak('x', 5_000, 6_000))), T0 + 10_000);
    assert.equal(get(m, 'x').name, 'x');
    assert.equal(get(m, 'x').presenceMs, 10_000);
  });

  it('time never runs backwards: an older event applies at the last time', () => {
    const s = foldEvents([...meeting(['a']), at(5_000, { type: 'speech.started', pid: 'a' }), at(3_000, { type: 'speech.ended', pid: 'a' })]);
    assert.equal(get(computeMetrics(s, T0 + 9_000), 'a').talkMs, 0);
    assert.equal(computeMetrics(s, T0 + 1_000).at, T0 + 5_000);
  });
});
