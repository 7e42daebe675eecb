/**
 * The browser end of the VS Code link (issue 14) in real Chromium with the built extension,
 * against the very listener VS Code runs (extension/src/link, started here in node on
 * 127.0.0.1): pairing by typing the code into the side panel, re-linking after a worker stop,
 * unlinking from the panel, and what pages on other origins get (nothing).
 * The two-host test with a real VS Code is test/vscode/link.e2e.test.ts.
 */
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { Gatekeeper, type Peer } from '../../extension/src/link/gatekeeper';
import type { LinkConnection, LinkServer } from '../../extension/src/link/link-server';
import { nodeLinkPlatform } from '../../extension/src/link/node-link';
import { LINK_PATH, LinkClose } from '../../shared/core/link/link-protocol';
import { launch, type Launched } from './harness';

/** What a page's WebSocket to the link got: every message and how it ended. */
async function pageAttempt(page: Page, url: string): Promise<{ messages: string[]; opened: boolean; closeCode: number | null; error: string | null }> {
  return page.evaluate(
    (u) =>
      new Promise((resolve) => {
        const out = { messages: [] as string[], opened: false, closeCode: null as number | null, error: null as string | null };
        let ws: WebSocket;
        try {
          ws = new WebSocket(u);
        } catch (e) {
          out.error = String(e);
          return resolve(out);
        }
        ws.onopen = () => {
          out.opened = true;
          ws.send(JSON.stringify({ type: 'hello', v: 1, pair: { code: 'GUESS-GUESS' } }));
        };
        ws.onmessage = (e) => out.messages.push(String(e.data));
        ws.onerror = () => (out.error = 'error');
        ws.onclose = (e) => {
          out.closeCode = e.code;
          resolve(out);
        };
        setTimeout(() => resolve(out), 4000);
      }),
    url,
  );
}

