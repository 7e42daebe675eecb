/**
 * Two VS Code windows of one user share the pairing (global storage) but only one can listen for
 * the browser: the second says which window has the link instead of pairing the browser away
 * from it, until that window lets go. Real loopback listeners; the windows differ by process id.
 */
import { strict as assert } from 'node:assert';
import { BrowserLink, OtherWindowError, describeLink, type LinkOwner, type LinkPlatform } from '../../../../extension/src/link/browser-link.ts';
import { nodeLinkPlatform } from '../../../../extension/src/link/node-link.ts';

function memento() {
  const data = new Map<string, unknown>();
  return {
    get: <T>(key: string, fallback?: T) => (data.has(key) ? (data.get(key) as T) : fallback) as T,
    update: async (key: string, value: unknown) => void data.set(key, value),
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
});
