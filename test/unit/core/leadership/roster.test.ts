import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseRoster, serializeRoster, type Roster } from '../../../../shared/core/team/roster';
import { describeProblem } from '../../../../shared/core/l10n/keyed-problem';
import type { RosterProblem } from '../../../../shared/core/team/roster-problem';
import { coreText, ENGLISH_TEXT } from '../../../../shared/core/l10n/core-text';

const describeRosterProblem = (p: RosterProblem) => describeProblem(p, ENGLISH_TEXT);

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/leadership/${name}`, import.meta.url), 'utf8');

const v1 = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, people: [{ id: 'ana', name: 'Ana' }, { id: 'ben', name: 'Ben' }], facilitations: [{ pid: 'ana', at: 1000, meetingId: 'm1' }], ...extra });

describe('core/leadership/roster', () => {
  it('reads the fixture roster with its matrix, and writes it back byte for byte', () => {
    const text = fixture('roster.json');
    const r = parseRoster(text);
    assert.ok(r.ok, r.ok ? '' : describeRosterProblem(r.error));
    assert.equal(r.upgradedFrom, null);
    assert.deepEqual(r.roster.people.map((p) => p.id), ['ana', 'ben', 'cy', 'dee']);
    assert.equal(r.roster.matrix?.areas[0]?.cells.ben, 'decides');
    assert.equal(serializeRoster(r.roster), text);
  });

  const problems: [string, string, string][] = [
    ['not JSON', '{"version": 1,', 'roster: is not valid JSON'],
    ['an array', '[]', 'roster: must be a JSON object'],
    ['a newer version', '{"version": 2}', 'roster: field version is 2: written by a newer Roundtable (this one reads up to 1)'],
    ['a bad version', '{"version": "1"}', 'roster: field version must be a whole number'],
    ['a typo in a field', v1({ facilitatons: [] }), 'roster: field facilitatons is not a roster field'],
    ['people missing', '{"version": 1, "facilitations": []}', 'roster: field people is missing'],
    ['an empty id', '{"version": 1, "people": [{"id": "", "name": "A"}], "facilitations": []}', 'roster: field people[0].id must be a non-empty string'],
    ['a repeated id', '{"version": 1, "people": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}], "facilitations": []}', 'roster: field people[1].id repeats people[0].id "a"'],
    ['a name that is not text', '{"version": 1, "people": [{"id": "a", "name": 3}], "facilitations": []}', 'roster: field people[0].name must be a string'],
    ['a facilitator not on the roster', v1({ facilitations: [{ pid: 'zed', at: 1, meetingId: 'm' }] }), 'roster: field facilitations[0].pid "zed" is not a person on the roster'],
    ['a facilitation time that is not a time', v1({ facilitations: [{ pid: 'ana', at: 'monday', meetingId: 'm' }] }), 'roster: field facilitations[0].at must be epoch milliseconds (a number >= 0)'],
    ['a matrix cell for a stranger', v1({ matrix: { areas: [{ id: 'x', name: 'X', cells: { zed: 'decides' } }] } }), 'roster: field matrix.areas[0].cells.zed is not a person on the roster'],
    ['a matrix cell with an unknown role', v1({ matrix: { areas: [{ id: 'x', name: 'X', cells: { ana: 'vetoes' } }] } }), 'roster: field matrix.areas[0].cells.ana must be one of decides, contributes, informed'],
    ['a repeated area', v1({ matrix: { areas: [{ id: 'x', name: 'X', cells: {} }, { id: 'x', name: 'Y', cells: {} }] } }), 'roster: field matrix.areas[1].id repeats the area "x"'],
    ['a v0 roster with a stray field', '{"people": ["Ana"], "history": []}', 'roster: field history is not a field of a roster without a version (add "version": 1?)'],
    ['a v0 roster with an empty name', '{"people": ["Ana", " "]}', 'roster: field people[1] must be a name or {name, id?}'],
    ['a v0 roster repeating a given id', '{"people": [{"name": "A", "id": "x"}, {"name": "B", "id": "x"}]}', 'roster: field people[1].id repeats the id "x"'],
  ];
  for (const [what, text, message] of problems)
    it(`names the field when given ${what}`, () => {
      const r = parseRoster(text);
      assert.ok(!r.ok, 'must be refused');
      assert.ok(describeRosterProblem(r.error).startsWith(message), describeRosterProblem(r.error));
    });

  it("words a problem in the reader's language: a German reader gets German, the field and the JSON as written", () => {
    const de = coreText('de', JSON.parse(fixture('../../../shared/core/locales/de.json')) as Record<string, string>);
    const missing = parseRoster('{"version": 1, "facilitations": []}');
    assert.ok(!missing.ok);
    assert.equal(describeProblem(missing.error, de), 'Team-Liste: Feld people fehlt');
    const role = parseRoster(v1({ matrix: { areas: [{ id: 'x', name: 'X', cells: { ana: 'vetoes' } }] } }));
    assert.ok(!role.ok);
    assert.equal(describeProblem(role.error, de), 'Team-Liste: Feld matrix.areas[0].cells.ana muss eines von decides, contributes, informed sein');
  });

  it('upgrades the hand-written shorthand (version 0) to version 1', () => {
    const r = parseRoster('\ufeff{"people": ["Ana", "Zoë", {"name": "Ana"}, {"name": "Ben", "id": "b7"}, {"name": "Ana M", "id": "ana-3"}]}');
    assert.ok(r.ok, r.ok ? '' : describeRosterProblem(r.error));
    assert.equal(r.upgradedFrom, 0);
    const expected: Roster = {
      version: 1,
      people: [
        { id: 'ana', name: 'Ana' },
        { id: 'zoe', name: 'Zoë' },
        { id: 'ana-2', name: 'Ana' },
        { id: 'b7', name: 'Ben' },
        { id: 'ana-3', name: 'Ana M' },
      ],
      facilitations: [],
    };
    assert.deepEqual(r.roster, expected);
    const given = parseRoster('{"people": ["Ana", {"name": "Other", "id": "ana"}]}');
    assert.deepEqual(given.ok && given.roster.people.map((p) => p.id), ['ana-2', 'ana'], 'a made id never takes an id the author gave');
  });

  it('keeps "__proto__" as a plain person id in matrix cells, never as a prototype', () => {
    const r = parseRoster('{"version": 1, "people": [{"id": "__proto__", "name": "P"}], "facilitations": [], "matrix": {"areas": [{"id": "x", "name": "X", "cells": {"__proto__": "decides"}}]}}');
    assert.ok(r.ok, r.ok ? '' : describeRosterProblem(r.error));
    const cells = r.roster.matrix!.areas[0]!.cells;
    assert.deepEqual(Object.keys(cells), ['__proto__']);
    assert.equal(Object.getPrototypeOf(cells), Object.prototype);
    assert.ok(serializeRoster(r.roster).includes('"__proto__": "decides"'));
  });
});
