import { strict as assert } from 'node:assert';
import { DAY_MS, expiredMeetingFiles, expiredMeetings, retentionDays } from '../../../shared/core/meeting/retention';
import { UTC_ZONE } from '../../../shared/core/team/file-names';

const NOW = Date.UTC(2026, 11, 1, 12);

describe('core/meeting/retention', () => {
  it('is off by default and for anything that is not a whole number of days', () => {
    for (const v of [0, -3, NaN, '30', null, undefined, 0.5]) assert.equal(retentionDays(v), 0, String(v));
    assert.equal(retentionDays(30.9), 30);
    assert.equal(retentionDays(1e9), 3650);
    assert.deepEqual(expiredMeetings([{ endedAt: 0 }], NOW, 0), []);
  });

  it('expires ended meetings past the days, never a running one', () => {
    const ms = [{ id: 'old', endedAt: NOW - 31 * DAY_MS }, { id: 'edge', endedAt: NOW - 30 * DAY_MS }, { id: 'new', endedAt: NOW - DAY_MS }, { id: 'live', endedAt: undefined }];
    assert.deepEqual(expiredMeetings(ms, NOW, 30).map((m) => m.id), ['old']);
  });

  it('meeting files by the day in their name, only once the whole day is past', () => {
    const names = ['2026-10-30-a.jsonl', '2026-10-30-a.md', '2026-10-31-b.jsonl', '2026-11-01-c.jsonl', '2026-02-30-x.md', 'README.md', 'roster.json'];
    assert.deepEqual(expiredMeetingFiles(names, NOW, 31, UTC_ZONE), ['2026-10-30-a.jsonl', '2026-10-30-a.md']);
    assert.deepEqual(expiredMeetingFiles(names, NOW, 0, UTC_ZONE), []);
  });

  it("reads a file's day in the zone that named it", () => {
    // 2026-10-31 ends at 2026-11-01T00:00 local; in UTC-10 that is 10:00 UTC, in UTC+10 14:00 UTC the day before.
    const names = ['2026-10-31-b.jsonl'];
    const west = () => -600;
    const east = () => 600;
    const at = (h: number) => Date.UTC(2026, 11, 2, h); // 31 days after the local day ends
    assert.deepEqual(expiredMeetingFiles(names, at(9), 31, west), []);
    assert.deepEqual(expiredMeetingFiles(names, at(10), 31, west), names);
    assert.deepEqual(expiredMeetingFiles(names, Date.UTC(2026, 11, 1, 13), 31, east), []);
    assert.deepEqual(expiredMeetingFiles(names, Date.UTC(2026, 11, 1, 14), 31, east), names);
  });
});
