/**
 * The browser link's command contract inside the real extension host (node): listening only
 * while wanted, on 127.0.0.1 only, the code carrying the port, and refusals before any message.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import WebSocket from 'ws';
import { Commands, EXTENSION_ID } from '../../src/ids';
import type { RoundtableApi } from '../../src/roundtable';
import { decodePairingCode } from '../../../shared/core/link/pairing-code';
import { LINK_PATH, LinkClose } from '../../../shared/core/link/link-protocol';

function attempt(port: number, origin: string | undefined, hello: unknown): Promise<{ status?: number; close?: number; messages: string[] }> {
  return new Promise((resolve) => {
    const out: { status?: number; close?: number; messages: string[] } = { messages: [] };
    const ws = new WebSocket(`ws://127.0.0.1:${port}${LINK_PATH}`, origin ? { origin } : {});
    ws.on('unexpected-response', (_q, res) => ((out.status = res.statusCode), ws.terminate(), resolve(out)));
    ws.on('open', () => ws.send(JSON.stringify(hello)));
    ws.on('message', (d) => out.messages.push(String(d)));
    ws.on('close', (code) => ((out.close = code), resolve(out)));
    ws.on('error', () => undefined);
  });
}

describe('browser link (node host)', () => {
  let api: RoundtableApi;
  before(async () => {
    api = (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()) as RoundtableApi;
  });
  after(async () => {
    await vscode.commands.executeCommand(Commands.unlinkBrowser);
  });

  it('listens on 127.0.0.1 only while a link is wanted; the code carries the port', async () => {
    await vscode.commands.executeCommand(Commands.unlinkBrowser);
    assert.equal(api.link().address, null, 'not listening without a code or a paired browser');
    assert.match(api.link().text, /unlinked/);
    const offer = (await vscode.commands.executeCommand(Commands.linkBrowser, { show: false })) as { port: number; code: string };
    assert.match(offer.code, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const decoded = decodePairingCode(offer.code);
    assert.ok(decoded.ok && decoded.code.port === offer.port);
    assert.deepEqual(api.link().address, { address: '127.0.0.1', port: offer.port });
    assert.equal(api.link().state.kind, 'waiting');
    assert.match(api.snapshot().statusText, /\$\(key\)/, 'the status bar shows a link is wanted');
    // A second request gives a fresh code on the same port; the first stops working.
    const again = (await vscode.commands.executeCommand(Commands.linkBrowser, { show: false })) as { port: number; code: string };
    assert.equal(again.port, offer.port);
    assert.notEqual(again.code, offer.code);
    const replaced = await attempt(offer.port, 'chrome-extension://abcdefghijklmnopabcdefghijklmnop', { type: 'hello', v: 1, pair: { code: offer.code } });
    assert.deepEqual([replaced.close, replaced.messages], [LinkClose.codeSpent, []]);
    const noOrigin = await attempt(offer.port, undefined, { type: 'hello', v: 1, pair: { code: again.code } });
    assert.deepEqual([noOrigin.status, noOrigin.messages], [403, []]);
    await vscode.commands.executeCommand(Commands.unlinkBrowser);
    assert.equal(api.link().address, null, 'stopped listening');
  });

  it('pairs a browser with the code and keeps it paired across a new connection', async () => {
    const offer = (await vscode.commands.executeCommand(Commands.linkBrowser, { show: false })) as { port: number; code: string };
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const paired = await new Promise<{ linkId: string; secret: string }>((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${offer.port}${LINK_PATH}`, { origin });
      ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', v: 1, pair: { code: offer.code } })));
      ws.on('message', (d) => (resolve(JSON.parse(String(d))), ws.close()));
      ws.on('error', reject);
    });
    assert.ok(paired.secret.length >= 40);
    const relinked = await new Promise<{ messages: string[]; kind: string }>((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${offer.port}${LINK_PATH}`, { origin });
      ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', v: 1, auth: { linkId: paired.linkId, secret: paired.secret } })));
      ws.on('message', (d) => {
        const kind = api.link().state.kind;
        ws.close();
        resolve({ messages: [String(d)], kind });
      });
      ws.on('error', reject);
    });
    assert.equal(JSON.parse(relinked.messages[0]!).type, 'welcome');
    assert.equal(relinked.kind, 'linked');
    for (let i = 0; i < 50 && api.link().state.kind === 'linked'; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(api.link().state.kind, 'reconnecting', 'a paired browser that went away is waited for');
    assert.ok(api.link().address, 'still listening for it');
  });
});
