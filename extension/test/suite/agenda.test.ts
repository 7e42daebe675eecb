/**
 * The agenda in the real extension host (issue 11 item 5): .roundtable/agenda.md read by Set
 * Agenda (a file that does not parse is refused by line and left byte for byte), items given as
 * arguments (absurd time boxes refused), the item in play in the status bar, and the finished
 * meeting's Markdown with planned against actual and what carried over.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID, Paths } from '../../src/ids';
import type { RoundtableApi } from '../../src/roundtable';

const run = (id: string, arg?: unknown) => vscode.commands.executeCommand(id, arg);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Ev = { type: string; aid?: string; did?: string; carried?: boolean; items?: { title: string; boxMs: number; kind: string; owner?: string }[] };

async function liveEvents(rt: RoundtableApi): Promise<Ev[]> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(rt.snapshot().liveRecord)));
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Ev);
}

describe('the agenda, by commands', function () {
  this.timeout(60000);
  const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
  const agendaFile = () => vscode.Uri.joinPath(folder(), Paths.agenda);

  it('refuses a bad agenda.md by line and leaves it as it was; reads a good one; runs the items; the Markdown summary has them', async () => {
    const ext = vscode.extensions.getExtension<RoundtableApi>(EXTENSION_ID);
    assert.ok(ext);
    const rt = await ext.activate();
    if (rt.snapshot().live) await run(Commands.endMeeting);
    await run(Commands.startMeeting, { title: 'Agenda sync', participants: ['Ana', 'Bo'], facilitator: null });

    const bad = new TextEncoder().encode('- Check-in (5 min)\n- No box here\n');
    await vscode.workspace.fs.writeFile(agendaFile(), bad);
    await run(Commands.setAgenda);
    assert.equal((await liveEvents(rt)).filter((e) => e.type === 'agenda.set').length, 0, 'nothing set from a bad file');
    assert.deepEqual([...(await vscode.workspace.fs.readFile(agendaFile()))], [...bad], 'the file is untouched');

    await run(Commands.setAgenda, { items: [{ title: 'Too long', minutes: 600 }] });
    await run(Commands.setAgenda, { items: [{ title: 'Nothing', boxMs: 0 }] });
    assert.equal((await liveEvents(rt)).filter((e) => e.type === 'agenda.set').length, 0, 'absurd time boxes refused');

    await vscode.workspace.fs.writeFile(agendaFile(), new TextEncoder().encode('# Weekly\n- [information] Warm-up (1 s) @Bo\n- [decision] <b>Ship</b> (10 min)\n- Retro (5 min)\n'));
    await run(Commands.setAgenda);
    const set = (await liveEvents(rt)).find((e) => e.type === 'agenda.set');
    assert.deepEqual(set?.items?.map((i) => [i.title, i.boxMs, i.kind, i.owner]), [['Warm-up', 1000, 'information', 'p2'], ['<b>Ship</b>', 600000, 'decision', undefined], ['Retro', 300000, 'discussion', undefined]]);

    await run(Commands.nextAgendaItem);
    assert.match(rt.snapshot().statusText, /^\$\(warning\) 0:01 Agenda: Warm-up$/, "1 s left: inside the warning time");
    await sleep(2200);
    assert.match(rt.snapshot().statusText, /^\$\(bell\) \+0:0[1-3] Agenda: Warm-up$/, 'the overrun in the status bar');
    await run(Commands.nextAgendaItem);
    await run(Commands.startRound, { kind: 'go-around', slotMs: 30000 });
    assert.match(rt.snapshot().statusText, /Ana$/, 'a round inside the item has the status bar');
    await run(Commands.endRound);
    await run(Commands.endAgendaItem, { carried: true });
    await run(Commands.skipAgendaItem);
    const events = await liveEvents(rt);
    assert.deepEqual(
      events.filter((e) => e.type.startsWith('agenda.') && e.type !== 'agenda.set').map((e) => `${e.type} ${e.aid}${e.carried ? ' carried' : ''}`),
      ['agenda.started a1', 'agenda.ended a1', 'agenda.started a2', 'agenda.ended a2 carried', 'agenda.skipped a3'],
    );

    await run(Commands.endMeeting);
    const dir = vscode.Uri.joinPath(folder(), Paths.meetings);
    const md = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n).find((n) => /agenda-sync\.md$/.test(n));
    assert.ok(md);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, md)));
    assert.match(text, /## Agenda/);
    assert.match(text, /- Carried over: \\<b\\>Ship\\<\/b\\>, Retro/);
    assert.match(text, /\| 1 \| Warm-up \| information \| Bo \| 1 s \| \d s \| \+\d s \| done \|/);
  });

  it('links a decision to an agenda item by command (ids or titles); refuses an unknown item or decision', async () => {
    const ext = vscode.extensions.getExtension<RoundtableApi>(EXTENSION_ID);
    assert.ok(ext);
    const rt = await ext.activate();
    if (rt.snapshot().live) await run(Commands.endMeeting);
    await run(Commands.startMeeting, { title: 'Agenda link', participants: ['Ana', 'Bo'], facilitator: null });
    await run(Commands.setAgenda, { items: [{ title: 'News', minutes: 5 }, { title: 'Ship it?', minutes: 10, kind: 'decision' }] });
    // Proposed before its item comes into play, so only a link ties it to the item.
    const did = (await run(Commands.recordDecision, { title: 'Ship on Friday', deciders: ['Ana', 'Bo'] })) as string;
    assert.ok(did);
    await run(Commands.linkAgendaDecision, { item: 'Nope', decision: did });
    await run(Commands.linkAgendaDecision, { item: 'Ship it?', decision: 'No such decision' });
    await run(Commands.linkAgendaDecision, { item: 'Ship it?', decision: 'Ship on Friday' });
    const linked = (await liveEvents(rt)).filter((e) => e.type === 'agenda.linked');
    assert.deepEqual(linked.map((e) => [e.aid, e.did]), [['a2', did]], 'one link: the refused ones wrote nothing');
    await run(Commands.endMeeting);
  });
});
