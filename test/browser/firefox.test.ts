/**
 * The Firefox build in a real Firefox (Debian's firefox-esr, headless, WebDriver BiDi): the
 * demo call through the polyfill, content script, background script and IndexedDB, with talk
 * times within 250 ms of the script. Skipped (shown as pending) where firefox-esr is not installed.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createMeetingState, foldEvents } from '../../shared/core/meeting/meeting-state';
import { sortByTime } from '../../shared/core/record/record';
import { summarize } from '../../shared/core/summary/summary';
import type { MeetingEvent } from '../../shared/core/record/events';
import { DEMO_SCRIPT } from '../../webext/src/demo/demo-script';
import { MSG } from '../../webext/src/messages';
import { ROOT } from './harness';
import { talkErrors } from './fixtures';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

describe('Firefox build in real Firefox (WebDriver BiDi)', function () {
  it('records the demo call with talk times within 250 ms of the script', function () {
    if (!existsSync(FIREFOX)) return this.skip();
    mkdirSync(path.join(ROOT, '.test-tmp'), { recursive: true });
    const tmp = mkdtempSync(path.join(ROOT, '.test-tmp', 'firefox-'));
    try {
      const run = spawnSync(process.execPath, ['--experimental-websocket', path.join(ROOT, 'test/browser/firefox-driver.mjs'), FIREFOX, path.join(ROOT, 'dist/webext/firefox'), tmp, MSG.listMeetings, MSG.getMeeting], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      assert.equal(run.status, 0, `driver failed: ${run.stderr}`);
      const out = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { record: { meeting: { endedAt?: number; platform: string }; events: MeetingEvent[] } };
      assert.equal(out.record.meeting.platform, 'demo');
      assert.ok(out.record.meeting.endedAt, 'the meeting ended with the call');
      const summary = summarize(foldEvents(sortByTime(out.record.events), createMeetingState()), out.record.meeting.endedAt!);
      const errors = talkErrors(summary, DEMO_SCRIPT);
      console.log(`      firefox demo error per person (ms): ${[...errors].map(([n, e]) => `${n} ${e}`).join(', ')}`);
      for (const [name, err] of errors) assert.ok(Math.abs(err) <= 250, `${name} off by ${err} ms`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
