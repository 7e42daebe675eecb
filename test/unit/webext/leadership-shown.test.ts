/**
 * The side panel's leadership panel renders when what it shows changes (shownBy's key), not
 * with each redraw of a busy call: speech alone leaves the key as it was, unless it changes who
 * is present; anything else the panel shows moves it (issue 9).
 */
import { strict as assert } from 'node:assert';
import { shownBy, type ShownScan } from '../../../webext/src/pages/leadership/shown';
import { MeetingModel } from '../../../shared/ui/meeting-model';

const rights = { initiator: 'a', deciders: ['a', 'b'], contributors: [], informed: [] };

describe('leadership panel: what it shows (shownBy)', () => {
  it('keeps its key through speech, and moves it with a decision, a join, a returning voice, a turn and a new record', () => {
    const model = new MeetingModel();
    const start = [
      { v: 1, t: 1_000, type: 'meeting.started', id: 'm1', title: 'Weekly' },
      { v: 1, t: 1_000, type: 'participant.joined', pid: 'a', name: 'Ana' },
      { v: 1, t: 1_000, type: 'participant.joined', pid: 'b', name: 'Bo' },
    ];
    assert.equal(model.reset(start), 'ok');
    let scan: ShownScan | null = null;
    const key = () => {
      const r = shownBy(model, scan);
      scan = r.scan;
      return r.key;
    };
    let seq = start.length;
    const add = (...events: object[]) => {
      assert.equal(model.apply(seq + 1, events), 'ok');
      seq += events.length;
    };
    const first = key();
    add({ v: 1, t: 2_000, type: 'speech.started', pid: 'a' }, { v: 1, t: 2_500, type: 'speech.ended', pid: 'a' }, { v: 1, t: 2_600, type: 'speech.started', pid: 'b' });
    assert.equal(key(), first, 'speech by people present: same key');
    assert.equal(scan!.scanned, model.events.length, 'counted the new events only once');

    add({ v: 1, t: 3_000, type: 'decision.proposed', did: 'd1', title: 'Ship it', rights });
    const decided = key();
    assert.notEqual(decided, first, 'a decision item');
    add({ v: 1, t: 3_100, type: 'speech.ended', pid: 'b' });
    assert.equal(key(), decided);

    add({ v: 1, t: 3_200, type: 'participant.left', pid: 'b' });
    const left = key();
    assert.notEqual(left, decided, 'someone left');
    add({ v: 1, t: 3_300, type: 'speech.started', pid: 'b' });
    assert.notEqual(key(), left, 'speech brought them back: present again');
    const back = key();
    add({ v: 1, t: 3_400, type: 'speech.started', pid: 'c' });
    assert.notEqual(key(), back, 'a voice not on the roster');
    const voice = key();

    add({ v: 1, t: 3_500, type: 'round.started', rid: 'r1', kind: 'go-around', order: ['a', 'b'], slotMs: 0 });
    const round = key();
    assert.notEqual(round, voice, 'a round');
    add({ v: 1, t: 3_600, type: 'round.turn', rid: 'r1', pid: 'b' });
    assert.notEqual(key(), round, 'its turn moved');

    // A new record (a resync, another meeting) is counted from its start.
    assert.equal(model.reset(start), 'ok');
    assert.equal(key(), first);
  });
});
