/**
 * Content script entry: picks the page's adapter and starts watching. Also loaded by the
 * extension's own demo call page (demo.html), so the demo exercises exactly this code.
 */
import { parseReply } from '../messages';
import { browser, nowMs } from '../platform/browser';
import { adapterFor } from './adapters';
import { CallWatcher } from './call-watcher';

const adapter = adapterFor(new URL(location.href), new URL(browser.runtime.getURL('/')).origin);
function watch(found: NonNullable<typeof adapter>): CallWatcher {
  const watcher: CallWatcher = new CallWatcher(
    found,
    document,
    {
      send: async (m) => {
        // After the extension is updated or removed this script is orphaned: runtime.id is gone
        // and sending throws. Stop watching instead of failing on every mutation.
        if (!browser.runtime?.id) {
          watcher.stop();
          throw new Error('Roundtable was updated or removed; reload the call page to reconnect.');
        }
        const reply = parseReply(await browser.runtime.sendMessage(m));
        // A failure (storage, say) is retried with the change's original time; a refusal of the
        // message itself would be refused again, so it is dropped and said.
        if (!reply.ok && reply.error.code === 'failed') throw new Error(reply.error.message);
        if (!reply.ok) console.warn(`Roundtable: the extension refused this page's report: ${reply.error.message}`);
        return reply;
      },
    },
    nowMs,
  );
  watcher.start();
  return watcher;
}

if (adapter) {
  let watcher = watch(adapter);
  // Leaving ends this tab's part of the call at once; the worker waits a moment for a reload.
  addEventListener('pagehide', () => watcher.leave());
  // Back from the back/forward cache: the page is live again, so is the watcher.
  addEventListener('pageshow', (e) => {
    if (e.persisted) watcher = watch(adapter);
  });
}
