// Meetings read back for the playbook and the trends: each VS Code meeting numbers its people
// anew (p1, p2...), so trends must match them by name, through the roster's ids.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { MeetingEvent } from '../../../../shared/core/record/events.ts';
import { computeTrends } from '../../../../shared/core/trends/trends.ts';
import { renderPlaybook } from '../../../../shared/core/debrief/playbook-markdown.ts';
import { readRecord } from '../../../../shared/core/record/record.ts';
import { playbookMeetingOf, summarizeMeeting, uniqueMeetings, withStablePids } from '../../../../extension/src/leadership/meeting-history.ts';

const T0 = Date.UTC(2026, 1, 2, 9);
/** A VS Code-style meeting: pids by typing order, `fac` facilitates, `talk` ms each in order. */
function meeting(id: string, day: number, names: string[], fac: number, talk: number[]): MeetingEvent[] {
  const t0 = T0 + day * 86_400_000;
  const ev: MeetingEvent[] = [{ v: 1, t: t0, type: 'meeting.started', id, title: `Weekly ${day}`, facilitator: `p${fac + 1}` }];
  names.forEach((name, i) => ev.push({ v: 1, t: t0, type: 'participant.joined', pid: `p${i + 1}`, name }));
  let t = t0;
  talk.forEach((ms, i) => {
    ev.push({ v: 1, t, type: 'speech.started', pid: `p${i + 1}` });
    t += ms;
    ev.push({ v: 1, t, type: 'speech.ended', pid: `p${i + 1}` });
  });
  ev.push({ v: 1, t: t + 1000, type: 'debrief.answered', prompt: 'worked', pid: 'p1', text: `${names[0]} liked it` });
  ev.push({ v: 1, t: t + 1000, type: 'meeting.ended' });
  return ev;
}

describe('extension/leadership: meeting history', () => {
  const a = summarizeMeeting(meeting('m1', 0, ['Ana', 'Ben'], 0, [30000, 10000]));
  const b = summarizeMeeting(meeting('m2', 7, ['Ben', 'Ana'], 0, [20000, 20000]));

  it('matches people across meetings by name, not by their per-meeting pid', () => {
    const raw = computeTrends([a, b]);
    assert.equal(raw.people.length, 2);
    assert.equal(raw.people.find((p) => p.pid === 'p1')!.name, 'Ben', 'raw pids mix Ana and Ben up');
    const t = computeTrends(withStablePids([a, b], null));
    const ana = t.people.find((p) => p.pid === 'ana')!;
    const ben = t.people.find((p) => p.pid === 'ben')!;
    assert.equal(ana.talkMs, 50000);
    assert.equal(ben.talkMs, 30000);
    assert.deepEqual(t.facilitation.map((f) => [f.pid, f.count]), [['ana', 1], ['ben', 1]]);
  });

  it('counts a meeting once when it is both live and on disk', () => {
    assert.equal(uniqueMeetings([a, b, a]).length, 2);
  });

  it('gathers every meeting\'s debrief for the playbook, newest first', () => {
    const md = renderPlaybook([a, b].map(playbookMeetingOf));
    assert.ok(md.indexOf('Weekly 7') < md.indexOf('Weekly 0'));
    assert.match(md, /- Ben liked it \(Ben\)/);
    assert.match(md, /- Ana liked it \(Ana\)/);
  });

  it('reads the recorded consent meeting with its trail', () => {
    const r = readRecord(readFileSync('test/fixtures/leadership/consent-meeting.jsonl', 'utf8'));
    assert.ok(r.ok);
    const s = summarizeMeeting(r.events);
    assert.equal(s.leadership?.decisions[0]?.status, 'decided');
    assert.equal(s.leadership?.debrief.length, 1);
  });
});
