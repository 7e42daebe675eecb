/**
 * A crash is not a loss: Chromium killed outright (SIGKILL, no shutdown) in the middle of a
 * meeting and started again on the same profile keeps every event the worker had acknowledged
 * (IndexedDB, one committed transaction per event); at most the event in flight is lost.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readRecord, serializeRecord } from '../../shared/core/record/record';
import type { MeetingEvent } from '../../shared/core/record/events';
import { RESILIENCE_SCRIPT } from '../fixtures/platforms/scripts';
import { launchWithFixture, PLATFORM_URLS, play } from './fixtures';
import { launch, meetingSnapshot, ROOT, type Launched } from './harness';

const until = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));

/** The browser's main process: the one whose command line names our profile and has no --type. */
function browserPid(profile: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmd: string[];
    try {
      cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (cmd.some((a) => a === `--user-data-dir=${profile}`) && !cmd.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no Chromium process for ${profile}`);
}

describe('a killed browser in real Chromium', function () {
  let home: string;
  let b: Launched | undefined;
  before(() => {
    mkdirSync(path.join(ROOT, '.test-tmp'), { recursive: true });
    home = mkdtempSync(path.join(ROOT, '.test-tmp', 'chromium-crash-'));
  });
  after(async () => {
    await b?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('killed mid-meeting and restarted on the same profile, every acknowledged event is still there', async () => {
    b = await launchWithFixture('jitsi', { home });
    const panel = await b.page('sidepanel.html');
    const call = await b.context.newPage();
    await call.goto(PLATFORM_URLS.jitsi.url);
    const origin = Date.now() + 300;
    play(call, RESILIENCE_SCRIPT, origin).catch(() => undefined); // dies with the browser

    // 4.5 s in: Ben is mid-sentence. What the worker acknowledged so far, then SIGKILL at once.
    await until(origin + 4500);
    const acknowledged = await meetingSnapshot(panel);
    assert.ok(acknowledged.meeting, 'a meeting is recorded');
    assert.ok(acknowledged.events.some((e) => e.type === 'speech.started' && e.pid?.endsWith('ben')), JSON.stringify(acknowledged.events.map((e) => e.type)));
    const gone = new Promise((r) => b!.context.once('close', r));
    process.kill(browserPid(path.join(home, 'profile')), 'SIGKILL');
    await gone;
    await b.close();

    b = await launch({ home });
    const again = await b.page('sidepanel.html');
    const after = await meetingSnapshot(again, acknowledged.meeting.id);
    assert.ok(after.meeting, 'the meeting is still in the history after the crash');
    // Every event acknowledged before the kill survives, in order; later ones were in flight.
    assert.deepEqual(after.events.slice(0, acknowledged.events.length), acknowledged.events);
    // And what survived is a valid record that folds (no half-written event).
    const read = readRecord(serializeRecord(after.events as MeetingEvent[]));
    assert.ok(read.ok && read.torn === null, JSON.stringify(read));
  });
});
