/**
 * The link's listener on real loopback sockets (node's `ws` as the client, which can send any
 * Origin): what is refused gets an HTTP status or a close code and never a message.
 */
import { strict as assert } from 'node:assert';
import WebSocket from 'ws';
import { nodeLinkPlatform } from '../../../../extension/src/link/node-link.ts';
import { Gatekeeper, type Peer } from '../../../../extension/src/link/gatekeeper.ts';
import type { LinkConnection, LinkServer } from '../../../../extension/src/link/link-server.ts';
import { LINK_PATH, LinkClose } from '../../../../shared/core/link/link-protocol.ts';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

interface Outcome {
  status?: number;
  close?: number;
  reason?: string;
  messages: unknown[];
}

/** Connects with `origin`, sends `hello` (if any) once open, and reports how it ended. */
function attempt(port: number, origin: string | undefined, hello?: unknown, opts: { keepOpenMs?: number; host?: string } = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    const out: Outcome = { messages: [] };
    const ws = new WebSocket(`ws://127.0.0.1:${port}${LINK_PATH}`, { ...(origin ? { origin } : {}), ...(opts.host ? { headers: { host: opts.host } } : {}) });
    ws.on('unexpected-response', (_req, res) => {
      out.status = res.statusCode;
      ws.terminate();
      resolve(out);
    });
    ws.on('open', () => {
      if (hello) ws.send(JSON.stringify(hello));
      if (opts.keepOpenMs) setTimeout(() => (ws.close(), resolve(out)), opts.keepOpenMs);
    });
    ws.on('message', (d) => out.messages.push(JSON.parse(String(d))));
    ws.on('close', (code, reason) => {
      out.close = code;
      out.reason = String(reason);
      resolve(out);
    });
    ws.on('error', () => undefined);
  });
}

describe('link server on 127.0.0.1', function () {
  this.timeout(15000);
  let server: LinkServer;
  let gate: Gatekeeper;
  let port: number;
  const connections: LinkConnection[] = [];
  let peers: readonly Peer[] = [];

  beforeEach(async () => {
    const platform = nodeLinkPlatform(() => 'test workspace');
    gate = new Gatekeeper(platform.deps, [], (p) => (peers = p));
    server = platform.transport(gate, (c) => connections.push(c), () => undefined) as LinkServer;
    port = await server.listen(0);
  });
  afterEach(async () => {
    await server.close();
    connections.length = 0;
  });

  it('is bound to 127.0.0.1 only', () => {
    assert.deepEqual(server.address(), { address: '127.0.0.1', port });
  });

  it('refuses no origin, web pages and local pages at the upgrade, before any message', async () => {
    const code = gate.issueCode(port).code.text;
    for (const origin of [undefined, 'https://example.com', `http://127.0.0.1:${port}`, 'http://localhost:8080', 'null']) {
      const r = await attempt(port, origin, { type: 'hello', v: 1, pair: { code } });
      assert.equal(r.status, 403, String(origin));
      assert.deepEqual(r.messages, []);
    }
    assert.ok(gate.pending(), 'the code was not spent by any of them');
  });

  it('pairs with the code, then re-links with the secret; refuses reuse, wrong secrets and an unpaired extension', async () => {
    const code = gate.issueCode(port).code.text;
    const wrong = await attempt(port, EXT, { type: 'hello', v: 1, pair: { code: '00000-00000' } });
    assert.deepEqual([wrong.close, wrong.messages], [LinkClose.unauthorized, []]);

    const paired = await attempt(port, EXT, { type: 'hello', v: 1, pair: { code } }, { keepOpenMs: 200 });
    const msg = paired.messages[0] as { type: string; linkId: string; secret: string; peer: string };
    assert.equal(msg.type, 'paired');
    assert.equal(msg.peer, 'test workspace');
    assert.equal(peers.length, 1);
    assert.equal(connections.length, 1);

    const reused = await attempt(port, 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba', { type: 'hello', v: 1, pair: { code } });
    assert.deepEqual([reused.close, reused.messages], [LinkClose.codeSpent, []]);

    const auth = { type: 'hello', v: 1, auth: { linkId: msg.linkId, secret: msg.secret } };
    const relinked = await attempt(port, EXT, auth, { keepOpenMs: 200 });
    assert.deepEqual(relinked.messages, [{ type: 'welcome', linkId: msg.linkId, peer: 'test workspace' }]);

    const unpaired = await attempt(port, 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba', auth);
    assert.deepEqual([unpaired.close, unpaired.messages], [LinkClose.unauthorized, []]);
    const badSecret = await attempt(port, EXT, { type: 'hello', v: 1, auth: { linkId: msg.linkId, secret: 'A'.repeat(43) } });
    assert.deepEqual([badSecret.close, badSecret.messages], [LinkClose.unauthorized, []]);
  });

  it('closes a connection that says nothing, or something other than a hello', async () => {
    const bad = await attempt(port, EXT, { type: 'ping' });
    assert.deepEqual([bad.close, bad.messages], [LinkClose.badMessage, []]);
    const huge = await attempt(port, EXT, { type: 'hello', v: 1, pair: { code: 'x' }, pad: 'x'.repeat(5000) });
    assert.deepEqual([huge.close, huge.messages], [LinkClose.badMessage, []]);
    const silent = await attempt(port, EXT);
    assert.deepEqual([silent.close, silent.messages], [LinkClose.helloTimeout, []]);
  });

  it('refuses a rebound host name and plain HTTP', async () => {
    const r = await attempt(port, EXT, undefined, { host: `localhost:${port}` });
    assert.equal(r.status, 403);
    const res = await fetch(`http://127.0.0.1:${port}${LINK_PATH}`);
    assert.equal(res.status, 426);
    assert.equal(await res.text(), '');
  });

  it('rate-limits repeated failures from one origin with HTTP 429', async () => {
    for (let i = 0; i < 5; i++) await attempt(port, EXT, { type: 'hello', v: 1, pair: { code: '00000-00000' } });
    const code = gate.issueCode(port).code.text;
    const r = await attempt(port, EXT, { type: 'hello', v: 1, pair: { code } });
    assert.equal(r.status, 429);
  });
});
