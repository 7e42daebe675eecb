// The summary components (talk chart, timeline, summary view) in real Chromium: the turn
// wording, text alternatives, keyboard export, hostile names, and axe-core in every theme.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axe, calls, describeViolations, HOSTILE_NAMES, pageSuite, show, type PageOptions, themeVariants } from './harness';
import { leadership, people, summary, summaryWithNames, trailWithNames } from '../../fakes/ui-props';

describe('shared/ui summary components in Chromium', function () {
  const suite = pageSuite();
  let page: Page;
  const open = async (opts?: PageOptions) => {
    await suite.open(opts);
    page = suite.page();
  };
  beforeEach(() => {
    page = suite.page();
  });

  it('TalkChart: one bar and one table row per person, fair-share marks placed by share', async () => {
    await show(page, 'chart', { people: people() });
    assert.equal(await page.locator('.rt-chart-bar').count(), 4);
    const rows = await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.deepEqual(rows[0], ['Ana', '5 min 10 s', '62 %', '25 %', '9', 'dominant']);
    assert.deepEqual(rows[2], ['Chen', '40 s', '8 %', '25 %', '2', 'quiet']);
    assert.deepEqual(rows[3], ['Dee', '0 s', '0 %', '25 %', '0', 'not heard'], 'past tense: the meeting is over');
    const align = await page.locator('tbody tr').first().locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td).textAlign));
    assert.deepEqual(align, ['end', 'end', 'end', 'end', 'start'], 'figures line up on the right');
    // Bar widths: Ana fills the plot (scale 0.62); the fair mark sits at 25/62 of it.
    const [barW, fairX] = await page.evaluate(() => [
      Number(document.querySelector('.rt-chart-bar')!.getAttribute('width')),
      Number(document.querySelector('.rt-chart-fair')!.getAttribute('x1')),
    ]);
    assert.equal(barW, 420 - 110 - 48);
    assert.ok(Math.abs(fairX - (110 + (0.25 / 0.62) * 262)) < 0.01, String(fairX));
  });

  it('Timeline: a bar per interval and the same facts as text', async () => {
    const s = summary();
    await show(page, 'timeline', { people: s.people, spans: s.spans, durationMs: s.durationMs });
    assert.equal(await page.locator('.rt-chart-span').count(), 4);
    assert.deepEqual(await page.locator('.rt-chart-axis').allTextContents(), ['0:00', '5:00', '10:00', '15:00', '20:00', '25:00', '30:00']);
    // Every axis label lies inside the drawing (the last one is anchored at its end).
    const inside = await page.evaluate(() => {
      const svg = document.querySelector('.rt-timeline svg')!.getBoundingClientRect();
      return [...document.querySelectorAll('.rt-chart-axis')].every((el) => {
        const r = el.getBoundingClientRect();
        return r.left >= svg.left - 0.5 && r.right <= svg.right + 0.5;
      });
    });
    assert.equal(inside, true);
    await page.locator('details.rt-text-alt summary').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('details.rt-text-alt').evaluate((d) => (d as HTMLDetailsElement).open), true);
    const rows = await page.locator('details tbody tr').allTextContents();
    assert.deepEqual(rows, ['Ana0:00 to 5:00, 10:00 to 10:10', 'Bo5:10 to 7:40', 'Chen7:50 to 8:30', 'Deedid not speak']);
  });

  it('SummaryView: score, rounds with allotted vs measured, quiet voices, decisions', async () => {
    await show(page, 'summary', summary());
    assert.equal(await page.locator('h1').textContent(), 'Weekly sync');
    assert.equal(await page.locator('.rt-summary-meta').first().textContent(), 'Duration: 30 min · Facilitated by Ana');
    assert.equal(await page.locator('.rt-score-value').textContent(), '58 of 100');
    assert.equal(await page.locator('caption').textContent(), 'Round 1: Check-in: How are you arriving?');
    const turns = await page.locator('caption + thead + tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent));
    assert.deepEqual(turns, ['Anaoverran by 12 s', 'Boused 40 s of 1 min 30 s', 'Chenpassed', 'Deeused 1 min 30 s of 1 min 30 s', 'Eliskipped, no turn']);
    assert.equal(await page.locator('[data-overran]').count(), 1, 'half a second over is not an overrun');
    const quiet = page.locator('section', { has: page.getByRole('heading', { name: 'Quiet voices' }) }).locator('li');
    assert.deepEqual(await quiet.allTextContents(), ['Chen: 8 % of talk, fair share 25 %', 'Dee: 0 % of talk, fair share 25 %']);
    assert.match((await page.locator('.rt-decisions li').textContent())!, /Adopt quietest-first.*Outcome: accepted.*Why: More balanced talk.*Decided by: Ana, Bo/);
  });

  it('SummaryView: empty meeting says so instead of showing blanks', async () => {
    await show(page, 'summary', summary({ rounds: [], decisions: [], people: people().map((p) => ({ ...p, quiet: false })) }));
    const empties = await page.locator('.rt-empty').allTextContents();
    assert.deepEqual(empties, ['Nothing in the measured meeting calls for a change.', 'No rounds were run.', 'Nobody was far below their fair share.', 'No decisions recorded.']);
  });

  it('SummaryView coaches: suggestions with their figures, turns with cross-talk and extensions; "Not measured" instead of a score', async () => {
    const base = summary();
    await show(page, 'summary', {
      ...base,
      coaching: [
        { rule: 'not-heard', practice: 'quietest-first-check-in', names: ['Emeka'], figure: 1, of: 6 },
        { rule: 'dominant', practice: 'go-around-boxes', names: ['Ada'], figure: 0.48, of: 0 },
        { rule: 'no-consent', practice: 'consent-round', names: [], figure: 2, of: 3 },
      ],
      rounds: [{ ...base.rounds[0]!, turns: [{ pid: 'dee', name: 'Dolores', allottedMs: 65_000, usedMs: 11_000, passed: false, measured: true, crossTalk: [{ pid: 'ada', name: 'Ada', ms: 20_000 }], extendedMs: 30_000 }], skipped: [] }],
    });
    assert.deepEqual(await page.locator('.rt-coaching li').allTextContents(), [
      'Emeka was not heard: open next time with a quietest-first check-in.',
      'Ada held 48 % of the talk: try a go-around with 1 min boxes.',
      '2 decisions were taken without a consent round: run one before the next decision.',
    ]);
    assert.deepEqual(await page.locator('caption + thead + tbody tr').allTextContents(), ['Doloresused 11 s of 1 min 5 s; Ada spoke 20 s during the turn; extended by 30 s']);
    await show(page, 'summary', summary({ measured: false, balance: 100 }));
    assert.equal(await page.locator('.rt-score-value').textContent(), 'Not measured');
    assert.equal(await page.locator('.rt-coaching .rt-empty').textContent(), 'Nobody was detected or marked speaking, so there is no score.');
    assert.equal(await page.getByText('Nobody was far below their fair share.').count(), 0, 'no claim about quiet voices when nothing was measured');
  });

  it('keeps chart labels legible at 320 px (at least 9 px tall on screen)', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    await show(page, 'summary', summary());
    const sizes = await page.locator('.rt-chart-label, .rt-chart-axis').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    assert.ok(sizes.length > 0);
    assert.ok(Math.min(...sizes) >= 9, `smallest label ${Math.min(...sizes).toFixed(1)} px`);
    // Table headers break between words, never inside one ("Pers on").
    // A one-word header drawn on more than one line is a word broken in two.
    const broken = await page.locator('.rt-table th').evaluateAll((ths) =>
      ths
        .filter((th) => th.children.length === 0 && !/\s/.test(th.textContent!.trim()) && th.getClientRects().length > 0)
        .filter((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1;
        })
        .map((th) => th.textContent),
    );
    assert.deepEqual(broken, []);
  });

  it('SummaryView with the leadership fold: status, rights, consent, objections and their fate, who was heard, hand-overs, debrief', async () => {
    await show(page, 'summary', summary({ leadership: leadership() }));
    assert.equal(await page.getByRole('heading', { name: 'Decisions', exact: true }).count(), 0, 'the trail replaces the recorded-decisions list');
    const items = page.locator('.rt-trail li[data-did]');
    assert.deepEqual(await page.locator('.rt-trail-title').allTextContents(), ['Adopt quietest-first Decided', 'Move the retro Blocked by an objection', 'New tracker Open']);
    const d1 = items.nth(0);
    assert.deepEqual(await d1.locator(':scope > p').allTextContents(), [
      'Proposal: Order discussion turns by measured deficit',
      'Initiated by: Ana',
      'Decides: Bo, Chen',
      'Contributed: Dee',
      'Informed: Eli',
      'Outcome: accepted',
      'Why: More balanced talk',
    ]);
    assert.deepEqual(await d1.getByRole('list', { name: 'Consent' }).locator('li').allTextContents(), ['Bo: consents', 'Chen: objects (Too slow)']);
    assert.deepEqual(await d1.getByRole('list', { name: 'Objections' }).locator('li').allTextContents(), ['Chen objected: Too slow. Resolved. How: Cap at 2 min']);
    assert.deepEqual(await d1.getByRole('list', { name: 'Heard in this item' }).locator('li').allTextContents(), [
      'Ana (initiator): spoke 1 min 10 s in 2 turns',
      'Bo (decider): spoke 15 s in 1 turn',
      'Chen (decider): did not speak',
      'Dee (contributor): did not speak',
    ]);
    const d2 = items.nth(1);
    assert.deepEqual(await d2.getByRole('list', { name: 'Objections' }).locator('li').allTextContents(), ['Bo objected: Clashes with planning. Still open.']);
    assert.equal(await d2.locator('.rt-empty').textContent(), 'No outcome recorded yet.');
    const d3 = items.nth(2);
    assert.deepEqual(await d3.getByRole('list', { name: 'Consent' }).locator('li').allTextContents(), ['Ana: no answer yet']);
    // Not measured: zero talk must not read as silence.
    assert.deepEqual(await d3.getByRole('list', { name: 'Heard in this item' }).locator('li').allTextContents(), ['Dee (initiator): speech not measured', 'Ana (decider): speech not measured']);
    const facilitation = page.locator('section', { has: page.getByRole('heading', { name: 'Facilitation' }) }).locator('li');
    assert.deepEqual(await facilitation.allTextContents(), ['Ana opened the meeting', 'Bo took over after 12 min 30 s']);
    const debrief = page.locator('.rt-debrief');
    assert.deepEqual(await debrief.locator('h3').allTextContents(), ['What worked?', 'What did not work?', 'What do we change next time?']);
    assert.deepEqual(await debrief.getByRole('list', { name: 'What worked?' }).locator('li').allTextContents(), ['Chen: Everyone was heard']);
    assert.equal(await debrief.locator('[data-prompt="did-not"] .rt-empty').textContent(), 'No answers.');
    assert.deepEqual(await debrief.getByRole('list', { name: 'What do we change next time?' }).locator('li').allTextContents(), ['Start on time']);
  });

  it('SummaryView with an empty trail says so (no decisions, no debrief)', async () => {
    await show(page, 'summary', summary({ leadership: leadership({ decisions: [], facilitators: [], debrief: { worked: [], 'did-not': [], change: [] } }) }));
    assert.deepEqual(await page.locator('.rt-trail .rt-empty, .rt-debrief .rt-empty').allTextContents(), ['No decisions recorded.', 'No debrief answers were recorded.']);
    assert.equal(await page.getByRole('heading', { name: 'Facilitation' }).count(), 0);
  });

  it('SummaryView: export buttons work from the keyboard and pass the format', async () => {
    await show(page, 'summary', summary());
    const md = page.getByRole('button', { name: 'Export Markdown' });
    await md.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.deepEqual(await calls(page), [['exportAs', 'md'], ['exportAs', 'csv'], ['exportAs', 'json']]);
  });

  it('hostile names, titles and decision text render as literal text only', async () => {
    const names = Object.values(HOSTILE_NAMES);
    await show(page, 'summary', summaryWithNames(names));
    await page.locator('details.rt-text-alt summary').click();
    const text = await page.locator('#root').textContent();
    for (const name of names) assert.ok(text!.includes(name), `literal text: ${JSON.stringify(name)}`);
    assert.equal(await page.locator('#root img, #root script, #root b, #root svg svg').count(), 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[onerror],[onload]').length), 0);
    // In the SVGs a long name is shortened, with the full text in <title>.
    const labels = await page.locator('.rt-talk-chart .rt-chart-label title').allTextContents();
    assert.ok(labels.includes(HOSTILE_NAMES.long));
  });

  it('hostile names and free text in the decision trail, hand-overs and debrief render as literal text only', async () => {
    const names = Object.values(HOSTILE_NAMES);
    await show(page, 'summary', trailWithNames(names));
    for (const part of ['.rt-trail', '.rt-debrief']) {
      const text = await page.locator(part).textContent();
      for (const name of names) assert.ok(text!.includes(name), `${part} literal text: ${JSON.stringify(name)}`);
    }
    assert.equal(await page.locator('#root img, #root script, #root b, #root svg svg').count(), 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[onerror],[onload]').length), 0);
    // Every name is isolated in <bdi>, so a right-to-left override cannot reorder the sentence around it.
    assert.ok((await page.locator('.rt-trail bdi.rt-name', { hasText: 'evilName' }).count()) > 0);
  });

  const trend = {
    points: [
      { id: 'm1', label: '2026-11-02', balance: 41 },
      { id: 'm2', label: '2026-11-09', balance: 55 },
      { id: 'm3', label: '<b>not bold</b>', balance: null },
      { id: 'm4', label: '2026-11-23', balance: 72 },
    ],
  };

  it('BalanceTrend: values written at each point, a gap where nothing was measured, the same as a table', async () => {
    await show(page, 'trend', trend);
    assert.deepEqual(await page.locator('.rt-trend .rt-chart-label').allTextContents(), ['41', '55', '72']);
    assert.equal(await page.locator('.rt-trend-line').count(), 2, 'the unmeasured meeting breaks the line');
    assert.deepEqual(await page.locator('.rt-trend tbody tr').allTextContents(), ['2026-11-0241', '2026-11-0955', '<b>not bold</b>not measured', '2026-11-2372']);
    assert.equal(await page.locator('#root b').count(), 0);
    await show(page, 'trend', { points: [] });
    assert.equal(await page.locator('.rt-empty').textContent(), 'No past meetings yet.');
  });

  describe('axe-core', () => {
    const variants = themeVariants(320);
    for (const [label, opts] of variants) {
      it(`finds no violations in the summary (${label})`, async () => {
        await open(opts);
        await show(page, 'summary', summary());
        await page.locator('details.rt-text-alt summary').click();
        assert.equal(describeViolations(await axe(page)), '');
        await show(page, 'summary', summaryWithNames(Object.values(HOSTILE_NAMES)));
        assert.equal(describeViolations(await axe(page)), '');
        const untitled = { ...summary().rounds[0]!, topic: undefined };
        await show(page, 'summary', summary({ rounds: [untitled, { ...untitled, rid: 'r2' }] }));
        assert.equal(describeViolations(await axe(page)), '', 'two untitled rounds still have distinct table names');
        await show(page, 'summary', summary({ leadership: leadership() }));
        assert.equal(describeViolations(await axe(page)), '', 'with the decision trail');
        await show(page, 'summary', trailWithNames(Object.values(HOSTILE_NAMES)));
        assert.equal(describeViolations(await axe(page)), '', 'decision trail with hostile names');
        await show(page, 'trend', trend);
        // Shown alone the trend has no <h1>: that is the host page's (the summary page's) to give.
        assert.equal(describeViolations(await axe(page, ['page-has-heading-one'])), '');
      });
    }
  });
});
