import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { capId, MAX_ID, safeDecode } from '../../../webext/src/content/adapters/adapter';
import { jitsiAdapter } from '../../../webext/src/content/adapters/jitsi';
import { teamsAdapter } from '../../../webext/src/content/adapters/teams';

const codePoints = (s: string) => Array.from(s).length;

describe('page text bounds', () => {
  it('capId keeps short ids, and maps long ones to a stable, distinct id of at most MAX_ID code points', () => {
    assert.equal(capId('abc'), 'abc');
    assert.equal(capId('x'.repeat(MAX_ID)), 'x'.repeat(MAX_ID));
    const long = 'spaces/' + 'a'.repeat(8000);
    assert.equal(capId(long), capId(long));
    assert.notEqual(capId(long), capId(long + 'b'), 'a shared prefix does not merge two ids');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 4 * MAX_ID }), (id) => {
        const capped = capId(id);
        assert.ok(codePoints(capped) <= MAX_ID);
        assert.equal(capId(id), capped);
        if (codePoints(id) <= MAX_ID) assert.equal(capped, id);
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it('safeDecode falls back to the raw text on a malformed % sequence', () => {
    assert.equal(safeDecode('50%off'), '50%off');
    assert.equal(safeDecode('caf%C3%A9'), 'café');
  });

  it('Jitsi and Teams read a room address with a malformed % sequence without throwing', () => {
    const doc = { title: '' } as Document;
    const url = new URL('https://meet.jit.si/50%off');
    assert.equal(jitsiAdapter('jitsi').meetingKey(url), 'jitsi/meet.jit.si/50%off');
    assert.equal(jitsiAdapter('jitsi').title(url, doc), '50%off');
    assert.equal(teamsAdapter.meetingKey(new URL('https://teams.microsoft.com/l/meetup-join/19%3Ameeting%ZZ/0')), 'teams/19%3Ameeting%ZZ');
  });
});
