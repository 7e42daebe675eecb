/**
 * Hands that follow the floor in the real extension host (issue 11): the commands with
 * arguments, and the reasons the live record on disk carries.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID } from '../../src/ids';
import type { RoundtableApi } from '../../src/roundtable';

const run = (id: string, arg?: unknown) => vscode.commands.executeCommand(id, arg);
type Ev = { type: string; pid?: string; reason?: string; on?: boolean };

async function liveEvents(rt: RoundtableApi): Promise<Ev[]> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(rt.snapshot().liveRecord)));
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Ev);
}

describe('hands that follow the floor, by commands', function () {
  this.timeout(60000);

  it('lowers a hand when its owner is marked speaking, lowers all, and the switch turns it off', async () => {
    const ext = vscode.extensions.getExtension<RoundtableApi>(EXTENSION_ID);
    assert.ok(ext);
    const rt = await ext.activate();
    if (rt.snapshot().live) await run(Commands.endMeeting);
    await run(Commands.startMeeting, { title: 'Hands', participants: ['Ana', 'Bo', 'Cy'], facilitator: null });
    await run(Commands.raiseHand, { participant: 'Bo' });
    await run(Commands.raiseHand, { participant: 'Cy' });
    await run(Commands.markSpeaking, { participant: 'Bo' });
    let events = await liveEvents(rt);
    const lowered = () => events.filter((e) => e.type === 'hand.lowered').map((e) => [e.pid, e.reason]);
    assert.deepEqual(lowered(), [['p2', 'floor']]);

    await run(Commands.lowerAllHands);
    events = await liveEvents(rt);
    assert.deepEqual(lowered(), [['p2', 'floor'], ['p3', 'all']]);

    await run(Commands.handsFollowFloor, { on: false });
    await run(Commands.raiseHand, { participant: 'Ana' });
    await run(Commands.markSpeaking, { participant: 'Ana' });
    events = await liveEvents(rt);
    assert.deepEqual(events.filter((e) => e.type === 'hands.follow').map((e) => e.on), [false]);
    assert.equal(lowered().length, 2, "Ana's hand stays up with the switch off");
    // Refusals change nothing: a bad argument, and Lower all with the one hand lowered by hand first.
    const n = rt.snapshot().events;
    await run(Commands.handsFollowFloor, { on: 'yes' });
    await run(Commands.lowerHand, { participant: 'Ana' });
    await run(Commands.lowerAllHands);
    assert.equal(rt.snapshot().events, n + 1);
    await run(Commands.endMeeting);
  });

  it('lowers a hand raised while its owner already holds the floor, with no further command (the floor watch)', async () => {
    const ext = vscode.extensions.getExtension<RoundtableApi>(EXTENSION_ID);
    assert.ok(ext);
    const rt = await ext.activate();
    if (rt.snapshot().live) await run(Commands.endMeeting);
    await run(Commands.startMeeting, { title: 'Floor watch', participants: ['Ana', 'Bo'], facilitator: null });
    await run(Commands.markSpeaking, { participant: 'Ana' });
    await run(Commands.raiseHand, { participant: 'Ana' });
    // Nothing else is run: the watch's timer lowers it (waits for the record, up to 10 s).
    let events = await liveEvents(rt);
    for (let i = 0; i < 100 && !events.some((e) => e.type === 'hand.lowered'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      events = await liveEvents(rt);
    }
    const raised = events.find((e) => e.type === 'hand.raised') as Ev & { t: number };
    const lowered = events.filter((e) => e.type === 'hand.lowered') as (Ev & { t: number })[];
    assert.deepEqual(lowered.map((e) => [e.pid, e.reason]), [['p1', 'floor']]);
    assert.equal(lowered[0]!.t, raised.t, 'stamped when the rule became true: at once, she held the floor alone');
    await run(Commands.endMeeting);
  });
});
