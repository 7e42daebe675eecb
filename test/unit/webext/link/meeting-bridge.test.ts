import { strict as assert } from 'node:assert';
import { MeetingBridge, type BridgeHost } from '../../../../webext/src/link/meeting-bridge.ts';
import type { LinkClient, LinkSession } from '../../../../webext/src/link/link-client.ts';
import type { BrowserToVsCode, VsCodeToBrowser } from '../../../../shared/core/link/link-protocol.ts';
import type { MeetingEvent } from '../../../../shared/core/record/events.ts';

/** Just the three hooks the bridge uses. */
function fakeLink() {
  const linked: ((s: LinkSession) => void)[] = [];
  const messages: ((m: VsCodeToBrowser, s: LinkSession) => void)[] = [];
  const sent: BrowserToVsCode[] = [];
  const session: LinkSession = { send: (m) => sent.push(m) };
  const link = {
    onLinked: (fn: (s: LinkSession) => void) => linked.push(fn),
    onState: () => () => undefined,
    onMessage: (fn: (m: VsCodeToBrowser, s: LinkSession) => void) => messages.push(fn),
  } as unknown as LinkClient;
  return {
    link,
    sent,
    relink: () => linked.forEach((fn) => fn(session)),
    say: (m: VsCodeToBrowser) => messages.forEach((fn) => fn(m, session)),
  };
}

const ev = (type: string, t: number, extra: Record<string, unknown> = {}) => ({ v: 1, t, type, ...extra }) as unknown as MeetingEvent;
const settle = () => new Promise((r) => setTimeout(r, 10));

describe('link meeting bridge (browser side)', () => {
  it('sends nothing before VS Code says what it holds, then exactly the rest, then each append once', async () => {
    const logs = new Map<string, MeetingEvent[]>([['m1', [ev('meeting.started', 1, { id: 'm1', title: 'Call' }), ev('participant.joined', 2, { pid: 'a', name: 'Ana' })]]]);
    let live: string | null = 'm1';
    const host: BridgeHost = { liveMeetingId: async () => live, events: async (id) => logs.get(id) ?? null, run: async () => ({ ok: true }) };
    const f = fakeLink();
    const bridge = new MeetingBridge(host, f.link);
    f.relink();
    bridge.changed();
    await settle();
    assert.deepEqual(f.sent, [], 'nothing before follow');
    f.say({ type: 'follow', meetingId: 'm1', seq: 1 });
    await settle();
    assert.deepEqual(f.sent, [{ type: 'events', meetingId: 'm1', from: 2, events: [logs.get('m1')![1]] }]);
    logs.get('m1')!.push(ev('speech.started', 3, { pid: 'a' }));
    bridge.changed();
    bridge.changed();
    await settle();
    assert.equal(f.sent.length, 2, 'one message for one append, however many notices');
    assert.deepEqual(f.sent[1], { type: 'events', meetingId: 'm1', from: 3, events: [logs.get('m1')![2]] });

    // A re-link (worker restart, VS Code reload): VS Code's seq decides, nothing is resent twice or skipped.
    f.relink();
    f.say({ type: 'follow', meetingId: 'm1', seq: 2 });
    await settle();
    assert.deepEqual(f.sent[2], { type: 'events', meetingId: 'm1', from: 3, events: [logs.get('m1')![2]] });

    // The meeting ends; the browser's next live meeting follows from its first event.
    logs.get('m1')!.push(ev('meeting.ended', 4));
    logs.set('m2', [ev('meeting.started', 5, { id: 'm2', title: 'Next' })]);
    live = 'm2';
    bridge.changed();
    await settle();
    assert.deepEqual(f.sent.slice(3), [
      { type: 'events', meetingId: 'm1', from: 4, events: [logs.get('m1')![3]] },
      { type: 'events', meetingId: 'm2', from: 1, events: logs.get('m2') },
    ]);
  });

  it('answers a command with its result and the log length once its events are stored', async () => {
    const log = [ev('meeting.started', 1, { id: 'm1', title: 'Call' })];
    const host: BridgeHost = {
      liveMeetingId: async () => 'm1',
      events: async () => log,
      run: async (_id, c) => (c.kind === 'end-meeting' ? (log.push(ev('meeting.ended', 2)), { ok: true }) : { ok: false, code: 'refused', message: 'no round is running' }),
    };
    const f = fakeLink();
    new MeetingBridge(host, f.link);
    f.relink();
    f.say({ type: 'command', id: 7, meetingId: 'm1', command: { kind: 'round', command: { type: 'next' } } as never });
    f.say({ type: 'command', id: 8, meetingId: 'm1', command: { kind: 'end-meeting' } });
    await settle();
    assert.deepEqual(f.sent.filter((m) => m.type === 'result'), [
      { type: 'result', id: 7, ok: false, error: { code: 'refused', message: 'no round is running' } },
      { type: 'result', id: 8, ok: true, seq: 2 },
    ]);
  });
});
