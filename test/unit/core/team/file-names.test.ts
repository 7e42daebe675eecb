import { strict as assert } from 'node:assert';
import { localDate, meetingFileBase, meetingFileDayEnd, UTC_ZONE } from '../../../../shared/core/team/file-names';

describe('core/team/file names', () => {
  // 2026-12-01 23:30 in UTC-5 is 2026-12-02 04:30 UTC.
  const lateEvening = Date.UTC(2026, 11, 2, 4, 30);
  const newYork = () => -300;

  it('names a file for the local day the meeting started, not the UTC day', () => {
    assert.equal(localDate(lateEvening, newYork), '2026-12-01');
    assert.equal(localDate(lateEvening, UTC_ZONE), '2026-12-02');
    assert.equal(localDate(Date.UTC(2026, 11, 1, 20), () => 240), '2026-12-02');
  });

  it('joins the date and the slug of an untrusted title', () => {
    assert.equal(meetingFileBase(lateEvening, 'Weekly: café ≠ thé', newYork), '2026-12-01-weekly-cafe-the');
    assert.equal(meetingFileBase(lateEvening, '../../etc/passwd', newYork), '2026-12-01-etc-passwd');
    assert.equal(meetingFileBase(lateEvening, '会议', newYork), '2026-12-01-meeting');
    assert.equal(meetingFileBase(lateEvening, 'x'.repeat(80), newYork), `2026-12-01-${'x'.repeat(48)}`);
  });

  it('reads back when a named day ends, in the same zone', () => {
    assert.equal(meetingFileDayEnd('2026-12-01-weekly.jsonl', newYork), Date.UTC(2026, 11, 2, 5));
    assert.equal(meetingFileDayEnd('2026-12-01-weekly.md', UTC_ZONE), Date.UTC(2026, 11, 2));
    assert.equal(meetingFileDayEnd('2026-02-30-x.md', UTC_ZONE), null);
    assert.equal(meetingFileDayEnd('notes.md', UTC_ZONE), null);
    assert.equal(meetingFileDayEnd('2026-12-01-weekly.csv', UTC_ZONE), null);
  });

  it('a name written for a start is read back as a day that contains the start', () => {
    for (const zone of [UTC_ZONE, newYork, () => 840, () => -720]) {
      const end = meetingFileDayEnd(`${meetingFileBase(lateEvening, 'x', zone)}.jsonl`, zone)!;
      assert.ok(end > lateEvening && end - lateEvening <= 86_400_000, String(zone(0)));
    }
  });
});
