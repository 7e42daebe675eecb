// from-core against the real core: events folded by the core, mapped to the UI's props.
import assert from 'node:assert/strict';
import { createMeetingState, foldEvents, MEETING_PARTS, summarize } from '../../../shared/core/index';
import { abilities, toLiveState } from '../../../shared/ui/from-core';
import { toSummaryData } from '../../../shared/ui/summary-data';
import { speechSpans } from '../../../shared/ui/speech-spans';
import { at, byTime, meeting, speak, T0 } from '../../fakes/events';

const round = (offset: number, order: string[], slotMs = 60_000, kind: 'go-around' | 'discussion' = 'go-around') => [
  at(offset, { type: 'round.started', rid: 'r1', kind, topic: 'Updates', order, slotMs }),
  ...(order[0] ? [at(offset, { type: 'round.turn', rid: 'r1', pid: order[0] })] : []),
];

describe('ui/from-core', () => {
  describe('toLiveState', () => {
    it('computes the countdown from timestamps at `now`, with no tick counted', () => {
      const s = foldEvents(byTime(meeting(['a', 'b', 'c'], [...round(1_000, ['a', 'b', 'c']), ...speak('a', 2_000, 20_000)])));
      const live = toLiveState(s, T0 + 31_000, MEETING_PARTS);
      assert.deepEqual(live.timer, { remainingMs: 30_000, totalMs: 60_000, paused: false, warnMs: 15_000 });
      // The same state asked later reads later: nothing is stored between calls.
      assert.equal(toLiveState(s, T0 + 76_000, MEETING_PARTS).timer!.remainingMs, -15_000);
    });

    it('marks current, next and waiting, and names the speaker', () => {
      const s = foldEvents(byTime(meeting(['a', 'b', 'c'], round(1_000, ['a', 'b', 'c']))));
      const live = toLiveState(s, T0 + 2_000, MEETING_PARTS);
      assert.deepEqual(
        live.round!.order.map((o) => [o.pid, o.name, o.status]),
        [
          ['a', 'A', 'current'],
          ['b', 'B', 'next'],
          ['c', 'C', 'waiting'],
        ],
      );
      assert.equal(live.round!.currentIndex, 0);
      assert.equal(live.round!.topic, 'Updates');
      assert.equal(live.turnName, 'A');
    });

    it('shows done and passed after turns move on', () => {
      const s = foldEvents(
        byTime(
          meeting(['a', 'b', 'c'], [
            ...round(1_000, ['a', 'b', 'c']),
            at(10_000, { type: 'round.turn', rid: 'r1', pid: 'b' }),
            at(12_000, { type: 'round.passed', rid: 'r1' }),
            at(12_000, { type: 'round.turn', rid: 'r1', pid: 'c' }),
          ]),
        ),
      );
      assert.deepEqual(toLiveState(s, T0 + 13_000, MEETING_PARTS).round!.order.map((o) => o.status), ['done', 'passed', 'current']);
    });

    it('enables exactly what the core accepts: paused means only resume and end', () => {
      const s = foldEvents(byTime(meeting(['a', 'b'], [...round(1_000, ['a', 'b']), at(5_000, { type: 'round.paused', rid: 'r1' })])));
      assert.deepEqual(abilities(s, T0 + 6_000), { next: false, pass: false, extend: false, pause: false, resume: true, end: true });
      const live = toLiveState(s, T0 + 60_000, MEETING_PARTS);
      assert.equal(live.timer!.paused, true);
      assert.equal(live.timer!.remainingMs, 56_000, 'the deadline moves while paused');
    });

    it('has no timer and nothing enabled between rounds', () => {
      const s = foldEvents(byTime(meeting(['a', 'b'])));
      const live = toLiveState(s, T0 + 5_000, MEETING_PARTS);
      assert.equal(live.round, null);
      assert.equal(live.timer, null);
      assert.deepEqual(live.can, { next: false, pass: false, extend: false, pause: false, resume: false, end: false });
    });

    it('gives balance figures, the not-heard strip and private nudges only when talk is measured', () => {
      const unmeasured = toLiveState(foldEvents(byTime(meeting(['a', 'b']))), T0 + 240_000, MEETING_PARTS);
      assert.equal(unmeasured.measured, false);
      assert.deepEqual(unmeasured.nudges, []);
      assert.deepEqual(unmeasured.notHeard, [], 'nobody is known to be unheard when nothing is measured');
      const s = foldEvents(byTime(meeting(['a', 'b', 'c'], [...speak('a', 0, 50_000), ...speak('b', 50_000, 60_000)])));
      const early = toLiveState(s, T0 + 60_000, MEETING_PARTS);
      assert.equal(early.measured, true);
      const a = early.people.find((p) => p.pid === 'a')!;
      assert.equal(a.talkMs, 50_000);
      assert.ok(Math.abs(a.share - 50 / 60) < 1e-9);
      assert.deepEqual(early.notHeard, [{ pid: 'c', name: 'C' }]);
      assert.deepEqual(early.nudges, [], 'a minute in is inside the 3-minute grace');
      const later = toLiveState(s, T0 + 180_000, MEETING_PARTS);
      // Only the dominant voice: "C has not spoken" is the strip's, never repeated as a nudge.
      assert.deepEqual(
        later.nudges.map((n) => [n.kind, n.pid]),
        [['dominant', 'a']],
      );
    });

    it('keeps whose turn it is and who is talking as two facts', () => {
      const s = foldEvents(byTime(meeting(['a', 'b', 'c'], [...round(1_000, ['a', 'b', 'c']), at(2_000, { type: 'speech.started', pid: 'b' })])));
      const live = toLiveState(s, T0 + 5_000, MEETING_PARTS);
      assert.equal(live.turnName, 'A');
      assert.deepEqual(live.talking, ['B']);
    });

    it('lists raised hands in queue order with names and how long each has waited', () => {
      const s = foldEvents(byTime(meeting(['a', 'b', 'c'], [at(1_000, { type: 'hand.raised', pid: 'c' }), at(2_000, { type: 'hand.raised', pid: 'a' })])));
      assert.deepEqual(toLiveState(s, T0 + 3_000, MEETING_PARTS).hands, [
        { pid: 'c', name: 'C', waitMs: 2_000 },
        { pid: 'a', name: 'A', waitMs: 1_000 },
      ]);
    });
  });

  describe('speechSpans', () => {
    it('follows design.md: repeated starts and stray ends ignored, open speech closed by leave or window end', () => {
      const events = byTime(
        meeting(['a', 'b', 'c'], [
          at(1_000, { type: 'speech.started', pid: 'a' }),
          at(2_000, { type: 'speech.started', pid: 'a' }), // repeated start: ignored
          at(5_000, { type: 'speech.ended', pid: 'a' }),
          at(6_000, { type: 'speech.ended', pid: 'a' }), // end without start: ignored
          at(7_000, { type: 'speech.started', pid: 'b' }),
          at(9_000, { type: 'participant.left', pid: 'b' }),
          at(8_000, { type: 'speech.started', pid: 'c' }),
        ]),
      );
      assert.deepEqual(speechSpans(events, T0, T0 + 10_000), [
        { pid: 'a', startMs: 1_000, endMs: 5_000 },
        { pid: 'b', startMs: 7_000, endMs: 9_000 },
        { pid: 'c', startMs: 8_000, endMs: 10_000 },
      ]);
    });

    it('clips to the window and closes everything at meeting.ended', () => {
      const events = byTime([...meeting(['a']), at(-5_000, { type: 'speech.started', pid: 'a' }), at(4_000, { type: 'meeting.ended' })]);
      assert.deepEqual(speechSpans(events, T0, T0 + 4_000), [{ pid: 'a', startMs: 0, endMs: 4_000 }]);
    });
  });

  describe('toSummaryData', () => {
    it('maps the summary with turns, decisions by name and the timeline from the record', () => {
      const events = byTime(
        meeting(['a', 'b', 'c'], [
          ...round(0, ['a', 'b', 'c'], 30_000),
          ...speak('a', 1_000, 41_000),
          at(42_000, { type: 'round.turn', rid: 'r1', pid: 'b' }),
          at(43_000, { type: 'round.passed', rid: 'r1' }),
          at(43_000, { type: 'round.ended', rid: 'r1' }),
          at(50_000, { type: 'decision.recorded', did: 'd1', title: 'Ship it', outcome: 'accepted', rights: { initiator: 'a', deciders: ['a', 'b'], contributors: [], informed: [] } }),
          at(60_000, { type: 'meeting.ended' }),
        ]),
      );
      const state = foldEvents(events);
      const data = toSummaryData(summarize(state, T0 + 60_000), events);
      assert.equal(data.title, 'Weekly');
      assert.equal(data.facilitator, 'A');
      assert.equal(data.durationMs, 60_000);
      assert.equal(data.measured, true);
      assert.deepEqual(data.spans, [{ pid: 'a', startMs: 1_000, endMs: 41_000 }]);
      assert.deepEqual(
        data.rounds[0]!.turns.map((x) => [x.pid, x.allottedMs, x.usedMs, x.passed]),
        [
          ['a', 30_000, 40_000, false],
          ['b', 30_000, 0, true],
        ],
      );
      assert.deepEqual(data.rounds[0]!.skipped, [{ pid: 'c', name: 'C' }], 'ended before C had a turn');
      assert.deepEqual(data.decisions, [{ did: 'd1', title: 'Ship it', outcome: 'accepted', deciders: ['A', 'B'] }]);
    });

    it('maps the leadership fold: trail with consent, objections and who was heard, hand-overs, debrief by prompt', () => {
      const rights = { initiator: 'a', deciders: ['b', 'c'], contributors: ['a'], informed: ['d'] };
      const events = byTime(
        meeting(['a', 'b', 'c', 'd'], [
          at(10_000, { type: 'decision.proposed', did: 'd1', title: 'Rotate facilitation', proposal: 'Weekly rota', rights }),
          ...speak('b', 11_000, 31_000),
          at(32_000, { type: 'consent.response', did: 'd1', pid: 'b', response: 'consent' }),
          at(33_000, { type: 'consent.response', did: 'd1', pid: 'c', response: 'objection', reason: 'Too often' }),
          at(34_000, { type: 'objection.resolved', did: 'd1', pid: 'c', how: 'Fortnightly' }),
          at(40_000, { type: 'decision.recorded', did: 'd1', title: 'Rotate facilitation', outcome: 'Fortnightly rota', rationale: 'Shared load', rights }),
          at(45_000, { type: 'decision.proposed', did: 'd2', title: 'Open item', rights: { initiator: null, deciders: ['d'], contributors: [], informed: [] } }),
          at(50_000, { type: 'facilitator.changed', pid: 'b' }),
          at(55_000, { type: 'debrief.answered', prompt: 'worked', pid: 'a', text: 'Calm' }),
          at(56_000, { type: 'debrief.answered', prompt: 'change', text: 'Start on time' }),
          at(60_000, { type: 'meeting.ended' }),
        ]),
      );
      const state = foldEvents(events, createMeetingState());
      const data = toSummaryData(summarize(state, T0 + 60_000, { leadership: true }), events);
      const l = data.leadership!;
      assert.deepEqual(
        l.decisions.map((d) => [d.did, d.status, d.initiator, d.deciders, d.contributors, d.informed, d.outcome]),
        [
          ['d1', 'decided', 'A', ['B', 'C'], ['A'], ['D'], 'Fortnightly rota'],
          ['d2', 'open', null, ['D'], [], [], ''],
        ],
      );
      const d1 = l.decisions[0]!;
      assert.deepEqual(d1.responses.map((r) => [r.name, r.response, r.reason]), [['B', 'consent', ''], ['C', 'objection', 'Too often']]);
      assert.deepEqual(d1.objections.map((o) => [o.name, o.reason, o.state, o.how]), [['C', 'Too often', 'resolved', 'Fortnightly']]);
      // Only B spoke while d1 was open (10 s to 40 s).
      assert.deepEqual(d1.heard.people.map((p) => [p.name, p.roles, p.talkMs, p.turns]), [['A', ['initiator', 'contributor'], 0, 0], ['B', ['decider'], 20_000, 1], ['C', ['decider'], 0, 0]]);
      assert.equal(d1.heard.measured, true);
      assert.deepEqual(l.facilitators, [{ pid: 'a', name: 'A', fromMs: 0 }, { pid: 'b', name: 'B', fromMs: 50_000 }]);
      assert.deepEqual(l.debrief, { worked: [{ name: 'A', text: 'Calm' }], 'did-not': [], change: [{ name: null, text: 'Start on time' }] });
      // Without the leadership fold the summary has no trail: the view falls back to recorded decisions.
      assert.equal(toSummaryData(summarize(state, T0 + 60_000), events).leadership, undefined);
    });
  });
});
