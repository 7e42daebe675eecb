// The demo's ground truth as the page showed it: a step the page showed late moves the talk
// time the extension can measure (the browser slice compares with this, not with the script).
import { strict as assert } from 'node:assert';
import { DEMO_SCRIPT, expectedTalkMs, shownTalkMs, type SpeakingScript } from '../../../webext/src/demo/demo-script';

describe('demo script: talk time as shown', () => {
  const script: SpeakingScript = { people: [{ id: 'a', name: 'A', speaks: [[500, 4000], [9000, 10500]] }, { id: 'b', name: 'B', speaks: [] }], endMs: 13000 };
  const onTime = (marks: number[], origin: number) => marks.map((ms) => [ms, origin + ms] as [number, number]);

  it('equals the script when every step was shown on time', () => {
    const marks = [0, 500, 4000, 9000, 10500, 13000];
    assert.deepEqual(shownTalkMs(script, onTime(marks, 1_000_000)), expectedTalkMs(script));
    const all = [...new Set([0, DEMO_SCRIPT.endMs, ...DEMO_SCRIPT.people.flatMap((p) => [...p.speaks, ...(p.breaths ?? [])].flat())])].sort((x, y) => x - y);
    assert.deepEqual(shownTalkMs(DEMO_SCRIPT, onTime(all, 5)), expectedTalkMs(DEMO_SCRIPT));
  });

  it('counts from when the page showed a start or an end: a late start shortens, a late end lengthens', () => {
    const played = onTime([0, 500, 4000, 9000, 10500, 13000], 0);
    played[1] = [500, 834]; // the 500 ms step shown 334 ms late
    played[4] = [10500, 10600]; // the end at 10.5 s shown 100 ms late
    assert.deepEqual(shownTalkMs(script, played), { a: 5000 - 334 + 100, b: 0 });
  });

  it('a step skipped (a playback resumed after it) counts from the next step shown', () => {
    const played: [number, number][] = [[2000, 2000], [4000, 4000], [9000, 9000], [10500, 10500], [13000, 13000]];
    assert.deepEqual(shownTalkMs(script, played), { a: 2000 + 1500, b: 0 });
  });
});
