// The summary's floor dynamics and replay in real Chromium, built from records by the core as the
// shells build them (fold, summarize, from-core): design.md's worked example, the turn-taking
// picture and its table, the interruption matrix, hostile names, replay by keyboard and with
// reduced motion, and axe-core in every theme.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axe, describeViolations, HOSTILE_NAMES, pageSuite, show, themeVariants } from './harness';
import { at, byTime, meeting, speak } from '../../fakes/events';
import { liveState } from '../../fakes/ui-props';
import type { MeetingEvent } from '../../../shared/core/record/events';

const S = 1000;
/** design.md's worked example: window 0-60 s. */
const WORKED = byTime(meeting(['a', 'b', 'c', 'd'], [...speak('a', 0, 10 * S), ...speak('b', 3 * S, 3.5 * S), ...speak('c', 9 * S, 20 * S), ...speak('a', 20.5 * S, 30 * S), ...speak('b', 25 * S, 26.5 * S), ...speak('d', 31 * S, 40 * S), at(60 * S, { type: 'meeting.ended' })]));

const withNames = (events: MeetingEvent[], names: Record<string, string>) => events.map((e) => (e.type === 'participant.joined' ? { ...e, name: names[e.pid] ?? e.name } : e));

const rows = (page: Page, table: string) => page.locator(`${table} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));

describe('shared/ui floor dynamics and replay in Chromium', function () {
  const suite = pageSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page();
  });

  it("shows design.md's worked example: figures, per-person table, who interrupted whom as text", async () => {
    await show(page, 'record', { events: WORKED });
    const floor = page.locator('section.rt-floor');
    assert.deepEqual(await floor.locator('.rt-floor-figures li').allTextContents(), [
      'Floor changes: 4 (4.0 per minute)',
      'Median response gap: 0.3 s before the previous speaker stopped',
      'Longest turn: C, 11 s',
    ]);
    const table = floor.getByRole('region', { name: 'Floor dynamics by person' });
    assert.deepEqual(await rows(page, 'section.rt-floor .rt-table-wrap[aria-label="Floor dynamics by person"]'), [
      ['A', '10 s', '0', '0', '1'],
      ['B', '2 s', '1', '0', '0'],
      ['C', '11 s', '0', '1', '0'],
      ['D', '9 s', '0', '0', '0'],
    ]);
    assert.equal(await table.locator('th[scope="col"]').count(), 5);
    // The matrix: only A and C took part; C interrupted A once.
    const matrix = floor.locator('table[data-interruptions]');
    assert.deepEqual(await matrix.locator('thead th').allTextContents(), ['Who interrupted', 'A', 'C']);
    assert.deepEqual(await rows(page, 'table[data-interruptions]'), [
      ['A', '–', '0'],
      ['C', '1', '–'],
    ]);
    assert.equal(await floor.getByRole('region', { name: 'Who interrupted whom' }).count(), 1, 'the scrollable matrix is a named region');
  });

  it('draws who follows whom as arrows with numbers, and the same pairs as a table', async () => {
    await show(page, 'record', { events: WORKED });
    const svg = page.locator('svg[data-turn-taking]');
    assert.equal(await svg.getAttribute('aria-hidden'), 'true', 'the picture repeats the table for the eye');
    const arrows = await svg.locator('g[data-from]').evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-from')}>${g.getAttribute('data-to')} ${g.querySelector('text')!.textContent}`));
    assert.deepEqual(arrows, ['a>b 1', 'a>c 1', 'b>d 1', 'c>a 1']);
    // Every arrow has a head (direction is a shape, not a colour) and each person a name label.
    assert.equal(await svg.locator('path.rt-arrow[marker-end^="url(#"]').count(), 4);
    const labels = await svg.locator('.rt-chart-label').evaluateAll((ts) => ts.map((t) => [...t.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')));
    assert.deepEqual(labels, ['A', 'B', 'C', 'D']);
    assert.deepEqual(await rows(page, '.rt-turn-taking'), [
      ['A', 'B', '1'],
      ['A', 'C', '1'],
      ['B', 'D', '1'],
      ['C', 'A', '1'],
    ]);
    // Arrows a->c and c->a are bent apart: their paths differ.
    const [ac, ca] = await Promise.all(['a', 'c'].map((f) => svg.locator(`g[data-from="${f}"][data-to="${f === 'a' ? 'c' : 'a'}"] path`).getAttribute('d')));
    assert.notEqual(ac, ca);
  });

  it('keeps hostile names as literal text in the floor section and the picture', async () => {
    const names = { a: HOSTILE_NAMES.img, b: HOSTILE_NAMES.rtl, c: HOSTILE_NAMES.quotes, d: HOSTILE_NAMES.long };
    await show(page, 'record', { events: withNames(WORKED, names) });
    const text = await page.locator('section.rt-floor').textContent();
    for (const n of Object.values(names)) assert.ok(text!.includes(n), `literal: ${JSON.stringify(n)}`);
    assert.equal(await page.locator('#root img, #root script, #root svg svg').count(), 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[onerror],[onload]').length), 0);
    assert.ok((await page.locator('svg[data-turn-taking] .rt-chart-label title').allTextContents()).includes(HOSTILE_NAMES.long), 'long name shortened, full text in <title>');
    assert.ok((await page.locator('table[data-interruptions] bdi.rt-name', { hasText: 'evilName' }).count()) === 0, 'B took no part in an interruption');
    assert.ok((await page.locator('section.rt-floor bdi.rt-name', { hasText: 'evilName' }).count()) > 0, 'names are isolated in <bdi>');
  });

  it('a meeting without speech says the floor was not tracked by leaving the section out; one speaker says nobody followed', async () => {
    await show(page, 'record', { events: meeting(['a', 'b'], [at(60 * S, { type: 'meeting.ended' })]) });
    assert.equal(await page.locator('section.rt-floor').count(), 0);
    await show(page, 'record', { events: meeting(['a', 'b'], [...speak('a', 0, 30 * S), at(60 * S, { type: 'meeting.ended' })]) });
    assert.deepEqual(await page.locator('section.rt-floor .rt-empty').allTextContents(), ['Nobody interrupted anyone.', 'The floor never changed hands.']);
  });

  it('replays from the keyboard: the playhead moves, the talk chart shows the balance at the playhead', async () => {
    await show(page, 'record', { events: WORKED });
    const slider = page.getByRole('slider', { name: 'Replay position' });
    assert.equal(await slider.getAttribute('aria-valuetext'), '1:00 of 1:00');
    assert.equal(await page.locator('.rt-playhead').count(), 0, 'no playhead until the replay is used');
    await slider.focus();
    await page.keyboard.press('Home');
    assert.equal(await page.locator('.rt-playhead').getAttribute('data-playhead'), '0');
    assert.match((await page.locator('[data-replay-note]').textContent())!, /^Talk time at 0:00 of 1:00/);
    const talk = async () => (await rows(page, '.rt-talk-chart')).map((r) => `${r[0]} ${r[1]}`);
    assert.deepEqual(await talk(), ['A 0 s', 'B 0 s', 'C 0 s', 'D 0 s']);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await slider.getAttribute('aria-valuetext'), '0:15 of 1:00');
    // At 15 s: A spoke 0-10, B 3-3.5, C 9-15 so far.
    assert.deepEqual(await talk(), ['A 10 s', 'B 1 s', 'C 6 s', 'D 0 s']);
    // Spans not yet reached are outlines only.
    assert.ok((await page.locator('.rt-chart-span-future').count()) >= 3);
    await page.keyboard.press('PageUp');
    assert.equal(await slider.getAttribute('aria-valuetext'), '1:00 of 1:00');
    assert.deepEqual(await talk(), ['A 20 s', 'B 2 s', 'C 11 s', 'D 9 s']);

    // Play at 60x from the start: one second of replay per minute of meeting, then it stops at the end.
    await page.keyboard.press('Home');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('60');
    const toggle = page.locator('button[data-replay="toggle"]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await toggle.textContent(), 'Pause replay');
    await page.waitForFunction(() => Number(document.querySelector('.rt-playhead')?.getAttribute('data-playhead')) > 0);
    await page.waitForFunction(() => document.querySelector('button[data-replay="toggle"]')?.getAttribute('aria-pressed') === 'false', null, { timeout: 10_000 });
    assert.equal(await page.locator('.rt-playhead').getAttribute('data-playhead'), '60000');
    assert.equal(await toggle.textContent(), 'Play replay');
  });

  it('with reduced motion the playhead moves in steps of one second of replay', async () => {
    await suite.open({ reducedMotion: 'reduce' });
    page = suite.page();
    await show(page, 'record', { events: WORKED });
    assert.equal(await page.locator('.rt-replay').getByText('Reduced motion: the replay moves in steps of one second.').count(), 1);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('10');
    await page.locator('button[data-replay="restart"]').click();
    await page.locator('button[data-replay="toggle"]').click();
    await page.waitForFunction(() => Number(document.querySelector('.rt-playhead')?.getAttribute('data-playhead')) >= 20_000, null, { timeout: 10_000 });
    await page.locator('button[data-replay="toggle"]').click();
    const head = Number(await page.locator('.rt-playhead').getAttribute('data-playhead'));
    assert.equal(head % 10_000, 0, `steps of 10 s of meeting (1 s at 10x), got ${head}`);
  });

  it("the live panel's private nudges say who was interrupted how often and who holds the floor; hands show their wait", async () => {
    await show(page, 'live', liveState({ hands: [{ pid: 'bo', name: 'Bo', waitMs: 65_000 }, { pid: 'dee', name: 'Dee', waitMs: 4_000 }], nudges: [{ kind: 'interrupted', pid: 'chen', name: 'Chen', count: 3 }, { kind: 'holding', pid: 'ana', name: HOSTILE_NAMES.img, heldMs: 4 * 60_000 }] }));
    // Raised hands in the order they will be taken, each with how long it has been up.
    assert.deepEqual(await page.locator('.rt-hands-list li').allTextContents(), ['Bo (waiting 1 min 5 s)', 'Dee (waiting 4 s)']);
    assert.deepEqual(await page.locator('.rt-nudges li').allTextContents(), ['Chen has been interrupted 3 times.', `${HOSTILE_NAMES.img} has held the floor for 4 min.`]);
    assert.equal(await page.locator('#root img').count(), 0);
    assert.equal(describeViolations(await axe(page)), '');
  });

  describe('axe-core', () => {
    const variants = themeVariants(320);
    for (const [label, opts] of variants)
      it(`finds no violations in the summary with floor dynamics and a replay under way (${label})`, async () => {
        await suite.open(opts);
        page = suite.page();
        await show(page, 'record', { events: withNames(WORKED, { a: HOSTILE_NAMES.rtl, d: HOSTILE_NAMES.long }) });
        await page.getByRole('slider', { name: 'Replay position' }).focus();
        await page.keyboard.press('ArrowLeft');
        assert.equal(describeViolations(await axe(page)), '');
      });
  });
});
