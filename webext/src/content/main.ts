/**
 * Content script entry: picks the page's adapter and starts watching. Also loaded by the
 * extension's own demo call page (demo.html), so the demo exercises exactly this code.
 */
import { browser, nowMs } from '../platform/browser';
import { adapterFor } from './adapters';
import { CallWatcher } from './call-watcher';

const adapter = adapterFor(new URL(location.href), new URL(browser.runtime.getURL('/')).origin);
if (adapter) {
  const watcher = new CallWatcher(adapter, document, { send: (m) => browser.runtime.sendMessage(m) }, nowMs);
  watcher.start();
  addEventListener('pagehide', () => watcher.stop());
}
