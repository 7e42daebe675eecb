import { strict as assert } from 'node:assert';
import { describeProblem, parseRecord, readRecord, RecordScanner, serializeRecord, splitTorn } from '../../../shared/core/record/record';

const ok = (o: object) => JSON.stringify({ v: 1, t: 1000, ...o });

describe('core/record', () => {
  it('parses valid lines, skips blank lines and a BOM, keeps file order', () => {
    const text = '\ufeff' + [ok({ type: 'meeting.started', id: 'm', title: 'T' }), '', '  ', ok({ type: 'participant.joined', pid: 'a', name: '' })].join('\r\n') + '\n';
    const r = parseRecord(text);
    assert.ok(r.ok);
    assert.deepEqual(
      r.events.map((e) => e.type),
      ['meeting.started', 'participant.joined'],
    );
  });

  const bad: [string, string, string][] = [
    ['not json', '{nope', 'line 2: is not valid JSON'],
    ['array', '[1]', 'line 2: is not a JSON object'],
    ['missing v', JSON.stringify({ t: 1, type: 'meeting.ended' }), 'line 2: field v is missing'],
    ['string t', JSON.stringify({ v: 1, t: '1', type: 'meeting.ended' }), 'line 2: field t must be a finite number'],
    ['negative t', JSON.stringify({ v: 1, t: -5, type: 'meeting.ended' }), 'line 2: field t is out of range'],
    ['unknown v1 type', ok({ type: 'speech.maybe' }), 'line 2: field type unknown event type "speech.maybe" for version 1'],
    ['missing pid', ok({ type: 'speech.started' }), 'line 2: field pid is missing'],
    ['empty pid', ok({ type: 'speech.started', pid: '' }), 'line 2: field pid must not be empty'],
    ['numeric name', ok({ type: 'participant.joined', pid: 'a', name: 5 }), 'line 2: field name must be a string'],
    ['bad kind', ok({ type: 'round.started', rid: 'r', kind: 'chat', order: [], slotMs: 0 }), 'line 2: field kind must be one of'],
    ['bad order item', ok({ type: 'round.started', rid: 'r', kind: 'go-around', order: ['a', 3], slotMs: 0 }), 'line 2: field order[1] must be a non-empty string'],
    ['repeated pid in order', ok({ type: 'round.started', rid: 'r', kind: 'go-around', order: ['a', 'b', 'a'], slotMs: 0 }), 'line 2: field order[2] repeats pid "a"'],
    ['negative slot', ok({ type: 'round.started', rid: 'r', kind: 'go-around', order: [], slotMs: -1 }), 'line 2: field slotMs must be at least 0'],
    ['zero extension', ok({ type: 'round.extended', rid: 'r', ms: 0 }), 'line 2: field ms must be greater than 0'],
    ['bad rights', ok({ type: 'decision.recorded', did: 'd', title: 'x', outcome: 'y', rights: { initiator: null, deciders: 'a', contributors: [], informed: [] } }), 'line 2: field rights.deciders must be an array'],
    ['bad objection', ok({ type: 'decision.recorded', did: 'd', title: 'x', outcome: 'y', rights: { initiator: 'a', deciders: [], contributors: [], informed: [] }, objections: [{ pid: 'a' }] }), 'line 2: field objections[0].reason must be a string'],
  ];
  for (const [name, line, want] of bad)
    it(`rejects ${name} with the line and field`, () => {
      // A line follows the bad one: a bad last line could be a torn write (tested below).
      const r = parseRecord(ok({ type: 'meeting.ended' }) + '\n' + line + '\n' + ok({ type: 'meeting.ended' }) + '\n');
      assert.equal(r.ok, false);
      if (!r.ok) assert.ok(describeProblem(r.error).startsWith(want), describeProblem(r.error));
    });

  it('counts and skips unknown types of a newer version, keeping none of them', () => {
    const r = parseRecord([ok({ type: 'meeting.ended' }), JSON.stringify({ v: 2, t: 5, type: 'poll.opened', q: '?' }), JSON.stringify({ v: 3, t: 6, type: 'poll.closed' })].join('\n'));
    assert.ok(r.ok);
    assert.equal(r.events.length, 1);
    assert.deepEqual(r.newer, { count: 2, first: { line: 2, type: 'poll.opened' } });
  });

  it('a torn last line is left out and named; the complete events before it are read', () => {
    const whole = [ok({ type: 'meeting.started', id: 'm', title: 'T' }), ok({ type: 'participant.joined', pid: 'a', name: 'A' })].join('\n') + '\n';
    for (const tail of ['{"v":1,"t":10', '{"v":1,"t":10\n', '\u0000\u0000\u0000', '{"v":1,"t":10\n\n  \n']) {
      const r = parseRecord(whole + tail);
      assert.ok(r.ok, tail);
      assert.equal(r.events.length, 2);
      assert.deepEqual(r.torn, { line: 3, offset: whole.length });
    }
    const clean = parseRecord(whole);
    assert.ok(clean.ok);
    assert.equal(clean.torn, null);
    // Invalid JSON followed by anything is corruption, not a torn write.
    const r = parseRecord(whole + '{"v":1,"t":10\n' + ok({ type: 'meeting.ended' }));
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(describeProblem(r.error), /^line 3: is not valid JSON/);
  });

  it('splitTorn keeps the torn bytes and leaves complete lines that appending continues', () => {
    const whole = '\ufeff' + [ok({ type: 'meeting.started', id: 'm', title: 'T' }), '', ok({ type: 'participant.joined', pid: 'a', name: 'A' })].join('\r\n') + '\r\n';
    for (const tail of ['{"v":1,"t":10', '{"v":1,"t":10\n\n  \n', '\u0000\u0000']) {
      const r = parseRecord(whole + tail);
      assert.ok(r.ok && r.torn, tail);
      const { complete, torn } = splitTorn(whole + tail, r.torn);
      assert.equal(complete, whole);
      assert.equal(torn, tail);
      // The repaired record plus the next appended line reads back clean, every event kept.
      const next = parseRecord(complete + ok({ type: 'participant.joined', pid: 'b', name: 'B' }) + '\n');
      assert.ok(next.ok);
      assert.equal(next.torn, null);
      assert.deepEqual(next.events.map((e) => e.type), ['meeting.started', 'participant.joined', 'participant.joined']);
    }
    // The first line torn: nothing complete is kept, not even the byte-order mark.
    const first = '\ufeff{"v":1,"t":';
    const r = parseRecord(first);
    assert.ok(r.ok && r.torn);
    assert.deepEqual(splitTorn(first, r.torn), { complete: '', torn: '{"v":1,"t":' });
  });

  it('reads the same events whatever the chunk boundaries (BOM, CRLF, multi-byte names, torn end)', () => {
    const text = '\ufeff' + [ok({ type: 'meeting.started', id: 'm', title: 'Zoë 李 😀' }), '', ok({ type: 'participant.joined', pid: 'a', name: 'עברית' })].join('\r\n') + '\r\n{"v":1';
    const whole = parseRecord(text);
    assert.ok(whole.ok);
    for (let size = 1; size <= 7; size++) {
      const seen: [string, number, number][] = [];
      const scanner = new RecordScanner((e, line, offset) => void seen.push([e.type, line, offset]));
      for (let i = 0; i < text.length; i += size) scanner.push(text.slice(i, i + size));
      scanner.end();
      assert.equal(scanner.problem, null);
      assert.deepEqual(scanner.torn, whole.torn, `chunks of ${size}`);
      assert.deepEqual(seen, [['meeting.started', 1, 1], ['participant.joined', 3, text.indexOf('{"v":1,"t":1000,"type":"participant')]]);
    }
  });

  it('readRecord sorts stably by t', () => {
    const lines = [
      JSON.stringify({ v: 1, t: 20, type: 'speech.started', pid: 'b' }),
      JSON.stringify({ v: 1, t: 10, type: 'speech.started', pid: 'a' }),
      JSON.stringify({ v: 1, t: 20, type: 'speech.ended', pid: 'b' }),
      JSON.stringify({ v: 1, t: 10, type: 'speech.ended', pid: 'a' }),
    ];
    const r = readRecord(lines.join('\n'));
    assert.ok(r.ok);
    assert.deepEqual(
      r.events.map((e) => `${e.t}:${e.type}`),
      ['10:speech.started', '10:speech.ended', '20:speech.started', '20:speech.ended'],
    );
  });

  it('serialize then parse round-trips hostile names exactly', () => {
    const name = '=cmd|"/c calc"!A1 <script>\u202e\u0000\n| x';
    const r1 = parseRecord(ok({ type: 'participant.joined', pid: 'a', name }));
    assert.ok(r1.ok);
    const r2 = parseRecord(serializeRecord(r1.events));
    assert.ok(r2.ok);
    assert.deepEqual(r2.events, r1.events);
    assert.equal((r2.events[0] as { name: string }).name, name);
  });
});
