/**
 * The meeting summary's Markdown in the records language (issue 13 item 1): the same meetings
 * rendered through the core's German catalogue (shared/core/locales/de.json) keep no English
 * heading, table header or fixed wording, use the language's plural forms and decimal comma, and
 * escape untrusted text exactly as the English does; English stays the default.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { coreText, ENGLISH_TEXT } from '../../../shared/core/l10n/core-text';
import { renderMarkdown } from '../../../shared/core/summary/render-markdown';
import { summarize } from '../../../shared/core/summary/summary';
import { summarizeRecord } from '../../../shared/core/summary/report';
import { createMeetingState } from '../../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { renderPlaybook } from '../../../shared/core/debrief/playbook-markdown';
import { renderSummary, report } from '../../../shared/core/summary/report';
import type { Summary } from '../../../shared/core/summary/summary';
import { debriefQuestion, debriefRound } from '../../../shared/core/debrief/debrief';
import { DEBRIEF_PROMPTS } from '../../../shared/core/record/events';
import { at, decisionTrail, meeting, T0 } from '../../fakes/events';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const de = coreText('de', JSON.parse(readFileSync(path.join(ROOT, 'shared/core/locales/de.json'), 'utf8')));
const MIN = 60_000;
/** Headings whose German word is the English one (glossary: agenda = Agenda). */
const SAME_IN_GERMAN = new Set(['## Agenda']);

/** The sample record of the goldens: hostile names, a passed turn, an overrun, a decision, a newer-version event. */
function sample() {
  const r = summarizeRecord(readFileSync(path.join(ROOT, 'test/fixtures/records/sample.jsonl'), 'utf8'));
  assert.ok(r.ok);
  return r.summary;
}

/** A meeting with every section the sample lacks: an agenda, the decision trail, a second facilitator, a debrief. */
function fullMeeting() {
  const state = foldEvents(
    meeting(['ana', 'ben', 'cy'], [
      at(0, { type: 'agenda.set', items: [{ aid: 'a1', title: 'Rota', boxMs: MIN, kind: 'decision', owner: 'ben' }, { aid: 'a2', title: 'Later', boxMs: MIN, kind: 'discussion' }] }),
      at(0, { type: 'agenda.started', aid: 'a1' }),
      at(500, { type: 'round.started', rid: 'r1', kind: 'silent', order: [], slotMs: 10_000, box: 'round' }),
      at(800, { type: 'round.ended', rid: 'r1' }),
      ...decisionTrail(),
      at(90_000, { type: 'meeting.ended' }),
    ]),
    createMeetingState(),
  );
  return summarize(state, T0 + 90_000, { leadership: true });
}

