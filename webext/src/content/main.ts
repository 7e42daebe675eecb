/**
 * Content script entry: picks the page's adapter and starts watching. Also loaded by the
 * extension's own demo call page (demo.html), so the demo exercises exactly this code.
 */
import { CALL_PORT, parseReply } from '../messages';
import { browser, nowMs } from '../platform/browser';
import { adapterFor } from './adapters';
import { CallWatcher } from './call-watcher';
import { PortTransport } from './port-transport';

const adapter = adapterFor(new URL(location.href), new URL(browser.runtime.getURL('/')).origin);

// Reports travel over this page's port (port-transport.ts): open while this page reports, the
// browser closes it when the page goes away, so the worker hears that the tab left even if the
// page-hide message is lost. A stopped worker closes it too; it is opened again with the next
// report (never just to wake the worker).
const transport = new PortTransport(() => browser.runtime.connect({ name: CALL_PORT }));

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
        const reply = parseReply(await transport.send(m));
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
    if (!e.persisted) return;
    transport.forget(); // closed while the page was cached: the next report opens a new one
    watcher = watch(adapter);
  });
}
