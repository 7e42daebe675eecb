/**
 * A bad record's problem in the reader's language (record-problem.ts): what VS Code's "Roundtable
 * ignored …" warning and corrupt-live-record message say (readRecordFile / LiveRecord.load word
 * it with describeRecordProblem), while validate.ts's English message stays for the CLI and logs.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { coreText, ENGLISH_TEXT } from '../../../shared/core/l10n/core-text';
import { describeProblem, readRecord } from '../../../shared/core/record/record';
import { describeRecordProblem } from '../../../shared/core/record/record-problem';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const de = coreText('de', JSON.parse(readFileSync(path.join(ROOT, 'shared/core/locales/de.json'), 'utf8')));
const fr = coreText('fr', JSON.parse(readFileSync(path.join(ROOT, 'shared/core/locales/fr.json'), 'utf8')));

const START = '{"v":1,"t":1000,"type":"meeting.started","id":"m1","title":"Weekly"}';
const problemOf = (text: string) => {
  const r = readRecord(text);
  assert.ok(!r.ok, 'the record is bad');
  return r.error;
};

describe('record problems in the reader’s language', () => {
  it('words a missing field for a German reader, and keeps the English message for the CLI', () => {
    const p = problemOf(`${START}\n{"v":1,"t":2000,"type":"speech.started"}\n`);
    assert.equal(describeRecordProblem(p, de), 'Zeile 2: Feld pid fehlt');
    assert.equal(describeRecordProblem(p, ENGLISH_TEXT), 'line 2: field pid is missing');
    assert.equal(describeProblem(p), 'line 2: field pid is missing', 'the CLI’s and logs’ English is unchanged');
  });

  it('carries the arguments: a value not allowed, an unknown type, a line that is not JSON', () => {
    const oneOf = problemOf(`${START}\n{"v":1,"t":2000,"type":"hand.lowered","pid":"p1","reason":"bored"}\n`);
    assert.match(describeRecordProblem(oneOf, de), /^Zeile 2: Feld reason muss eines von .+ sein$/);
    assert.equal(describeRecordProblem(oneOf, de).includes(oneOf.args?.[0] as string), true, 'the allowed values as written');
    const unknown = problemOf(`${START}\n{"v":1,"t":2000,"type":"speech.sung","pid":"p1"}\n`);
    assert.equal(describeRecordProblem(unknown, de), 'Zeile 2: Feld type: unbekannter Ereignistyp "speech.sung" für Version 1');
    assert.equal(describeProblem(unknown), 'line 2: field type unknown event type "speech.sung" for version 1');
    const notJson = problemOf(`${START}\n{oops\n${START}\n`);
    assert.match(describeRecordProblem(notJson, de), /^Zeile 2: die Zeile ist kein gültiges JSON \(.+\)$/);
    assert.match(describeRecordProblem(notJson, fr), /^ligne 2\u00a0: la ligne n’est pas du JSON valide/);
  });
});
