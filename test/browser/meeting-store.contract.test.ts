/**
 * The meeting store contract (test/contracts) against the real store: IdbStore on IndexedDB in
 * real Chromium. The store is bundled into a plain page (the same module the worker bundles) and
 * every call crosses into the page, so arguments and results are structured-cloned both ways,
 * as they are between the worker and IndexedDB.
 */
import { build } from 'esbuild';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { MeetingStore } from '../../webext/src/storage/event-store';
import { meetingStoreContract } from '../contracts/meeting-store.contract';
import { launch, ROOT, type Launched } from './harness';

const METHODS = ['putMeeting', 'meetings', 'append', 'events', 'deleteMeeting', 'deleteAll'] as const;

describe('meeting store contract: IdbStore (IndexedDB in real Chromium)', function () {
  let b: Launched;
  let page: Page;
  before(async () => {
    b = await launch();
    const out = await build({ entryPoints: [path.join(ROOT, 'test/fixtures/store/idb-store-page.ts')], bundle: true, write: false, format: 'iife', target: 'chrome120', logLevel: 'error' });
    const js = out.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
    await b.context.route('https://store-contract.test/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>store</title><script>${js}</script>` }));
    page = await b.context.newPage();
    await page.goto('https://store-contract.test/');
  });
  after(async () => {
    await b?.close();
  });

  meetingStoreContract(async () => {
    await page.evaluate(() => (globalThis as unknown as { rtStore: () => Promise<void> }).rtStore());
    const store = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const m of METHODS)
      store[m] = (...args: unknown[]) => page.evaluate(([name, a]) => (globalThis as unknown as { rtCurrent: Record<string, (...x: unknown[]) => Promise<unknown>> }).rtCurrent[name]!(...a), [m, args] as const);
    return store as unknown as MeetingStore;
  });
});
