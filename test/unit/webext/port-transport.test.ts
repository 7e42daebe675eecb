/** A call page's reports over its port: answers matched by number, a closed port fails what waits and the next report opens a new one. */
import { strict as assert } from 'node:assert';
import { isPortRequest, PortTransport, type PortLike, type PortRequest } from '../../../webext/src/content/port-transport';

class FakePort implements PortLike {
  sent: PortRequest[] = [];
  closed = false;
  private onMsg: ((m: unknown) => void)[] = [];
  private onGone: (() => void)[] = [];
  onMessage = { addListener: (fn: (m: unknown) => void) => void this.onMsg.push(fn) };
  onDisconnect = { addListener: (fn: () => void) => void this.onGone.push(fn) };
  postMessage(m: unknown): void {
    if (this.closed) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(m as PortRequest);
  }
  answer(id: number, reply: unknown): void {
    for (const fn of this.onMsg) fn({ id, reply });
  }
  disconnect(): void {
    this.closed = true;
    for (const fn of this.onGone) fn();
  }
}

describe('PortTransport (a call page reporting over its port)', () => {
  let ports: FakePort[];
  let t: PortTransport;
  beforeEach(() => {
    ports = [];
    t = new PortTransport(() => {
      const p = new FakePort();
      ports.push(p);
      return p;
    });
  });

  it('opens one port for many reports and resolves each with the answer of its own number', async () => {
    const a = t.send({ type: 'a' });
    const b = t.send({ type: 'b' });
    assert.equal(ports.length, 1);
    assert.ok(ports[0]!.sent.every(isPortRequest));
    const [ra, rb] = ports[0]!.sent;
    ports[0]!.answer(rb!.id, 'B');
    ports[0]!.answer(ra!.id, 'A');
    ports[0]!.answer(999, 'nobody asked'); // ignored
    assert.deepEqual(await Promise.all([a, b]), ['A', 'B']);
    assert.deepEqual(ra!.request, { type: 'a' });
  });

  it('fails what waits when the port closes, and opens a new port for the next report', async () => {
    const lost = t.send({ type: 'a' });
    ports[0]!.disconnect();
    await assert.rejects(lost, /closed/);
    const again = t.send({ type: 'b' });
    assert.equal(ports.length, 2);
    ports[1]!.answer(ports[1]!.sent[0]!.id, 'ok');
    assert.equal(await again, 'ok');
  });

  it('fails a report posted on a port closed before its disconnect event, then reconnects', async () => {
    t.hold();
    ports[0]!.closed = true;
    await assert.rejects(t.send({ type: 'a' }), /disconnected/);
    void t.send({ type: 'b' });
    assert.equal(ports.length, 2);
  });

  it('forget: a page back from the back/forward cache reports on a new port', () => {
    void t.send({ type: 'a' }).catch(() => undefined);
    t.forget();
    void t.send({ type: 'b' });
    assert.equal(ports.length, 2);
  });
});
