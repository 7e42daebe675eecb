import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { CODE_TTL_MS, Gatekeeper, type Peer } from '../../../../extension/src/link/gatekeeper.ts';
import { LINK_PATH, LinkClose } from '../../../../shared/core/link/link-protocol.ts';
import { decodePairingCode } from '../../../../shared/core/link/pairing-code.ts';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const OTHER_EXT = 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba';
const PORT = 47001;

function gatekeeper(peers: Peer[] = []) {
  let now = 1_000_000;
  let n = 0;
  const saved: Peer[][] = [];
  const gate = new Gatekeeper(
    {
      now: () => now,
      randomInt: (limit) => (12345 + n++ * 7919) % limit,
      randomToken: (bytes) => `tok${n++}`.padEnd(bytes, 'x'),
      sha256: (t) => createHash('sha256').update(t).digest('hex'),
      equal: (a, b) => a === b,
    },
    peers,
    (p) => saved.push([...p]),
  );
  return { gate, saved, advance: (ms: number) => (now += ms) };
}
const upgrade = (origin: string | undefined, over: Partial<{ path: string; host: string }> = {}) => ({ origin, path: LINK_PATH, host: `127.0.0.1:${PORT}`, port: PORT, ...over });
const pair = (code: string) => ({ type: 'hello' as const, v: 1, pair: { code } });

describe('link gatekeeper', () => {
  it('lets only a browser-extension origin on 127.0.0.1 and the link path reach the hello', () => {
    const { gate } = gatekeeper();
    assert.equal(gate.checkUpgrade(upgrade(EXT)), null);
    assert.equal(gate.checkUpgrade(upgrade('moz-extension://0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0')), null);
    for (const origin of [undefined, 'null', 'https://example.com', 'http://127.0.0.1:8080', 'http://localhost', 'chrome-extension://short', 'file://'])
      assert.equal(gate.checkUpgrade(upgrade(origin))?.status, 403, String(origin));
    assert.equal(gate.checkUpgrade(upgrade(EXT, { host: `localhost:${PORT}` }))?.status, 403, 'a rebound host name');
    assert.equal(gate.checkUpgrade(upgrade(EXT, { path: '/' }))?.status, 404);
  });

  it('pairs once with the current code, hands out a secret, and keeps only its hash', () => {
    const { gate, saved } = gatekeeper();
    const { code } = gate.issueCode(PORT);
    const decoded = decodePairingCode(code.text);
    assert.equal(decoded.ok && decoded.code.port, PORT);
    const v = gate.hello(EXT, pair(code.text));
    assert.ok(v.ok && v.secret);
    assert.equal(saved.length, 1);
    assert.ok(!JSON.stringify(saved).includes(v.secret), 'the secret itself is never stored');
    const again = gate.hello(OTHER_EXT, pair(code.text));
    assert.deepEqual(again, { ok: false, close: LinkClose.codeSpent, reason: again.ok ? '' : again.reason });
    // Re-linking needs the secret, the link id and the origin it was paired from.
    assert.ok(gate.hello(EXT, { type: 'hello', v: 1, auth: { linkId: v.peer.linkId, secret: v.secret } }).ok);
    assert.equal(gate.hello(OTHER_EXT, { type: 'hello', v: 1, auth: { linkId: v.peer.linkId, secret: v.secret } }).ok, false, 'another extension with a stolen secret');
    assert.equal(gate.hello(EXT, { type: 'hello', v: 1, auth: { linkId: v.peer.linkId, secret: 'wrong' } }).ok, false);
    gate.unlink(v.peer.linkId);
    assert.equal(gate.hello(EXT, { type: 'hello', v: 1, auth: { linkId: v.peer.linkId, secret: v.secret } }).ok, false, 'unlinked');
  });

  it('refuses an expired code, a replaced code and a wrong one', () => {
    const { gate, advance } = gatekeeper();
    const first = gate.issueCode(PORT).code.text;
    const second = gate.issueCode(PORT).code.text;
    assert.deepEqual(pick(gate.hello(EXT, pair(first))), [LinkClose.codeSpent]);
    advance(CODE_TTL_MS);
    assert.deepEqual(pick(gate.hello(EXT, pair(second))), [LinkClose.codeSpent]);
    const third = gate.issueCode(PORT).code.text;
    assert.deepEqual(pick(gate.hello(EXT, pair('00000-00000'))), [LinkClose.unauthorized]);
    assert.ok(gate.hello(EXT, pair(third)).ok);
  });

  it('locks an origin out after 5 failures a minute, longer each time, without locking other origins', () => {
    const { gate, advance } = gatekeeper();
    const code = gate.issueCode(PORT).code.text;
    for (let i = 0; i < 5; i++) assert.deepEqual(pick(gate.hello(OTHER_EXT, pair('00000-00000'))), [LinkClose.unauthorized]);
    assert.deepEqual(pick(gate.hello(OTHER_EXT, pair(code))), [LinkClose.rateLimited], 'even the right code while locked');
    assert.equal(gate.checkUpgrade(upgrade(OTHER_EXT))?.status, 429);
    assert.equal(gate.checkUpgrade(upgrade(EXT)), null, 'another origin is not locked');
    advance(30_000);
    assert.equal(gate.checkUpgrade(upgrade(OTHER_EXT)), null, 'the first lock-out lasts 30 s');
    for (let i = 0; i < 5; i++) gate.hello(OTHER_EXT, pair('00000-00000'));
    advance(59_000);
    assert.equal(gate.checkUpgrade(upgrade(OTHER_EXT))?.status, 429, 'the second lasts 60 s');
    advance(1_000);
    assert.ok(gate.hello(OTHER_EXT, pair(code)).ok);
  });

  it('web pages never count towards a lock-out', () => {
    const { gate } = gatekeeper();
    for (let i = 0; i < 50; i++) assert.equal(gate.checkUpgrade(upgrade('https://evil.example'))?.status, 403);
    assert.equal(gate.checkUpgrade(upgrade(EXT)), null);
  });
});

function pick(v: { ok: boolean; close?: number }): number[] {
  return v.ok ? [] : [v.close!];
}
