/**
 * Two VS Code windows of one user share the pairing (global storage) but only one can listen for
 * the browser: the second says which window has the link instead of pairing the browser away
 * from it, until that window lets go. Real loopback listeners; the windows differ by process id.
 */
import { strict as assert } from 'node:assert';
import { BrowserLink, OtherWindowError, describeLink, type LinkOwner, type LinkPlatform } from '../../../../extension/src/link/browser-link.ts';
import { nodeLinkPlatform, nodeOwnerFile } from '../../../../extension/src/link/node-link.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { FileMemento, type FileIo } from '../../../../extension/src/link/file-memento.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { LINK_PATH, LinkClose } from '../../../../shared/core/link/link-protocol.ts';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

/** A browser's socket: sends `hello` once open; resolves with the first message, or the close code. */
function browserHello(port: number, hello: unknown): Promise<{ ws: WebSocket; first?: { type: string; linkId?: string; secret?: string }; close?: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${LINK_PATH}`, { origin: EXT });
    ws.on('open', () => ws.send(JSON.stringify(hello)));
    ws.once('message', (d) => resolve({ ws, first: JSON.parse(String(d)) }));
    ws.on('close', (code) => resolve({ ws, close: code }));
    ws.on('error', () => undefined);
  });
}

function memento() {
  const data = new Map<string, unknown>();
  return {
    get: <T>(key: string, fallback?: T) => (data.has(key) ? (data.get(key) as T) : fallback) as T,
    update: async (key: string, value: unknown) => void data.set(key, value),
  };
}

/** `file` through node:fs, as vscode.workspace.fs gives it to each window's FileMemento. */
function nodeFile(file: string): FileIo {
  return {
    read: () => readFile(file),
    write: async (bytes) => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
    },
  };
}

describe('extension/link: a second VS Code window', () => {
  it('names the window that holds the link, refuses to pair over it, and pairs once that window lets go', async () => {
    let file: LinkOwner | undefined;
    const owner = { read: async () => file, write: async (o: LinkOwner | undefined) => void (file = o) };
    const running = new Set([101, 202]);
    const platform = (pid: number): LinkPlatform => ({ ...nodeLinkPlatform(() => 'w'), process: { pid, alive: (p) => running.has(p) } });
    const shared = memento();
    const first = new BrowserLink(shared, platform(101), () => undefined, owner, 'alpha');
    const second = new BrowserLink(shared, platform(202), () => undefined, owner, 'beta');
    try {
      const offer = await first.offer();
      assert.deepEqual(file, { pid: 101, window: 'alpha', port: offer.port });
      await assert.rejects(second.offer(), (e) => e instanceof OtherWindowError && e.window === 'alpha');
      assert.deepEqual(second.current, { kind: 'unlinked', why: 'other-window', window: 'alpha' });
      assert.match(describeLink(second.current, (m, ...a) => m.replace(/\{(\d+)\}/g, (_w, i: string) => String(a[Number(i)]))), /^Browser link: in another VS Code window \(alpha\)\./);
      // The first window unlinks (it stops listening and lets go): the second can pair.
      await first.unlink();
      assert.equal(file, undefined);
      const again = await second.offer();
      assert.deepEqual(file, { pid: 202, window: 'beta', port: again.port });
      // A window that died without letting go holds nothing.
      file = { pid: 303, window: 'gone', port: again.port };
      await second.unlink();
      assert.equal(file?.pid, 303, 'only its own entry is removed');
      await second.offer();
      assert.equal(file?.pid, 202);
    } finally {
      first.dispose();
      second.dispose();
    }
  });

  it('takes the link over from a window that lingers (a closed code-server tab): the old one lets go of the port, the paired browser re-links here', async function () {
    this.timeout(20000);
    const dir = mkdtempSync(path.join(tmpdir(), 'rt-owner-'));
    // The owner file through node:fs, as the node host has it: each window watches it itself.
    const file = path.join(dir, 'link-owner.json');
    const running = new Set([101, 202]);
    const platform = (pid: number): LinkPlatform => ({ ...nodeLinkPlatform(() => 'w'), process: { pid, alive: (p) => running.has(p) } });
    const shared = memento();
    const logs: string[] = [];
    const old = new BrowserLink(shared, platform(101), (m) => logs.push(m), nodeOwnerFile(file), 'closed-tab');
    let fresh: BrowserLink | undefined;
    try {
      const offer = await old.offer();
      const paired = await browserHello(offer.port, { type: 'hello', v: 1, pair: { code: offer.code } });
      assert.equal(paired.first?.type, 'paired');
      // The user closes the tab (its extension host lingers) and opens a new window, which reads the pairing.
      fresh = new BrowserLink(shared, platform(202), (m) => logs.push(m), nodeOwnerFile(file), 'new-window');
      const closed = new Promise<number>((r) => paired.ws.on('close', (code) => r(code)));
      await assert.rejects(fresh.offer(), (e) => e instanceof OtherWindowError && e.window === 'closed-tab');

      const taken = await fresh.takeOver();
      assert.equal(taken.port, offer.port, 'the same port: the paired browser finds the new window where it looks');
      assert.equal(await closed, LinkClose.replaced, "the old window closed the browser's socket as replaced (the browser reconnects)");
      assert.deepEqual(old.current, { kind: 'unlinked', why: 'other-window', window: 'new-window' });
      assert.equal(old.address(), undefined, 'the old window no longer listens');
      assert.deepEqual(await nodeOwnerFile(file).read(), { pid: 202, window: 'new-window', port: offer.port });
      // The browser re-links with its secret, no new code.
      const again = await browserHello(offer.port, { type: 'hello', v: 1, auth: { linkId: paired.first!.linkId, secret: paired.first!.secret } });
      assert.equal(again.first?.type, 'welcome');
      assert.deepEqual(fresh.current, { kind: 'linked', origin: EXT });
      again.ws.close();
      // The new window can unlink (the user could not, in the tab they had closed).
      await fresh.unlink();
      assert.equal(await nodeOwnerFile(file).read(), undefined);
    } finally {
      old.dispose();
      fresh?.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the pairing again when it takes over: a window opened before the browser was paired knows its secret, and keeps it on disk', async function () {
    this.timeout(20000);
    const dir = mkdtempSync(path.join(tmpdir(), 'rt-pairing-'));
    // Each window loads link.json once, at activation, like the extension (its own FileMemento on the one file).
    const pairing = path.join(dir, 'link.json');
    const ownerFile = path.join(dir, 'link-owner.json');
    const running = new Set([101, 202]);
    const platform = (pid: number): LinkPlatform => ({ ...nodeLinkPlatform(() => 'w'), process: { pid, alive: (p) => running.has(p) } });
    const first = new BrowserLink(await FileMemento.load(nodeFile(pairing)), platform(101), () => undefined, nodeOwnerFile(ownerFile), 'first');
    // Opened before the pairing: it read an empty link.json.
    const early = new BrowserLink(await FileMemento.load(nodeFile(pairing)), platform(202), () => undefined, nodeOwnerFile(ownerFile), 'early');
    try {
      assert.deepEqual(early.current, { kind: 'unlinked', why: 'never-paired' });
      const offer = await first.offer();
      const paired = await browserHello(offer.port, { type: 'hello', v: 1, pair: { code: offer.code } });
      assert.equal(paired.first?.type, 'paired');
      const onDisk = () => {
        try {
          return ((JSON.parse(readFileSync(pairing, 'utf8')) as { 'roundtable.link.peers'?: { linkId: string }[] })['roundtable.link.peers'] ?? []).map((p) => p.linkId);
        } catch {
          return [];
        }
      };
      // The pairing is written after the reply: wait for the file to hold it.
      for (const end = Date.now() + 5000; onDisk().length === 0 && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(onDisk(), [paired.first!.linkId]);
      await assert.rejects(early.offer(), (e) => e instanceof OtherWindowError && e.window === 'first');

      const taken = await early.takeOver();
      assert.equal(taken.port, offer.port);
      assert.equal(early.current.kind as string, 'waiting', 'listening on the old port, with a code for a new browser too');
      // The browser, cut off by the old window, re-links with its secret: the early window knows it now.
      const again = await browserHello(offer.port, { type: 'hello', v: 1, auth: { linkId: paired.first!.linkId, secret: paired.first!.secret } });
      assert.equal(again.first?.type, 'welcome', `the browser's secret accepted after the take-over (closed ${again.close ?? 'no'})`);
      assert.deepEqual(early.current, { kind: 'linked', origin: EXT });
      // Its own writes (the port) kept the pairing on disk: a later window still knows the browser.
      assert.deepEqual(onDisk(), [paired.first!.linkId]);
      again.ws.close();
    } finally {
      first.dispose();
      early.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
