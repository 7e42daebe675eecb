/**
 * A meeting driven through the commands with arguments (as keybindings and automation do),
 * checked through what the user would see: the status bar text, the live record on disk, the
 * files written at the end.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID, Paths } from '../../src/ids';
import type { RoundtableApi } from '../../src/roundtable';
import { readRecord } from '../../../shared/core/record/record';

async function api(): Promise<RoundtableApi> {
  const ext = vscode.extensions.getExtension<RoundtableApi>(EXTENSION_ID);
  assert.ok(ext);
  return ext.activate();
}
const run = (id: string, arg?: unknown) => vscode.commands.executeCommand(id, arg);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('a meeting run by commands with arguments', function () {
  this.timeout(60000);
  const folder = () => vscode.workspace.workspaceFolders![0]!.uri;

  it('starts a go-around, shows the countdown and speaker in the status bar, advances, passes, extends', async () => {
    const rt = await api();
    await run(Commands.startMeeting, { title: 'Suite sync', participants: ['Ana', 'Bo', '<b>Chen</b>'] });
    assert.equal(rt.snapshot().live, true);
    await run(Commands.startRound, { kind: 'go-around', slotMs: 60000, order: 'as-entered', topic: 'Status' });
    let s = rt.snapshot();
    assert.equal(s.round?.current, 'Ana');
    assert.equal(s.round?.next, 'Bo');
    assert.match(s.statusText, /^\$\(clock\) (1:00|0:5\d) Ana$/);
    // Remaining time comes from timestamps: it goes down by itself.
    const before = s.round!.remainingMs!;
    await sleep(1100);
    assert.ok(rt.snapshot().round!.remainingMs! <= before - 1000);

    await run(Commands.nextSpeaker);
    s = rt.snapshot();
    assert.equal(s.round?.current, 'Bo');
    assert.equal(s.round?.next, '<b>Chen</b>');

    await run(Commands.extend, { ms: 30000 });
    assert.ok(rt.snapshot().round!.remainingMs! > 80000, 'extension adds 30 s to the box');
    await run(Commands.pause);
    assert.equal(rt.snapshot().round?.status, 'paused');
    assert.match(rt.snapshot().statusText, /debug-pause/);
    await run(Commands.resume);
    await run(Commands.pass);
    assert.equal(rt.snapshot().round?.current, '<b>Chen</b>');
    await run(Commands.nextSpeaker);
    const after = rt.snapshot().round;
    assert.ok(after === null || after.status === 'ended', 'next after the last speaker ends the round');
    assert.match(rt.snapshot().statusText, /organization\) Suite sync$/, 'between rounds the status bar shows the meeting');
  });

  it('keeps every event in the live record, in order', async () => {
    const rt = await api();
    const text = await readText(vscode.Uri.parse(rt.snapshot().liveRecord));
    const r = readRecord(text);
    assert.ok(r.ok);
    assert.equal(r.events.length, rt.snapshot().events);
    const types = r.events.map((e) => e.type);
    assert.deepEqual(types.slice(0, 6), ['meeting.started', 'participant.joined', 'participant.joined', 'participant.joined', 'round.started', 'round.turn']);
    assert.ok(types.includes('round.passed') && types.includes('round.extended') && types.includes('round.ended'));
  });

  it('refuses bad arguments with a message, without changing the meeting', async () => {
    const rt = await api();
    const n = rt.snapshot().events;
    await run(Commands.startRound, { kind: 'brainstorm', slotMs: 1000 });
    await run(Commands.extend, { ms: -5 });
    assert.equal(rt.snapshot().events, n);
  });

  it('tracks hands and speech marks, then ends the meeting into .roundtable/meetings (record + Markdown)', async () => {
    const rt = await api();
    await run(Commands.startRound, { kind: 'discussion', slotMs: 30000, queue: 'fifo' });
    await run(Commands.raiseHand, { participant: 'Bo' });
    await run(Commands.raiseHand, { participant: 'Ana' });
    await run(Commands.nextSpeaker);
    assert.equal(rt.snapshot().round?.current, 'Bo');
    await run(Commands.markSpeaking, { index: 2 });
    await sleep(300);
    await run(Commands.markSpeaking, { index: 2 });
    await run(Commands.addParticipant, { name: 'Dee' });
    await run(Commands.removeParticipant, { participant: 'Dee' });
    await run(Commands.endMeeting);
    assert.equal(rt.snapshot().live, false);
    assert.equal(rt.snapshot().statusText, '');

    const dir = vscode.Uri.joinPath(folder(), Paths.meetings);
    const files = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n).sort();
    const jsonl = files.find((f) => /^\d{4}-\d{2}-\d{2}-suite-sync\.jsonl$/.test(f));
    assert.ok(jsonl, `no record among ${files.join(', ')}`);
    const md = jsonl.replace(/\.jsonl$/, '.md');
    assert.ok(files.includes(md));
    const record = readRecord(await readText(vscode.Uri.joinPath(dir, jsonl)));
    assert.ok(record.ok);
    const types = record.events.map((e) => e.type);
    assert.equal(types[types.length - 1], 'meeting.ended');
    assert.ok(types.includes('hand.raised') && types.includes('speech.started') && types.includes('participant.left'));
    const summary = await readText(vscode.Uri.joinPath(dir, md));
    assert.match(summary, /Suite sync/);
    for (const name of ['Ana', 'Bo', 'Dee']) assert.ok(summary.includes(name), `${name} missing from the summary`);
    // The live record is gone once the meeting is safely written.
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.parse(rt.snapshot().liveRecord))));
    assert.equal(rt.summaryEvents(), record.events.length, 'the summary panel shows the finished meeting');
  });

  it('exports the summary in each format and refuses a corrupt record with the file untouched', async () => {
    for (const format of ['md', 'csv', 'json'] as const) {
      await run(Commands.exportSummary, { format, path: `export/summary.${format}` });
      const text = await readText(vscode.Uri.joinPath(folder(), `export/summary.${format}`));
      assert.ok(text.includes('Ana'), `${format} export lacks the participants`);
    }
    const json = JSON.parse(await readText(vscode.Uri.joinPath(folder(), 'export/summary.json')));
    assert.equal(json.meeting.title, 'Suite sync');

    const bad = vscode.Uri.joinPath(folder(), 'broken.jsonl');
    const bytes = new TextEncoder().encode('{"v":1,"t":1,"type":"meeting.started","id":"m","title":"x"}\n{not json\n{"v":1,"t":2,"type":"meeting.ended"}\n');
    await vscode.workspace.fs.writeFile(bad, bytes);
    const shown = (await api()).summaryEvents();
    await run(Commands.openRecord, { path: 'broken.jsonl' });
    assert.equal((await api()).summaryEvents(), shown, 'a corrupt record is not shown');
    assert.deepEqual(Array.from(await vscode.workspace.fs.readFile(bad)), Array.from(bytes));
  });
});
