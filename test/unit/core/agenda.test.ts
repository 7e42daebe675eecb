import { strict as assert } from 'node:assert';
import { ManualClock } from '../../../shared/core/meeting/clock';
import type { MeetingEvent } from '../../../shared/core/record/events';
import { MeetingSession } from '../../../shared/core/meeting/session';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { checkEvent, sortByTime } from '../../../shared/core/record/record';
import { agendaAt } from '../../../shared/core/agenda/agenda-view';
import { parseAgendaDuration, parseAgendaMarkdown } from '../../../shared/core/agenda/agenda-markdown';
import { decideAgenda } from '../../../shared/core/agenda/agenda-commands';
import { at, meeting, T0 } from '../../fakes/events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { coreText } from '../../../shared/core/l10n/core-text';

async function started() {
  const clock = new ManualClock(T0);
  const log: MeetingEvent[] = [];
  const s = new MeetingSession(clock, { append: (e) => void log.push(e) });
  await s.start({ id: 'm', title: 'Agenda', participants: ['Ana', 'Bo'] });
  return { s, clock, log };
}
const MIN = 60_000;

describe('core/agenda (issue 11 item 5)', () => {
  it('runs items in play one at a time: time used, overrun, remaining, next, rounds inside, carried over', async () => {
    const { s, clock, log } = await started();
    const set = await s.agenda({ type: 'set', items: [{ title: 'Check-in', boxMs: 5 * MIN }, { title: 'Ship it?', boxMs: 10 * MIN, kind: 'decision', owner: 'p2' }, { title: 'News', boxMs: 2 * MIN, kind: 'information' }, { title: 'Later', boxMs: MIN }] });
    assert.ok(set.ok);
    assert.deepEqual(agendaAt(s.state, clock.now())!.next!.title, 'Check-in');
    await s.agenda({ type: 'next' });
    clock.advance(3 * MIN);
    let v = agendaAt(s.state, clock.now())!;
    assert.equal(v.current!.title, 'Check-in');
    assert.equal(v.current!.remainingMs, 2 * MIN);
    assert.equal(v.next!.title, 'Ship it?');
    await s.command({ type: 'start', kind: 'go-around', slotMs: 30_000 });
    clock.advance(4 * MIN);
    v = agendaAt(s.state, clock.now())!;
    assert.equal(v.current!.remainingMs, -2 * MIN, 'overrun shows as negative remaining');
    assert.equal(v.current!.overrunMs, 2 * MIN);
    assert.equal(v.current!.rounds, 1, 'the round runs inside the item');
    await s.agenda({ type: 'next' });
    assert.ok((await s.consent({ type: 'propose', title: 'Ship on Friday', rights: { initiator: 'p2', deciders: ['p1', 'p2'], contributors: [], informed: [] } })).ok);
    clock.advance(6 * MIN);
    await s.agenda({ type: 'skip' }); // News
    await s.agenda({ type: 'end', carried: true });
    clock.advance(MIN);
    await s.end();
    v = agendaAt(s.state, clock.now())!;
    assert.deepEqual(v.items.map((i) => [i.title, i.status, i.usedMs, i.overrunMs]), [
      ['Check-in', 'done', 7 * MIN, 2 * MIN],
      ['Ship it?', 'carried', 6 * MIN, 0],
      ['News', 'skipped', 0, 0],
      ['Later', 'pending', 0, 0],
    ]);
    assert.deepEqual(v.carriedOver.map((i) => i.title), ['Ship it?', 'News', 'Later'], 'carried, skipped and never reached');
    assert.equal(v.items[1]!.owner!.name, 'Bo');
    assert.equal(v.items[1]!.decisions.length, 1, 'the decision proposed while the item was in play');
    assert.equal(v.plannedMs, 18 * MIN);
    assert.equal(v.usedMs, 13 * MIN);
    // Every event is valid, and any reader's fold of the record gives the same agenda.
    for (const e of log) assert.ok(checkEvent(e).ok, e.type);
    assert.deepEqual(agendaAt(foldEvents(sortByTime(log)), clock.now()), v);
  });

  it('refuses absurd time boxes, empty titles, unknown owners and kinds, with a clear message', async () => {
    const { s } = await started();
    const bad = [
      [{ title: 'x', boxMs: 0 }, /more than 0/],
      [{ title: 'x', boxMs: -5 }, /more than 0/],
      [{ title: 'x', boxMs: 9 * 3_600_000 }, /8 hours/],
      [{ title: 'x', boxMs: Number.NaN }, /more than 0/],
      [{ title: '  ', boxMs: MIN }, /title/],
      [{ title: 'x', boxMs: MIN, owner: 'p9' }, /owner/],
      [{ title: 'x', boxMs: MIN, kind: 'brainstorm' }, /kind/],
    ] as const;
    for (const [item, why] of bad) {
      const r = decideAgenda(s.state, { type: 'set', items: [item as never] });
      assert.ok(!r.ok && r.error.code === 'invalid-agenda', JSON.stringify(item));
      assert.match(r.error.message, why);
    }
    assert.equal(decideAgenda(s.state, { type: 'set', items: [] }).ok, false);
    const none = decideAgenda(s.state, { type: 'next' });
    assert.ok(!none.ok && none.error.code === 'no-agenda');
    const noItem = decideAgenda(s.state, { type: 'end' });
    assert.ok(!noItem.ok && noItem.error.code === 'no-item-in-play');
  });

  it('a new plan keeps the time of items already in play and drops pending items it leaves out', () => {
    const s = foldEvents(
      meeting(['a'], [
        at(0, { type: 'agenda.set', items: [{ aid: 'a1', title: 'One', boxMs: MIN, kind: 'discussion' }, { aid: 'a2', title: 'Two', boxMs: MIN, kind: 'discussion' }] }),
        at(1_000, { type: 'agenda.started', aid: 'a1' }),
        at(31_000, { type: 'agenda.set', items: [{ aid: 'a3', title: 'Three', boxMs: MIN, kind: 'information' }] }),
      ]),
    );
    const v = agendaAt(s, T0 + 61_000)!;
    assert.deepEqual(v.items.map((i) => [i.aid, i.status, i.usedMs]), [['a3', 'pending', 0], ['a1', 'active', 60_000]]);
  });

  it('ignores events that do not fit (an unknown item, ending what is not in play, skipping a done item)', () => {
    const s = foldEvents(
      meeting(['a'], [
        at(0, { type: 'agenda.set', items: [{ aid: 'a1', title: 'One', boxMs: MIN, kind: 'discussion' }] }),
        at(1, { type: 'agenda.started', aid: 'zz' }),
        at(2, { type: 'agenda.ended', aid: 'a1' }),
        at(3, { type: 'agenda.started', aid: 'a1' }),
        at(4, { type: 'agenda.skipped', aid: 'a1' }),
      ]),
    );
    assert.equal(s.ignored, 3);
  });

  it('links a decision to an item (agenda.linked): the one in play by default, any item by aid; refusals say what is wrong', async () => {
    const { s, clock, log } = await started();
    await s.agenda({ type: 'set', items: [{ title: 'Ship it?', boxMs: 10 * MIN, kind: 'decision' }, { title: 'Later', boxMs: MIN }] });
    const none = decideAgenda(s.state, { type: 'link', did: 'd1' });
    assert.ok(!none.ok && none.error.code === 'no-item-in-play', 'no item in play and none named');
    await s.agenda({ type: 'next' });
    const unknown = decideAgenda(s.state, { type: 'link', did: 'd1' });
    assert.ok(!unknown.ok && unknown.error.code === 'unknown-item', 'a decision this meeting does not have');
    // Proposed after the item ended: not linked by being in play, so it is linked by command.
    clock.advance(MIN);
    await s.agenda({ type: 'end' });
    assert.ok((await s.consent({ type: 'propose', title: 'Ship on Friday', rights: { initiator: 'p1', deciders: ['p1', 'p2'], contributors: [], informed: [] } })).ok);
    const did = s.state.trail.items[0]!.did;
    assert.equal(agendaAt(s.state, clock.now())!.items[0]!.decisions.length, 0);
    assert.ok(!decideAgenda(s.state, { type: 'link', did }).ok, 'nothing in play now');
    const bad = decideAgenda(s.state, { type: 'link', did, aid: 'zz' });
    assert.ok(!bad.ok && bad.error.code === 'unknown-agenda-item');
    const r = await s.agenda({ type: 'link', did, aid: 'a1' });
    assert.ok(r.ok);
    assert.deepEqual(r.events.map((e) => [e.type, (e as { aid?: string }).aid, (e as { did?: string }).did]), [['agenda.linked', 'a1', did]]);
    const v = agendaAt(s.state, clock.now())!;
    assert.equal(v.items[0]!.did, did);
    assert.deepEqual(v.items[0]!.decisions, [{ did, title: 'Ship on Friday', outcome: null }]);
    const again = decideAgenda(s.state, { type: 'link', did, aid: 'a1' });
    assert.ok(!again.ok && again.error.code === 'already-set');
    for (const c of [{ type: 'link', did: '' }, { type: 'link', did: 7 }, { type: 'link', did, aid: 3 }] as const) {
      const x = decideAgenda(s.state, c as never);
      assert.ok(!x.ok && x.error.code === 'invalid-command', JSON.stringify(c));
    }
    for (const e of log) assert.ok(checkEvent(e).ok, e.type);
    assert.deepEqual(agendaAt(foldEvents(sortByTime(log)), clock.now()), v, 'a reader of the record folds the same link');
  });

  it('validates agenda events', () => {
    assert.ok(checkEvent(at(0, { type: 'agenda.set', items: [{ aid: 'a1', title: '', boxMs: 1, kind: 'decision', owner: 'p1', did: 'd1' }] })).ok);
    const dup = checkEvent({ v: 1, t: T0, type: 'agenda.set', items: [{ aid: 'a', title: 'x', boxMs: 1, kind: 'decision' }, { aid: 'a', title: 'y', boxMs: 1, kind: 'decision' }] });
    assert.ok(!dup.ok && 'problem' in dup && dup.problem.field === 'items[1].aid');
    const zero = checkEvent({ v: 1, t: T0, type: 'agenda.set', items: [{ aid: 'a', title: 'x', boxMs: 0, kind: 'decision' }] });
    assert.ok(!zero.ok && 'problem' in zero && zero.problem.field === 'items[0].boxMs');
    assert.ok(checkEvent(at(0, { type: 'agenda.linked', aid: 'a1', did: 'd1' })).ok);
    const noDid = checkEvent({ v: 1, t: T0, type: 'agenda.linked', aid: 'a1' });
    assert.ok(!noDid.ok && 'problem' in noDid && noDid.problem.field === 'did');
    const carried = checkEvent({ v: 1, t: T0, type: 'agenda.ended', aid: 'a', carried: 'yes' });
    assert.ok(!carried.ok && 'problem' in carried && carried.problem.field === 'carried');
  });

  describe('agenda.md', () => {
    it('reads a Markdown list with kinds, time boxes and owners', () => {
      const r = parseAgendaMarkdown('# Weekly\n\n- Check-in (5 min)\n* [decision] Ship on Friday (1 h 30 min) @Ana\n<!-- not yet\n- Hidden (1 min)\n-->\n1. [Information] <b>News</b> (1:30)\n');
      assert.ok(r.ok);
      assert.deepEqual(r.items, [
        { title: 'Check-in', boxMs: 5 * MIN, kind: 'discussion', line: 3 },
        { title: 'Ship on Friday', boxMs: 90 * MIN, kind: 'decision', owner: 'Ana', line: 4 },
        { title: '<b>News</b>', boxMs: 90_000, kind: 'information', line: 8 },
      ]);
    });
    it('reports every problem by line', () => {
      const r = parseAgendaMarkdown('- Fine (5 min)\nsome prose\n- No box\n- [brainstorm] Ideas (5 min)\n- Zero (0 min)\n- Huge (9 h)\n- Odd (soon)\n- (5 min)\n');
      assert.ok(!r.ok);
      assert.deepEqual(r.problems.map((p) => p.line), [2, 3, 4, 5, 6, 7, 8]);
      assert.match(r.problems[1]!.message, /no time box/);
      assert.match(r.problems[4]!.message, /8 hours/);
    });
    it('words its problems in the reader\'s language (the core\'s catalogue); the file\'s syntax stays as it is', () => {
      const de = coreText('de', JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../shared/core/locales/de.json'), 'utf8')));
      const r = parseAgendaMarkdown('- Fine (5 min)\nsome prose\n- No box\n- [brainstorm] Ideas (5 min)\n- Zero (0 min)\n- Huge (9 h)\n- Odd (soon)\n- (5 min)\n', de);
      assert.ok(!r.ok);
      assert.deepEqual(r.problems.map((p) => p.message), [
        'erwartet wird ein Listeneintrag wie „- Check-in (5 min)“',
        'kein Zeitrahmen: Beenden Sie den Punkt mit einem in Klammern, etwa „(10 min)“',
        'unbekannte Art [brainstorm]: verwenden Sie information, discussion oder decision',
        'ein Zeitrahmen von 0 ist kein Zeitrahmen',
        'ein Zeitrahmen von mehr als 8 Stunden ist kein Plan',
        '„soon“ ist keine Dauer (schreiben Sie 10 min, 90 s, 1 h 30 min oder 1:30)',
        'der Punkt hat keinen Titel',
      ]);
      assert.deepEqual((parseAgendaMarkdown('# Nichts\n', de) as { problems: { message: string }[] }).problems[0]!.message, 'keine Agendapunkte: Schreiben Sie einen pro Zeile, etwa „- Check-in (5 min)“');
    });
    it('an empty file is a problem, not an empty agenda', () => {
      assert.equal(parseAgendaMarkdown('# Nothing\n').ok, false);
    });
    const durations: [string, number | null][] = [['5 min', 300_000], ['90 s', 90_000], ['1 h 30 min', 5_400_000], ['1:30', 90_000], ['1:00:00', 3_600_000], ['2 minutes', 120_000], ['soon', null], ['5 min later', null]];
    for (const [text, ms] of durations) it(`duration ${JSON.stringify(text)} -> ${ms}`, () => assert.equal(parseAgendaDuration(text), ms));
  });
});

describe('core/trends: agenda overrun rates per kind (issue 11)', () => {
  it('counts only items taken, per kind, overrun from a whole second', async () => {
    const { computeTrends } = await import('../../../shared/core/trends/trends');
    const { summarize } = await import('../../../shared/core/summary/summary');
    const { renderTrendsMarkdown } = await import('../../../shared/core/trends/trends-markdown');
    const items = [
      { aid: 'a1', title: 'One', boxMs: MIN, kind: 'decision' as const },
      { aid: 'a2', title: 'Two', boxMs: MIN, kind: 'decision' as const },
      { aid: 'a3', title: 'Three', boxMs: MIN, kind: 'information' as const },
      { aid: 'a4', title: 'Never', boxMs: MIN, kind: 'discussion' as const },
    ];
    const s = foldEvents(
      meeting(['a'], [
        at(0, { type: 'agenda.set', items }),
        at(0, { type: 'agenda.started', aid: 'a1' }),
        at(MIN + 1_000, { type: 'agenda.started', aid: 'a2' }), // a1 over by 1 s
        at(MIN + 1_000 + 59_500, { type: 'agenda.started', aid: 'a3' }), // a2 within
        at(4 * MIN, { type: 'meeting.ended' }), // a3 over by ~1.5 min
      ]),
    );
    const t = computeTrends([summarize(s, T0 + 4 * MIN)]);
    assert.deepEqual(t.agenda, [
      { kind: 'information', items: 1, overran: 1, rate: 1 },
      { kind: 'decision', items: 2, overran: 1, rate: 0.5 },
    ]);
    assert.match(renderTrendsMarkdown(t), /- decision: 1 of 2 overran \(50 %\)/);
    assert.deepEqual(computeTrends([summarize(foldEvents(meeting(['a'])), T0)]).agenda, [], 'no agenda, no rows');
  });
});

describe('core/summary: the agenda in the Markdown and the CSV', () => {
  const ended = () =>
    foldEvents(
      meeting(['a', 'b'], [
        at(0, { type: 'agenda.set', items: [{ aid: 'a1', title: '<img src=x>|Plan', boxMs: MIN, kind: 'decision', owner: 'b' }, { aid: 'a2', title: 'Later', boxMs: MIN, kind: 'discussion' }] }),
        at(0, { type: 'agenda.started', aid: 'a1' }),
        at(1_000, { type: 'round.started', rid: 'r1', kind: 'silent', order: [], slotMs: 10_000, box: 'round' }),
        at(11_000, { type: 'round.ended', rid: 'r1' }),
        at(90_000, { type: 'meeting.ended' }),
      ]),
    );

  it('planned against actual, rounds inside, what carried over; hostile titles escaped', async () => {
    const { summarize } = await import('../../../shared/core/summary/summary');
    const { renderMarkdown } = await import('../../../shared/core/summary/render-markdown');
    const s = ended();
    const md = renderMarkdown(summarize(s, T0 + 90_000));
    const part = md.slice(md.indexOf('## Agenda'), md.indexOf('## Floor'));
    assert.equal(
      part.trim(),
      [
        '## Agenda',
        '',
        '- Planned 2 min, used 1 min 30 s',
        '- Over their time box: \\<img src=x\\>\\|Plan (+30 s)',
        '- Carried over: Later',
        '',
        '| # | Item | Kind | Owner | Planned | Used | Over | Outcome |',
        '|---:|---|---|---|---:|---:|---:|---|',
        '| 1 | \\<img src=x\\>\\|Plan | decision | B | 1 min | 1 min 30 s | +30 s | done; 1 round |',
        '| 2 | Later | discussion | – | 1 min | 0 s | – | not reached |',
      ].join('\n'),
    );
  });

  it('the CSV agenda table: one row per item in plan order, milliseconds as numbers, formulas defused, not-reached after the end', async () => {
    const { summarize } = await import('../../../shared/core/summary/summary');
    const { renderAgendaCsv, AGENDA_COLUMNS } = await import('../../../shared/core/summary/render-csv');
    const { renderSummary } = await import('../../../shared/core/summary/report');
    const withDecision = foldEvents(
      meeting(['a', 'b'], [
        at(0, { type: 'agenda.set', items: [{ aid: 'a1', title: '=HYPERLINK("x")', boxMs: MIN, kind: 'decision', owner: 'b', did: 'd9' }, { aid: 'a2', title: 'Later, maybe', boxMs: 2 * MIN, kind: 'discussion' }, { aid: 'a3', title: 'News', boxMs: MIN, kind: 'information' }] }),
        at(0, { type: 'agenda.started', aid: 'a1' }),
        at(1_000, { type: 'decision.proposed', did: 'd1', title: 'Ship', rights: { initiator: 'a', deciders: ['a', 'b'], contributors: [], informed: [] } }),
        at(70_000, { type: 'agenda.skipped', aid: 'a3' }),
        at(90_000, { type: 'meeting.ended' }),
      ]),
    );
    const summary = summarize(withDecision, T0 + 90_000);
    const csv = renderAgendaCsv(summary);
    assert.equal(renderSummary(summary, 'agenda-csv'), csv, 'the report (CLI, VS Code export) renders the same table');
    assert.deepEqual(csv.split('\r\n'), [
      AGENDA_COLUMNS.join(','),
      `1,a1,"'=HYPERLINK(""x"")",decision,b,B,done,60000,90000,30000,0,d9,d9 d1`,
      '2,a2,"Later, maybe",discussion,,,not-reached,120000,0,0,0,,',
      '3,a3,News,information,,,skipped,60000,0,0,0,,',
      '',
    ]);
    assert.equal(renderAgendaCsv(summarize(foldEvents(meeting(['a'])), T0)), AGENDA_COLUMNS.join(',') + '\r\n', 'no agenda: the header alone');
  });
});
