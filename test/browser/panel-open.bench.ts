/**
 * Not part of the suite (the file name does not end in .test.ts): how soon the side panel shows
 * itself and the live meeting when it opens, in real Chromium, so that loading less up front
 * (README, *Bundles*) is seen not to delay the meeting. A meeting of 25 people started by hand
 * gets EVENTS speech events (manual marks, sent as the panel sends them); then sidepanel.html is
 * opened LOADS times as a tab, each load in a fresh tab, and an init script notes, from the
 * navigation's time origin (performance.now()):
 *   - shell: the panel's <main> is in the document (its first render);
 *   - paint: the first contentful paint;
 *   - live:  the live view shows the meeting's figures (a talk row with its time and share).
 * The first load of each browser is cold (nothing in the code cache), the rest warm; medians of
 * each kind are printed per build. With BASELINE=<another build's dist/webext/chrome> the two
 * builds run alternately, one browser each, LAUNCHES times, the order reversed each time.
 * Run it under the team lock (it keeps Chromium busy for about a minute per launch):
 *   BASELINE=/tmp/base/chrome LAUNCHES=3 LOADS=8 npx mocha --no-config --import=tsx --timeout 0 test/browser/panel-open.bench.ts
 * (ROUNDTABLE_EXTENSION_DIR picks the build measured as "current"; default dist/webext/chrome.)
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { MSG } from '../../webext/src/messages';
import { EXTENSION_DIR, launch, meetingSnapshot, requestValue, type ChromeLike } from './harness';
import { median } from './flood';

const LAUNCHES = Number(process.env.LAUNCHES ?? 3);
const LOADS = Number(process.env.LOADS ?? 8);
const EVENTS = Number(process.env.EVENTS ?? 2000);
/** BUILDS=name=dir,name=dir measures any builds side by side instead. */
const builds: Record<string, string> = process.env.BUILDS
  ? Object.fromEntries(process.env.BUILDS.split(',').map((b) => b.split('=') as [string, string]))
  : { ...(process.env.BASELINE ? { baseline: process.env.BASELINE } : {}), current: EXTENSION_DIR };

interface Times {
  shell: number;
  paint: number;
  live: number;
}

/**
 * Runs in the page before its own scripts: the moments above, in window.__rtOpen. A string, not a
 * function: tsx's transform would wrap a function's inner functions in a helper the page lacks.
 */
const OBSERVE_OPENING = `(() => {
  const times = (window.__rtOpen = {});
  if (location.pathname !== '/sidepanel.html') return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') times.paint = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const observer = new MutationObserver(() => {
    if (times.shell === undefined && document.querySelector('main.wx-panel')) times.shell = performance.now();
    const figures = document.querySelector('.rt-balance-item .rt-balance-figures');
    if (times.live === undefined && figures && figures.textContent.trim()) {
      times.live = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** A meeting started by hand with 25 people and `events` speech events: each mark ends one turn and starts another. */
async function seed(page: Page, events: number): Promise<void> {
  const names = Array.from({ length: 25 }, (_, i) => `Person ${i + 1}`);
  await requestValue(page, MSG.command, { command: { kind: 'start-manual', title: 'Opening bench', names } });
  const pids = [...new Set((await meetingSnapshot(page)).events.flatMap((e) => (e.type === 'participant.joined' && e.pid ? [e.pid] : [])))];
  assert.equal(pids.length, 25, 'everyone joined');
  await page.evaluate(
    async ([type, pids, marks]) => {
      for (let i = 0; i < marks; i++) {
        const pid = pids[(i * 7) % pids.length]!;
        await (globalThis as unknown as ChromeLike).chrome.runtime.sendMessage({ type, command: { kind: 'manual-speaking', pid } });
      }
    },
    [MSG.command, pids, Math.ceil(events / 2)] as const,
  );
}

async function openOnce(open: () => Promise<Page>): Promise<Times> {
  const page = await open();
  try {
    await page.waitForFunction(() => (window as unknown as { __rtOpen?: Partial<Times> }).__rtOpen?.live !== undefined, null, { timeout: 30_000 });
  } catch (e) {
    const seen = await page.evaluate(() => JSON.stringify((window as unknown as { __rtOpen?: unknown }).__rtOpen));
    throw new Error(`the live view did not show (${seen}): ${(await page.innerHTML('body')).slice(0, 2000)}`, { cause: e });
  }
  const t = (await page.evaluate(() => (window as unknown as { __rtOpen: Times }).__rtOpen))!;
  await page.close();
  return t;
}

describe(`side panel opening on a live meeting (${EVENTS} events), real Chromium`, function () {
  it('measures first render and the live view, cold and warm', async () => {
    const results: Record<string, { cold: Times[]; warm: Times[] }> = Object.fromEntries(Object.keys(builds).map((k) => [k, { cold: [], warm: [] }]));
    const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    for (let i = 0; i < LAUNCHES; i++) {
      const order = i % 2 === 0 ? Object.keys(builds) : Object.keys(builds).reverse();
      for (const name of order) {
        const b = await launch({ extensionDir: builds[name] });
        try {
          await b.context.addInitScript(OBSERVE_OPENING);
          const setup = await b.page('popup.html');
          await seed(setup, EVENTS);
          const count = (await meetingSnapshot(setup)).events.length;
          await setup.close();
          const open = () => b.page('sidepanel.html');
          const cold = await openOnce(open);
          const warm: Times[] = [];
          for (let k = 1; k < LOADS; k++) warm.push(await openOnce(open));
          results[name]!.cold.push(cold);
          results[name]!.warm.push(...warm);
          const f = (t: Times) => `${t.shell.toFixed(0)}/${t.paint.toFixed(0)}/${t.live.toFixed(0)}`;
          console.log(`launch ${i + 1} ${name} (${count} events, load ${load()}): shell/paint/live ms: cold ${f(cold)}; warm ${warm.map(f).join(' ')}`);
        } finally {
          await b.close();
        }
      }
    }
    console.log(`\nmedians, ms from navigation (${LAUNCHES} launch(es) per build, ${LOADS} loads each: the first cold, the rest warm):`);
    for (const [name, r] of Object.entries(results)) {
      const m = (xs: Times[], k: keyof Times) => median(xs.map((x) => x[k])).toFixed(1);
      console.log(`  ${name.padEnd(8)} cold (n=${r.cold.length}): first render ${m(r.cold, 'shell')}, first paint ${m(r.cold, 'paint')}, live view ${m(r.cold, 'live')}`);
      console.log(`  ${''.padEnd(8)} warm (n=${r.warm.length}): first render ${m(r.warm, 'shell')}, first paint ${m(r.warm, 'paint')}, live view ${m(r.warm, 'live')}`);
    }
  });
});
