/**
 * The Firefox build in a real Firefox (Debian's firefox-esr, headless, WebDriver BiDi): the
 * demo call through the polyfill, content script, background script and IndexedDB, with talk
 * times within 250 ms of the script. Skipped (shown as pending) where firefox-esr is not installed.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createMeetingState } from '../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../shared/core/meeting/meeting-parts';
import { sortByTime } from '../../shared/core/record/record';
import { summarize } from '../../shared/core/summary/summary';
import type { MeetingEvent } from '../../shared/core/record/events';
import { DEMO_SCRIPT } from '../../webext/src/demo/demo-script';
import { MSG } from '../../webext/src/messages';
import { LEAVE_GRACE_MS } from '../../webext/src/background/departures';
import { ROOT } from './harness';
import { LINK_MSG } from '../../webext/src/link/link-messages';
import { Gatekeeper } from '../../extension/src/link/gatekeeper';
import type { LinkConnection } from '../../extension/src/link/link-server';
import { nodeLinkPlatform } from '../../extension/src/link/node-link';
import { displayPairingCode } from '../../shared/core/link/pairing-code';
import { talkErrors } from './fixtures';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

interface DriverOutput {
  record: { meeting: { endedAt?: number; platform: string }; events: MeetingEvent[] };
  meetings: number;
  /** When the tab left or reloaded (leave, reload). */
  at: number | null;
  /** The worker's reply to the pair request (link). */
  pair: { state: { kind: string }; pair?: { ok: boolean; problem?: string } } | null;
}

/**
 * The link scenario: the driver runs beside VS Code's own listener in this process (the node
 * half of extension/src/link: LinkServer and Gatekeeper, without VS Code around them), so it
 * is spawned without blocking this process's event loop.
 */
