/**
 * The live record inside the real node extension host: appends go through the node host's
 * AppendText (one line per event), and a whole rewrite comes first whenever the file is not
 * known to match (nothing loaded yet, after clear, after a failed append). The file always
 * reads back as exactly the events appended. `log` plays the session: it takes an event once
 * its append succeeded, and is what a rewrite reads (the live record keeps no copy).
 */
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { MeetingEvent } from '../../../shared/core/record/events';
import { readRecord, serializeRecord } from '../../../shared/core/record/record';
import { LiveRecord, type AppendText } from '../../src/live-record';

const T0 = Date.UTC(2026, 10, 22, 9);
const started: MeetingEvent = { v: 1, t: T0, type: 'meeting.started', id: 'm1', title: 'Live record' };
const joined = (i: number): MeetingEvent => ({ v: 1, t: T0 + i, type: 'participant.joined', pid: `p${i}`, name: `P${i}` });

describe('live record (node host: appended line by line)', function () {
  let dir: string;
  let file: vscode.Uri;
  const appended: string[] = [];
  let failNext = false;
  // The node host's append, recording each call; `failNext` leaves half a line, as a full disk might.
  const append: AppendText = async (fsPath, text) => {
    appended.push(text);
    if (failNext) {
      failNext = false;
      await appendFile(fsPath, text.slice(0, 5), 'utf8');
      throw new Error('disk full');
    }
    await appendFile(fsPath, text, 'utf8');
  };
  const onDisk = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  let log: MeetingEvent[] = [];
  const add = async (live: LiveRecord, ...events: MeetingEvent[]) => {
    for (const e of events) {
      await live.append(e, log);
      log.push(e);
    }
  };

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rt-live-'));
    file = vscode.Uri.file(path.join(dir, 'live.jsonl'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('writes the first event whole, then appends only the new lines', async () => {
    const live = new LiveRecord(vscode.Uri.file(dir), append);
    await add(live, started);
    assert.deepEqual(appended, [], 'nothing loaded: the first write is whole');
    await add(live, joined(1), joined(2));
    await add(live, joined(3));
    assert.deepEqual(appended, [serializeRecord([joined(1)]), serializeRecord([joined(2)]), serializeRecord([joined(3)])]);
    assert.equal(await onDisk(), serializeRecord([started, joined(1), joined(2), joined(3)]));
  });

  it('after a reload (load), appends continue the file; a failed append is followed by a whole rewrite', async () => {
    appended.length = 0;
    const live = new LiveRecord(vscode.Uri.file(dir), append);
    const loaded = await live.load();
    assert.equal(loaded.kind, 'ok');
    log = loaded.kind === 'ok' ? loaded.events : [];
    await add(live, joined(4));
    assert.deepEqual(appended, [serializeRecord([joined(4)])]);
    failNext = true;
    await assert.rejects(add(live, joined(5)), /disk full/);
    const afterFailure = readRecord(await onDisk());
    assert.ok(afterFailure.ok && afterFailure.torn !== null, 'half a line on disk, read as a torn last line');
    await add(live, joined(6));
    assert.equal(appended.length, 2, 'the write after the failure rewrote the file instead of appending');
    // The failed event was never taken (the session folds only what was stored): the file matches the log.
    const all = [started, ...[1, 2, 3, 4, 6].map(joined)];
    assert.equal(await onDisk(), serializeRecord(all), 'the log exactly, the broken line gone');
    await add(live, joined(7));
    assert.equal(appended.length, 3, 'back to appending');
    assert.equal(await onDisk(), serializeRecord([...all, joined(7)]));

    // End Meeting clears the record; the next meeting starts its file whole.
    await live.clear();
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(file)));
    log = [];
    await add(live, started);
    assert.equal(appended.length, 3);
    assert.equal(await onDisk(), serializeRecord([started]));
  });

  it('a torn last line (a crash mid-write): restored from the complete events, the torn bytes kept aside, appends continue', async () => {
    const whole = serializeRecord([started, joined(1), joined(2)]);
    const tornTail = serializeRecord([joined(3)]).slice(0, 17);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(whole + tornTail));
    appended.length = 0;
    const live = new LiveRecord(vscode.Uri.file(dir), append);
    const loaded = await live.load();
    assert.equal(loaded.kind, 'ok', JSON.stringify(loaded));
    if (loaded.kind !== 'ok') return;
    assert.deepEqual(loaded.events, [started, joined(1), joined(2)]);
    assert.equal(loaded.torn?.line, 4);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(loaded.torn!.keptAs)), tornTail, 'the torn bytes survive, aside');
    assert.match(loaded.torn!.keptAs.path, /\/live\.jsonl\.torn-\d+$/);
    assert.equal(await onDisk(), whole, 'the record keeps its complete lines');
    log = loaded.events;
    await add(live, joined(4));
    assert.deepEqual(appended, [serializeRecord([joined(4)])], 'appending continues the repaired file');
    assert.equal(await onDisk(), serializeRecord([started, joined(1), joined(2), joined(4)]));
    await vscode.workspace.fs.delete(loaded.torn!.keptAs);
    // The next test starts from the record the tests before this one left.
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(serializeRecord([started])));
  });

  it('without an AppendText (the web host) the record still reads back whole', async () => {
    const live = new LiveRecord(vscode.Uri.file(dir));
    const loaded = await live.load();
    assert.equal(loaded.kind, 'ok');
    log = loaded.kind === 'ok' ? loaded.events : [];
    await add(live, joined(1));
    await add(live, joined(2));
    assert.equal(await onDisk(), serializeRecord([started, joined(1), joined(2)]));
  });
});
