/**
 * Decision records in the team's language (issue 13 item 2): the same item rendered through the
 * core's catalogue in German (shared/core/locales/de.json) has German headings, labels, statuses
 * and plural forms, keeps every untrusted text escaped as in English, and its header reads back
 * alike, so a folder that mixes languages keeps one index.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { coreText } from '../../../../shared/core/l10n/core-text';
import { renderDecisionRecord } from '../../../../shared/core/decisions/decision-record-markdown';
import { readDecisionHeader, renderDecisionIndex, indexEntryOf } from '../../../../shared/core/decisions/decision-index-markdown';
import { planDecisionFolder } from '../../../../shared/core/decisions/decision-folder';
import { liveMeeting } from './helpers';
import { T0 } from '../../../fakes/events';

const de = coreText('de', JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../shared/core/locales/de.json'), 'utf8')));

async function blockedItem() {
  const m = await liveMeeting();
  await m.speak('cy', 1000); // talk is tracked in this meeting
  await m.must({ type: 'propose', did: 'd1', title: 'Ship on *Friday*', proposal: 'We ship weekly.', rights: { initiator: 'ana', deciders: ['ana', 'ben'], contributors: [], informed: [] } });
  await m.must({ type: 'respond', did: 'd1', pid: 'ben', response: 'objection', reason: 'Too soon' });
  return m.items()[0]!;
}

describe('decision records in the records language', () => {
  it('renders a blocked item in German: headings, labels, status, answers and the plural of open objections', async () => {
    const text = renderDecisionRecord(await blockedItem(), { number: 3, meeting: { id: 'm1', title: 'Weekly', startedAt: T0 }, text: de });
    assert.match(text, /^# 3\. Ship on \\\*Friday\\\*\n\n- Status: blockiert\n- Datum: /);
    for (const line of ['- Meeting: Weekly, ', '- Referenz: m1 d1', '## Kontext und Vorschlag', '## Entscheidungsrechte', '- Eingebracht von: Ana', '- Entscheidende Personen: Ana, Ben', '- Wirken mit: niemand', '| Entscheidende Person | Antwort | Begründung |', '| Ben | Einwand | Too soon |', '| Ana | keine Antwort |  |', '## Einwände', 'Nicht entschieden: blockiert durch 1 offenen Einwand.', '## Beteiligung an diesem Punkt'])
      assert.ok(text.includes(line), `${line}\n---\n${text}`);
    assert.doesNotMatch(text, /\b(Status: blocked|Deciders|Objections|Not decided)\b/);
  });

  it('reads a German header back like an English one, and writes the index in the records language', async () => {
    const view = await blockedItem();
    const german = readDecisionHeader('0003-ship.md', renderDecisionRecord(view, { number: 3, meeting: { id: 'm1', title: 'Weekly', startedAt: T0 }, text: de }))!;
    const english = readDecisionHeader('0003-ship.md', renderDecisionRecord(view, { number: 3, meeting: { id: 'm1', title: 'Weekly', startedAt: T0 } }))!;
    assert.deepEqual({ ...german, status: 'x' }, { ...english, status: 'x' });
    assert.equal(german.status, 'blockiert');
    assert.equal(english.status, 'blocked');
    assert.equal(german.reference, 'm1 d1');
    const index = renderDecisionIndex([indexEntryOf(view, 3, 'm1', de)], de);
    assert.match(index, /^# Entscheidungsprotokolle\n/);
    assert.ok(index.includes('| # | Entscheidung | Datum | Status |'));
    assert.ok(index.includes('| blockiert |'));
  });

  it('rewrites an English record of the same item in place (same number and file) when the team switches to German', async () => {
    const view = await blockedItem();
    const meeting = { id: 'm1', title: 'Weekly', startedAt: T0 };
    const first = planDecisionFolder([], meeting, [view]);
    const again = planDecisionFolder(first.writes, meeting, [view], undefined, de);
    assert.deepEqual(again.writes.map((w) => w.fileName), first.writes.map((w) => w.fileName));
    assert.match(again.writes[0]!.text, /- Status: blockiert/);
  });
});
