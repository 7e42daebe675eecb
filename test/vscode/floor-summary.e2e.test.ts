/**
 * The summary panel's floor dynamics in the real workbench: a record of design.md's worked
 * example, opened with Roundtable: Open Meeting Record from the palette (the path typed into
 * the file dialog), shows the figures, who interrupted whom as text, the turn-taking picture
 * with its table, replays from the keyboard, and axe-core finds no violations in the panel.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, withWorkbench } from './workbench.ts';

const T0 = 1_767_603_600_000;
const NAMES: Record<string, string> = { a: 'Ana', b: 'Bo', c: '<img src=x onerror=alert(1)>Chen', d: 'Dee' };

/** design.md's worked example (window 0-60 s) as a record file. */
function workedRecord(): string {
  const speech: [string, number, number][] = [['a', 0, 10_000], ['b', 3_000, 3_500], ['c', 9_000, 20_000], ['a', 20_500, 30_000], ['b', 25_000, 26_500], ['d', 31_000, 40_000]];
  const events: object[] = [{ v: 1, t: T0, type: 'meeting.started', id: 'worked', title: 'Worked example' }];
  for (const pid of Object.keys(NAMES)) events.push({ v: 1, t: T0, type: 'participant.joined', pid, name: NAMES[pid] });
  const marks = speech.flatMap(([pid, a, b]) => [[a, 'speech.started', pid] as const, [b, 'speech.ended', pid] as const]).sort((x, y) => x[0] - y[0]);
  for (const [t, type, pid] of marks) events.push({ v: 1, t: T0 + t, type, pid });
  events.push({ v: 1, t: T0 + 60_000, type: 'meeting.ended' });
  return events.map((e) => JSON.stringify(e)).join('\n') + '\n';
}

describe('the summary panel shows floor dynamics (code-server UI)', function () {
  this.timeout(240000);
  const workbench = withWorkbench();

  it('figures, who interrupted whom, the turn-taking picture, a keyboard replay, and no axe violations', async () => {
    const { folder, wb } = await workbench.open('floor', { prepare: (folder) => writeFileSync(path.join(folder, 'worked.jsonl'), workedRecord()) });
    await wb.palette('Roundtable: Open Meeting Record');
    await wb.answer(path.join(folder, 'worked.jsonl'));

    const panel = await wb.summaryPanel();
    const floor = panel.locator('section.rt-floor');
    await floor.waitFor({ timeout: 30000 });
    assert.deepEqual(await floor.locator('.rt-floor-figures li').allTextContents(), [
      'Floor changes: 4 (4.0 per minute)',
      'Median response gap: 0.3 s before the previous speaker stopped',
      `Longest turn: ${NAMES.c}, 11 s`,
    ]);
    const cells = (sel: string) => panel.locator(sel).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.deepEqual(await cells('table[data-interruptions] tbody tr'), [
      ['Ana', '–', '0'],
      [NAMES.c, '1', '–'],
    ]);
    const arrows = await panel.locator('svg[data-turn-taking] g[data-from]').evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-from')}>${g.getAttribute('data-to')} ${g.querySelector('text')!.textContent}`));
    assert.deepEqual(arrows, ['a>b 1', 'a>c 1', 'b>d 1', 'c>a 1']);
    assert.deepEqual(await cells('.rt-turn-taking tbody tr'), [
      ['Ana', 'Bo', '1'],
      ['Ana', NAMES.c, '1'],
      ['Bo', 'Dee', '1'],
      [NAMES.c, 'Ana', '1'],
    ]);
    assert.equal(await panel.locator('img').count(), 0, 'a hostile name stays text');

    // Replay from the keyboard: Home puts the playhead at the start, the talk chart follows.
    const slider = panel.getByRole('slider', { name: 'Replay position' });
    await slider.focus();
    await slider.press('Home');
    assert.equal(await panel.locator('.rt-playhead').getAttribute('data-playhead'), '0');
    await slider.press('ArrowRight');
    await slider.press('ArrowRight');
    assert.equal(await slider.getAttribute('aria-valuetext'), '0:10 of 1:00');
    assert.deepEqual((await cells('.rt-talk-chart tbody tr')).map((r) => `${r[0]} ${r[1]}`), ['Ana 10 s', 'Bo 1 s', `${NAMES.c} 1 s`, 'Dee 0 s']);

    // axe-core in the panel's own document.
    // Our webviews' documents are the inner frames (pre/fake.html) of host frames naming the extension.
    const frames = wb.page.frames().filter((f) => f.url().includes('/pre/fake.html') && f.parentFrame()?.url().includes('extensionId=roundtable.roundtable'));
    let checked = 0;
    for (const f of frames) {
      if ((await f.locator('section.rt-floor').count()) === 0) continue;
      const result = await axeViolations(f);
      assert.deepEqual(result, []);
      checked++;
    }
    assert.equal(checked, 1, 'axe ran on the summary panel');
  });
});
