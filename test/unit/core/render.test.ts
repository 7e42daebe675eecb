import { strict as assert } from 'node:assert';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { renderCsv, renderTurnsCsv } from '../../../shared/core/summary/render-csv';
import { renderMarkdown } from '../../../shared/core/summary/render-markdown';
import { summarize } from '../../../shared/core/summary/summary';
import { at, meeting, speak } from '../../fakes/events';

/** A VS Code style meeting: a timed round, nobody marked as speaking. */
const unmeasured = () =>
  summarize(
    foldEvents(
      meeting(['a', 'b'], [
        at(0, { type: 'round.started', rid: 'r1', kind: 'go-around', order: ['a', 'b'], slotMs: 60_000 }),
        at(0, { type: 'round.turn', rid: 'r1', pid: 'a' }),
        at(75_000, { type: 'round.turn', rid: 'r1', pid: 'b' }),
        at(100_000, { type: 'round.ended', rid: 'r1' }),
        at(120_000, { type: 'meeting.ended' }),
      ]),
    ),
    0,
  );

describe('core/render', () => {
  it('Markdown says talk was not tracked instead of printing zeros', () => {
    const md = renderMarkdown(unmeasured());
    assert.match(md, /Talk time: not tracked/);
    assert.match(md, /\| A \| – \| – \| 50 % \| – \| 2 min \|  \|/);
    assert.match(md, /\| # \| Speaker \| Allotted \| Took \| Outcome \|/);
    assert.match(md, /\| 1 \| A \| 1 min \| 1 min 15 s \| overran by 15 s \|/);
    assert.doesNotMatch(md, /Quiet voices|Not heard/);
    assert.match(md, /## Floor\n\nNot tracked in this meeting/);
  });

  it('CSV leaves unknown talk and floor cells empty', () => {
    const lines = renderCsv(unmeasured()).split('\r\n');
    assert.equal(lines[0], 'pid,name,talkMs,share,turns,presenceMs,fairShare,quiet,dominant,notHeard,longestTurnMs,backchannels,interruptionsMade,interruptionsReceived,interrupted:a,interrupted:b');
    assert.equal(lines[1], 'a,A,,,,120000,0.5,,,,,,,,,');
    assert.equal(lines.at(-1), '');
  });

  it('turns CSV: one row per turn with allotted and elapsed', () => {
    const lines = renderTurnsCsv(unmeasured()).trimEnd().split('\r\n');
    assert.deepEqual(lines, ['round,kind,topic,turn,pid,name,allottedMs,spokeMs,elapsedMs,passed,overranMs', 'r1,go-around,,1,a,A,60000,,75000,false,15000', 'r1,go-around,,2,b,B,60000,,25000,false,0']);
  });
  it('Markdown\'s coaching names every unheard person in full', () => {
    const s = summarize(foldEvents(meeting(['a', 'emeka', 'dolores'], [...speak('a', 0, 60_000), at(90_000, { type: 'meeting.ended' })])), 0);
    const md = renderMarkdown(s);
    assert.match(md, /^- EMEKA, DOLORES were not heard: open next time/m);
    assert.doesNotMatch(md, /…/);
  });
});