function driveLink(code: string): Promise<DriverOutput | null> {
  if (!existsSync(FIREFOX)) return Promise.resolve(null);
  mkdirSync(path.join(ROOT, '.test-tmp'), { recursive: true });
  const tmp = mkdtempSync(path.join(ROOT, '.test-tmp', 'firefox-'));
  const args = ['--experimental-websocket', path.join(ROOT, 'test/browser/firefox-driver.mjs'), FIREFOX, path.join(ROOT, 'dist/webext/firefox'), tmp, MSG.listMeetings, MSG.getMeeting, 'link', '0', LINK_MSG.pair, code];
  return new Promise<DriverOutput>((resolve, reject) => {
    const run = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    run.stdout.on('data', (d) => (out += d));
    run.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => run.kill('SIGKILL'), 120_000);
    run.on('exit', (status) => {
      clearTimeout(timer);
      if (status !== 0) reject(new Error(`driver failed (${status}): ${err}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1)!) as DriverOutput);
    });
  }).finally(() => rmSync(tmp, { recursive: true, force: true }));
}

/** Runs test/browser/firefox-driver.mjs with a scenario; null where firefox-esr is not installed. */
function drive(scenario: 'demo' | 'leave' | 'reload', waitMs = 0): DriverOutput | null {
  if (!existsSync(FIREFOX)) return null;
  mkdirSync(path.join(ROOT, '.test-tmp'), { recursive: true });
  const tmp = mkdtempSync(path.join(ROOT, '.test-tmp', 'firefox-'));
  try {
    const run = spawnSync(process.execPath, ['--experimental-websocket', path.join(ROOT, 'test/browser/firefox-driver.mjs'), FIREFOX, path.join(ROOT, 'dist/webext/firefox'), tmp, MSG.listMeetings, MSG.getMeeting, scenario, String(waitMs)], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(run.status, 0, `driver failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as DriverOutput;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Ada's speech in the record: [type, t] in order. */
function adaSpeech(out: DriverOutput): [string, number][] {
  return sortByTime(out.record.events)
    .filter((e) => e.type.startsWith('speech.') && (e as { pid?: string }).pid === 'local')
    .map((e) => [e.type, e.t]);
}

describe('Firefox build in real Firefox (WebDriver BiDi)', function () {
  it('records the demo call with talk times within 250 ms of the script', function () {
    const out = drive('demo');
    if (!out) return this.skip();
    assert.equal(out.record.meeting.platform, 'demo');
    assert.ok(out.record.meeting.endedAt, 'the meeting ended with the call');
    const summary = summarize(foldEvents(sortByTime(out.record.events), createMeetingState()), out.record.meeting.endedAt!);
    const errors = talkErrors(summary, DEMO_SCRIPT);
    console.log(`      firefox demo error per person (ms): ${[...errors].map(([n, e]) => `${n} ${e}`).join(', ')}`);
    for (const [name, err] of errors) assert.ok(Math.abs(err) <= 250, `${name} off by ${err} ms`);
  });

  // In Firefox the page-hide message of a tab navigating away does not reach the background
  // script; the call page's port (CALL_PORT), which the browser closes with the page, does.
  it('navigating away mid-speech ends the speech and, after the grace period, the meeting at that moment', function () {
    const out = drive('leave', LEAVE_GRACE_MS + 3000);
    if (!out) return this.skip();
    const ada = adaSpeech(out);
    console.log(`      firefox: left at ${out.at}; Ada ${ada.map(([type, t]) => `${type.slice(7)} ${t - out.at!}`).join(', ')} ms; meeting ended ${out.record.meeting.endedAt! - out.at!} ms from leaving`);
    assert.ok(out.record.meeting.endedAt, 'the meeting ended');
    assert.equal(ada.at(-1)?.[0], 'speech.ended');
    assert.ok(Math.abs(ada.at(-1)![1] - out.at!) <= 500, 'Ada stopped when the tab left');
    assert.ok(Math.abs(out.record.meeting.endedAt! - out.at!) <= 500, 'the meeting ended when the tab left');
  });

  // Issue 14 in Firefox: the background script's WebSocket to 127.0.0.1 (no host permission;
  // the CSP's connect-src allows only the link), the moz-extension:// origin VS Code accepts,
  // pairing with a code, and the call's meeting mirrored over the link event for event.
  it('links to VS Code: connects to 127.0.0.1, pairs with a code and sends the call over the link', async function () {
    this.timeout(150_000);
    if (!existsSync(FIREFOX)) return this.skip();
    const platform = nodeLinkPlatform(() => 'firefox-test');
    const gate = new Gatekeeper(platform.deps, [], () => undefined);
    const connections: LinkConnection[] = [];
    const mirrored: unknown[] = [];
    const log: string[] = [];
    const server = platform.transport(
      gate,
      (conn) => {
        connections.push(conn);
        conn.onMessage((m) => {
          if (m.type === 'events') mirrored.splice(m.from - 1, m.events.length, ...m.events);
        });
        // What VS Code says after every (re)link: it holds nothing yet; the browser sends its live meeting.
        conn.send({ type: 'follow', meetingId: null, seq: 0 });
      },
      (m) => log.push(m),
    );
    const port = await server.listen(0);
    try {
      const code = displayPairingCode(gate.issueCode(port).code);
      const out = (await driveLink(code))!;
      assert.deepEqual(out.pair?.pair, { ok: true, peer: 'firefox-test' }, `pair reply ${JSON.stringify(out.pair)}; listener log: ${log.join(' | ')}`);
      assert.equal(out.pair?.state.kind, 'linked');
      assert.equal(connections.length, 1, 'one connection');
      assert.match(connections[0]!.peer.origin, /^moz-extension:\/\/[0-9a-f-]{36}$/);
      assert.equal(gate.paired.length, 1, 'VS Code keeps the paired browser');
      assert.ok(out.record.meeting.endedAt, 'the demo call ended');
      assert.deepEqual(mirrored, out.record.events, "the call's meeting over the link is the background script's record, event for event");
      console.log(`      firefox link: paired from ${connections[0]!.peer.origin}; ${mirrored.length} events mirrored over the link`);
    } finally {
      await server.close();
    }
  });

  it('a reload mid-speech continues the same meeting', function () {
    const out = drive('reload');
    if (!out) return this.skip();
    const ada = adaSpeech(out);
    console.log(`      firefox: reloaded at ${out.at}; Ada ${ada.map(([type, t]) => `${type.slice(7)} ${t - out.at!}`).join(', ')} ms`);
    assert.equal(out.meetings, 1, 'one meeting');
    assert.equal(out.record.events.filter((e) => e.type === 'meeting.ended').length, 1);
    assert.ok(out.record.events.filter((e) => e.type === 'participant.joined').length <= DEMO_SCRIPT.people.length, 'nobody joined twice');
    const endAtReload = ada.find(([type, t]) => type === 'speech.ended' && Math.abs(t - out.at!) <= 500);
    assert.ok(endAtReload, 'Ada stopped at the reload');
    assert.ok(ada.some(([type, t]) => type === 'speech.started' && t > out.at!), 'and spoke again after it, in the same meeting');
  });
});
