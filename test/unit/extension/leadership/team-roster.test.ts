// The roster as the VS Code extension uses it: meeting names bridged to roster ids, the rota's
// suggestion, facilitation written back, and the decision matrix turned into meeting pids.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseRoster } from '../../../../shared/core/team/roster.ts';
import { coreText, ENGLISH_TEXT } from '../../../../shared/core/l10n/core-text.ts';
import { readRosterText, rightsFromMatrix, rosterAfterFacilitation, suggestAmong, withPeople } from '../../../../extension/src/leadership/team-roster.ts';

const fixture = readFileSync('test/fixtures/leadership/roster.json', 'utf8');
const roster = () => {
  const r = parseRoster(fixture);
  assert.ok(r.ok);
  return r.roster;
};

describe('extension/leadership: team roster', () => {
  it('reads no file as missing, a broken one as corrupt with the field at fault', () => {
    assert.deepEqual(readRosterText(undefined, ENGLISH_TEXT), { kind: 'missing' });
    assert.equal(readRosterText(fixture, ENGLISH_TEXT).kind, 'ok');
    const bad = readRosterText('{"version": 1, "people": [{"id": "a", "name": "A"}], "facilitatons": []}', ENGLISH_TEXT);
    assert.equal(bad.kind, 'corrupt');
    assert.match((bad as { message: string }).message, /facilitatons/);
    assert.match((readRosterText('{nope', ENGLISH_TEXT) as { message: string }).message, /not valid JSON/);
  });

  it('reads the older participant-list files (an array, or {participants}) as a roster', () => {
    for (const text of ['["Ode", {"name": "Pia"}]', '{"participants": [{"name": "Ode"}, "Pia"]}']) {
      const r = readRosterText(text, ENGLISH_TEXT);
      assert.equal(r.kind, 'ok', text);
      assert.deepEqual((r as { roster: { people: unknown } }).roster.people, [{ id: 'ode', name: 'Ode' }, { id: 'pia', name: 'Pia' }]);
    }
    assert.equal(readRosterText('{"participants": ["Ode"], "people": []}', ENGLISH_TEXT).kind, 'corrupt', 'a mix is not guessed at');
  });

  it('bridges names to roster ids case-insensitively and gives newcomers unique ids', () => {
    const { roster: r, idOf } = withPeople(roster(), ['ana', 'Eve', 'Ben', 'eve!']);
    assert.equal(idOf.get('ana'), 'ana');
    assert.equal(idOf.get('Ben'), 'ben');
    assert.equal(idOf.get('Eve'), 'eve');
    assert.equal(idOf.get('eve!'), 'eve-2');
    assert.deepEqual(r.people.slice(4), [{ id: 'eve', name: 'Eve' }, { id: 'eve-2', name: 'eve!' }]);
  });

  it('suggests whoever facilitated least recently among those in the meeting', () => {
    // Fixture: Ana facilitated on Jan 5, Cy on Jan 12; Ben and Dee never.
    assert.equal(suggestAmong(roster(), ['Ana', 'Cy', 'Dee']), 'Dee');
    assert.equal(suggestAmong(roster(), ['Cy', 'Ana']), 'Ana');
    assert.equal(suggestAmong(roster(), ['Cy', 'Zoe']), 'Zoe', 'someone new has never facilitated');
    assert.equal(suggestAmong(null, ['Kai', 'Lu']), 'Kai', 'without a roster, the first typed');
    assert.equal(suggestAmong(roster(), []), undefined);
  });

  it('records the facilitation, once per meeting, and refuses to touch a corrupt file', () => {
    const first = rosterAfterFacilitation(readRosterText(fixture, ENGLISH_TEXT), ['Ana', 'Ben', 'Zoe'], 'Ben', 'm9', 1_800_000_000_000, ENGLISH_TEXT);
    assert.ok(first.ok);
    const after = parseRoster(first.text);
    assert.ok(after.ok);
    assert.deepEqual(after.roster.facilitations.at(-1), { pid: 'ben', at: 1_800_000_000_000, meetingId: 'm9' });
    assert.ok(after.roster.people.some((p) => p.name === 'Zoe'));
    assert.deepEqual(after.roster.matrix, roster().matrix, 'the matrix is kept');
    // A handover in the same meeting replaces its entry.
    const handed = rosterAfterFacilitation(readRosterText(first.text, ENGLISH_TEXT), ['Ana', 'Ben', 'Zoe'], 'Zoe', 'm9', 1_800_000_000_000, ENGLISH_TEXT);
    assert.ok(handed.ok);
    const f = (parseRoster(handed.text) as { ok: true; roster: { facilitations: { pid: string; meetingId: string }[] } }).roster.facilitations;
    assert.deepEqual(f.filter((x) => x.meetingId === 'm9').map((x) => x.pid), ['zoe']);
    // From no file: a new roster.
    const fresh = rosterAfterFacilitation({ kind: 'missing' }, ['Kai', 'Lu'], 'Lu', 'm1', 5, ENGLISH_TEXT);
    assert.ok(fresh.ok);
    assert.deepEqual(JSON.parse(fresh.text), { version: 1, people: [{ id: 'kai', name: 'Kai' }, { id: 'lu', name: 'Lu' }], facilitations: [{ pid: 'lu', at: 5, meetingId: 'm1' }] });
    assert.deepEqual(rosterAfterFacilitation({ kind: 'corrupt', message: 'roster: bad' }, ['A'], 'A', 'm', 1, ENGLISH_TEXT), { ok: false, message: 'roster: bad' });
  });

  it("words a facilitation it cannot record in the reader's language (VS Code's warning about roster.json)", () => {
    const de = coreText('de', JSON.parse(readFileSync('shared/core/locales/de.json', 'utf8')) as Record<string, string>);
    const read = readRosterText(fixture, de);
    const stored = roster().facilitations.length;
    assert.deepEqual(rosterAfterFacilitation(read, ['Ana'], 'Ana', 'm9', Number.NaN, de), {
      ok: false,
      message: `Team-Liste: Feld facilitations[${stored}].at muss Epoch-Millisekunden sein (eine Zahl >= 0)`,
    });
    assert.deepEqual(rosterAfterFacilitation(read, ['Ana'], 'Ana', 'm9', -1, ENGLISH_TEXT), {
      ok: false,
      message: `roster: field facilitations[${stored}].at must be epoch milliseconds (a number >= 0)`,
    });
  });

  it('turns the matrix into the meeting pids; people not in the meeting keep their roster id', () => {
    const people = [{ pid: 'p1', name: 'Ana' }, { pid: 'p2', name: 'BEN' }, { pid: 'p3', name: 'Dee' }];
    const r = rightsFromMatrix(roster(), 'Releases', people, 'p1');
    assert.ok(r);
    assert.deepEqual(r.rights, { initiator: 'p1', deciders: ['p2', 'cy'], contributors: ['p1'], informed: ['p3'] });
    assert.equal(r.area, 'releases');
    assert.equal(r.names.get('cy'), 'Cy');
    assert.equal(rightsFromMatrix(roster(), 'unknown', people, null), null);
  });
});