describe('VS Code link: pairing from the side panel in real Chromium', function () {
  let b: Launched;
  let server: LinkServer;
  let gate: Gatekeeper;
  let port: number;
  let peers: readonly Peer[] = [];
  const connections: { conn: LinkConnection; closed: number | null }[] = [];
  let local: Server;
  const serverLog: string[] = [];

  before(async () => {
    const platform = nodeLinkPlatform(() => 'Team repo');
    gate = new Gatekeeper(platform.deps, [], (p) => (peers = p));
    server = platform.transport(gate, (conn) => {
      const entry = { conn, closed: null as number | null };
      connections.push(entry);
      conn.onClose((code) => (entry.closed = code));
    }, (m) => serverLog.push(m)) as LinkServer;
    port = await server.listen(0);
    b = await launch();
  });
  after(async () => {
    await b?.close();
    await server?.close();
    local?.close();
  });

  it('refuses a web page on another origin and a local web page before any message', async () => {
    await b.context.route('https://example.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>elsewhere</title>' }));
    const remote = await b.context.newPage();
    await remote.goto('https://example.com/');
    local = createServer((_q, r) => r.end('<!doctype html><title>local</title>'));
    await new Promise<void>((r) => local.listen(0, '127.0.0.1', r));
    const localPage = await b.context.newPage();
    await localPage.goto(`http://127.0.0.1:${(local.address() as { port: number }).port}/`);
    gate.issueCode(port);
    for (const page of [remote, localPage]) {
      const r = await pageAttempt(page, `ws://127.0.0.1:${port}${LINK_PATH}`);
      assert.deepEqual([r.opened, r.messages], [false, []], `${page.url()}: ${JSON.stringify(r)}`);
      await page.close();
    }
    assert.equal(connections.length, 0);
    assert.ok(gate.pending(), 'the pending code survived');
  });

  it('pairs when the code is typed into the side panel, and shows it plainly', async () => {
    const { code } = gate.issueCode(port);
    const panel = await b.page('sidepanel.html');
    const card = panel.locator('.wx-link');
    await card.locator('[role=status]', { hasText: 'Not linked' }).waitFor();
    await card.getByLabel('Code shown by VS Code').fill('K7QXM-2PA9T'.replace('T', 'V'));
    await card.getByRole('button', { name: 'Link' }).click();
    await card.locator('[role=alert]', { hasText: /typo|not a code|character/ }).waitFor();
    // As shown by VS Code, but typed lower-case with a space instead of the dash.
    await card.getByLabel('Code shown by VS Code').fill(`${code.text.slice(0, 5).toLowerCase()} ${code.text.slice(5)}`);
    await card.getByRole('button', { name: 'Link' }).click();
    await card.locator('[role=status]', { hasText: 'Linked to VS Code (Team repo).' }).waitFor({ timeout: 10_000 });
    assert.equal(peers.length, 1);
    assert.equal(connections.length, 1);
    assert.equal(peers[0]!.origin, `chrome-extension://${b.extensionId}`);
    await panel.close();
  });

  it('the extension itself can reach nothing but the link (its CSP)', async () => {
    serverLog.splice(0, serverLog.findIndex((l) => /paired/.test(l)));
    const sw = await b.worker();
    const blocked = await sw.evaluate(async (p) => {
      const out: string[] = [];
      try {
        await fetch(`http://127.0.0.1:${p}/roundtable/link`);
        out.push('fetch went through');
      } catch {
        out.push('fetch blocked');
      }
      try {
        const ws = new WebSocket(`ws://127.0.0.1:${p}/elsewhere`);
        out.push(await new Promise<string>((res) => ((ws.onopen = () => res('other path opened')), (ws.onerror = () => res('other path failed')))));
      } catch {
        out.push('other path failed');
      }
      return out;
    }, port);
    assert.deepEqual(blocked, ['fetch blocked', 'other path failed']);
    // Blocked by the CSP in the browser, not refused by the listener: the listener never saw them.
    assert.deepEqual(serverLog.filter((l) => /refused a connection/.test(l)), [], serverLog.join('\n'));
    assert.ok(serverLog.some((l) => /paired/.test(l)), 'the log is the listener’s own');
  });

  it('re-links by itself after the worker was stopped, with the stored secret', async () => {
    const panel = await b.page('sidepanel.html');
    await panel.locator('.wx-link [role=status]', { hasText: 'Linked to VS Code' }).waitFor();
    const cdp = await b.context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    const stoppedAt = Date.now();
    await cdp.send('ServiceWorker.stopAllWorkers');
    for (let i = 0; i < 100 && connections[0]!.closed === null; i++) await new Promise((r) => setTimeout(r, 50));
    assert.notEqual(connections[0]!.closed, null, 'the stopped worker’s socket closed');
    // Anything that wakes the worker (here the panel asking for the link's state) re-links.
    await panel.reload();
    await panel.locator('.wx-link [role=status]', { hasText: 'Linked to VS Code' }).waitFor({ timeout: 10_000 });
    for (let i = 0; i < 100 && connections.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    console.log(`      re-linked ${Date.now() - stoppedAt} ms after the worker was stopped (woken by the panel)`);
    assert.equal(connections.length, 2, 'one new authenticated connection');
    assert.equal(peers.length, 1, 'no second pairing');
    await panel.close();
  });

  it('unlinks from the side panel: VS Code forgets the browser and the browser its secret', async () => {
    const panel = await b.page('sidepanel.html');
    const card = panel.locator('.wx-link');
    await card.getByRole('button', { name: 'Unlink VS Code' }).click();
    await card.locator('[role=status]', { hasText: 'Not linked: you unlinked it here.' }).waitFor();
    for (let i = 0; i < 100 && peers.length; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(peers.length, 0);
    assert.equal(connections[connections.length - 1]!.closed, LinkClose.unlinked);
    const stored = await (await b.worker()).evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('roundtable.link'));
    assert.deepEqual(stored, {});
    await panel.close();
  });
});