/** Lines that are the catalogue's own (headings and table headers), not a person's text. */
const fixedLines = (md: string) => md.split('\n').filter((l, i, all) => /^#{2,3} /.test(l) || all[i + 1]?.startsWith('|--'));

describe('core/summary Markdown in the records language', () => {
  for (const [name, make] of [['the golden sample', sample], ['a meeting with agenda, trail, facilitation and debrief', fullMeeting]] as const)
    it(`renders ${name} in German with no English heading or table header left`, () => {
      const s = make();
      const english = renderMarkdown(s);
      assert.equal(renderMarkdown(s, ENGLISH_TEXT), english, 'English is the default');
      const german = renderMarkdown(s, de);
      const headings = fixedLines(english);
      assert.ok(headings.length >= 8, `the English has the sections to check:\n${english}`);
      for (const line of headings.filter((l) => !SAME_IN_GERMAN.has(l))) assert.ok(!german.includes(`${line}\n`), `English line left in German: ${line}\n---\n${german}`);
      for (const word of ['Duration:', 'Balance:', 'Quiet voices', 'Not heard', 'Next time', 'Participants', 'Outcome:', 'Deciders:', 'Initiator:', 'Objection by', 'per turn', 'lasted', 'Floor changes', 'Longest turn', 'Backchannels', 'nobody', 'none\n', 'not ended', 'event(s)'])
        assert.ok(!german.includes(word), `English '${word}' left in German:\n${german}`);
    });

  it('the sample in German: sections, round lines, turn outcomes, coaching, decimal comma, plural, escaping', () => {
    const german = renderMarkdown(sample(), de);
    for (const line of [
      '# Weekly \\<b\\>sync\\</b\\> \\| team',
      '## Beim nächsten Mal',
      '## Teilnehmende',
      '| Person | Redezeit | Anteil | Fairer Anteil | Beiträge | Anwesend | Hinweis |',
      '## Gesprächsdynamik',
      '### Wer hat wen unterbrochen',
      '### Wer folgt auf wen',
      '## Runden',
      '### 1. Check-in: How are you \\*really\\*?',
      '### 2. Diskussion: Release plan',
      '## Entscheidungen',
      '_1 Ereignis einer neueren Protokollversion wurde übersprungen: Diese Version von Roundtable kennt es nicht._',
    ])
      assert.ok(german.includes(`${line}\n`), `${line}\n---\n${german}`);
    assert.match(german, /^- Ausgewogenheit: \d+ von 100 \(Gini 0,\d\d\)$/m, 'decimals in the language (Intl)');
    assert.match(german, /^- Redewechsel: \d+ \(\d+,\d pro Minute\)$/m);
    assert.match(german, /\| hat gepasst \|/);
    assert.match(german, /\| um \d+ s überzogen(; [^|]*)? \|/);
    assert.match(german, /^Handzeichen: wer am weitesten unter dem fairen Anteil liegt, zuerst; /m);
    assert.match(german, /^Reihenfolge wie eingegeben; 1 min pro Beitrag; dauerte \d+ min \d+ s\.$/m, 'the order strategy worded, not its id');
    assert.match(german, /\| 20 s von 1 min 30 s genutzt; um 30 s verlängert \|/);
  });

  it('the agenda, the decision trail, facilitation and debrief in German', () => {
    const german = renderMarkdown(fullMeeting(), de);
    for (const line of [
      '## Agenda',
      '- Geplant 2 min, genutzt 1 min 30 s',
      '- Zeitrahmen überzogen: Rota (+30 s)',
      '- Vertagt: Later',
      '| # | Punkt | Art | Verantwortlich | Geplant | Genutzt | Überzogen | Ergebnis |',
      '| 2 | Later | Diskussion | – | 1 min | 0 s | – | nicht erreicht |',
      '### Adopt \\<rota\\> (entschieden)',
      '- Ergebnis: Fortnightly rota',
      '- Eingebracht von: ANA',
      '- Wirken mit: niemand',
      '- Konsent: BEN: Zustimmung; CY: Einwand',
      '- Einwand von CY (ausgeräumt: fortnightly): Too \\*often\\*',
      '- Zu Wort gekommen bei diesem Punkt (15 s): BEN 10 s; nicht zu Wort gekommen: ANA, CY',
      '## Moderation',
      '## Nachbesprechung',
      '### Was hat funktioniert?',
      '- Consent round (CY)',
    ])
      assert.ok(german.includes(`${line}\n`), `${line}\n---\n${german}`);
    assert.match(german, /^\| 1 \| Rota \| Entscheidung \| BEN \| 1 min \| 1 min 30 s \| \+30 s \| erledigt; 1 Runde; Entscheidungen: Adopt \\<rota\\> \(Fortnightly rota\) \|$/m);
  });

  it('the team playbook in German', () => {
    const answers = [{ prompt: 'worked' as const, pid: 'cy', text: 'Consent round', t: T0 }];
    const german = renderPlaybook([{ id: 'm1', title: 'Weekly', startedAt: T0, answers, names: new Map([['cy', 'Cy']]) }], de);
    assert.equal(german, '# Team-Playbook\n\nWas unsere Meetings uns gelehrt haben: jede Nachbesprechung, die neueste zuerst.\n\n## 2026-01-05 09:00 UTC: Weekly\n\n### Was hat funktioniert?\n\n- Consent round (Cy)\n');
    assert.equal(renderPlaybook([], de), '# Team-Playbook\n\nWas unsere Meetings uns gelehrt haben: jede Nachbesprechung, die neueste zuerst.\n\nNoch keine Nachbesprechungen.\n');
  });

  it('the JSON report: its one field of words (a turn\'s usage) in German, every id and figure as in English', () => {
    const english = JSON.parse(renderSummary(sample(), 'json')) as Summary;
    const german = JSON.parse(renderSummary(sample(), 'json', de)) as Summary;
    const usage = (s: Summary) => s.rounds.flatMap((r) => r.turns.map((t) => t.usage));
    assert.ok(usage(german).includes('20 s von 1 min 30 s genutzt; um 30 s verlängert'), usage(german).join('\n'));
    assert.ok(usage(german).includes('hat gepasst'));
    assert.notDeepEqual(usage(german), usage(english));
    const neutral = (s: Summary) => ({ ...s, rounds: s.rounds.map((r) => ({ ...r, turns: r.turns.map(({ usage: _, ...t }) => t) })) });
    assert.deepEqual(neutral(german), neutral(english), 'kinds, statuses, strategies, figures and names are data, the same in any language');
    const cli = report(readFileSync(path.join(ROOT, 'test/fixtures/records/sample.jsonl'), 'utf8'), { format: 'json', text: de });
    assert.ok(cli.ok);
    assert.equal(cli.output, renderSummary(sample(), 'json', de), 'the CLI\'s pieces (written from the fold) are the same text');
  });

  it('the debrief round\'s topic (written into the record) and its questions in German', () => {
    const topic = (c: ReturnType<typeof debriefRound>) => (c.type === 'start' ? c.topic : undefined);
    assert.equal(topic(debriefRound(60_000, ENGLISH_TEXT)), 'Debrief: what worked, what did not, what we change next time');
    assert.equal(topic(debriefRound(60_000, de)), 'Nachbesprechung: was hat funktioniert, was nicht, was ändern wir beim nächsten Mal');
    assert.deepEqual(DEBRIEF_PROMPTS.map((p) => debriefQuestion(p, de)), ['Was hat funktioniert?', 'Was hat nicht funktioniert?', 'Was ändern wir beim nächsten Mal?']);
  });
});
