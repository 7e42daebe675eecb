/**
 * Not part of the suite (the file name does not end in .test.ts): measures what the side panel
 * costs while a busy call runs beside it. A 25-person Jitsi fixture under its real address plays
 * about 4 utterances a second (about 8 speech events a second); the panel (sidepanel.html as a
 * tab) and the service worker are measured in two windows, early and late in the meeting:
 *   - the panel's main-thread busy time: CDP Performance.getMetrics TaskDuration, per wall second;
 *   - the worker's busy time: the V8 sampling profiler on the service worker target (every
 *     sample but "(idle)"), reached through Target.attachToTarget from the panel's CDP session.
 * PANEL_PROFILE=<file.cpuprofile> also writes the panel's V8 CPU profile of the late window (open it
 * in Chrome's DevTools, Performance; build without --production for readable names), sampled every
 * PROFILE_US µs (100 by default).
 * PANEL_TRACE=<file.json> writes a trace of the late window instead (devtools.timeline: the
 * panel's script, style, layout and paint; `node scripts/panel-trace.mjs <file>` sums them per
 * second). Both cost the panel time of their own: read the windows they measure as rough.
 * Run (scripts/panel-cpu.mjs runs it in before/after pairs: `npm run bench -- panel-cpu`):
 *   MINUTES=6 TILES=25 npx mocha --no-config --import=tsx --timeout 0 test/browser/panel-cpu.bench.ts
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import type { ScriptPerson, SpeakingScript } from '../../webext/src/demo/demo-script';
import { browserWithFixture, PLATFORM_URLS, play } from './fixtures';
import { panelRows, type ChromeLike } from './harness';
import { MSG } from '../../webext/src/messages';

const MINUTES = Number(process.env.MINUTES ?? 6);
const TILES = Number(process.env.TILES ?? 25);
const WINDOW_S = Number(process.env.WINDOW_S ?? 60);
const PANEL_PROFILE = process.env.PANEL_PROFILE;
const PANEL_TRACE = process.env.PANEL_TRACE;
/** The panel profile's sampling interval (µs): at V8's default a render of a few ms gets a few samples. */
const PROFILE_US = Number(process.env.PROFILE_US ?? 100);
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing', '__metadata'].join(',');

/** Ends the session's trace and writes it (Tracing.end's stream, read through IO). */
async function endTrace(cdp: CDPSession, file: string): Promise<void> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream!)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean; base64Encoded?: boolean };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  writeFileSync(file, text);
}
const until = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));

/**
 * How many events the live meeting's record holds. Read raw, so the same bench measures a build
 * from before the typed protocol (ROUNDTABLE_EXTENSION_DIR=an older build), whose replies are
 * not envelopes.
 */
async function recordLength(page: Page): Promise<number> {
  const reply = (await page.evaluate((type) => (globalThis as unknown as ChromeLike).chrome.runtime.sendMessage({ type }), MSG.getMeeting)) as { ok?: boolean; value?: { events: unknown[] }; events?: unknown[] };
  return (reply.ok === true ? reply.value!.events : reply.events ?? []).length;
}

/** n people, a new utterance every 250 ms (1 to 3.5 s long, so several overlap): about 8 speech events a second. */
export function busyScript(n: number, minutes: number): SpeakingScript {
  const endMs = minutes * 60_000;
  const people: ScriptPerson[] = Array.from({ length: n }, (_, i) => ({ id: i === 0 ? 'local' : `p${String(i).padStart(3, '0')}`, name: `Person ${i + 1}`, local: i === 0, speaks: [] }));
  for (let k = 0, t = 1000; t < endMs - 5000; k++, t += 250) people[(k * 7) % n]!.speaks.push([t, t + 1000 + ((k * 2711) % 2500)]);
  return { people, endMs };
}

/** A CDP session on the extension's service worker, through the page session's Target domain (Playwright attaches pages and frames only). */
async function workerSession(cdp: CDPSession): Promise<(method: string, params?: object) => Promise<Record<string, unknown>>> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const sw = targetInfos.find((x) => x.type === 'service_worker' && x.url.startsWith('chrome-extension://'));
  if (!sw) throw new Error('no service worker target');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
  let next = 0;
  const pending = new Map<number, (m: { result?: Record<string, unknown>; error?: unknown }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    const m = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown>; error?: unknown };
    if (e.sessionId === sessionId && m.id !== undefined) pending.get(m.id)?.(m);
  });
  return (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, (m) => (pending.delete(id), m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result ?? {})));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
}

interface Profile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}
function busyMs(p: Profile): number {
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  return p.samples.reduce((sum, id, i) => sum + (idle.has(id) ? 0 : (p.timeDeltas[i] ?? 0)), 0) / 1000;
}

describe(`side panel CPU: ${TILES} people, ~8 speech events/s, ${MINUTES} min`, function () {
  const browser = browserWithFixture('jitsi');

  it('measures early and late', async () => {
    const b = browser();
    const script = busyScript(TILES, MINUTES);
    const panel = await b.page('sidepanel.html');
    const cdp = await b.context.newCDPSession(panel);
    await cdp.send('Performance.enable');
    const worker = await workerSession(cdp);
    await worker('Profiler.enable');
    await worker('Profiler.setSamplingInterval', { interval: 1000 });
    const call = await b.context.newPage();
    await call.goto(PLATFORM_URLS.jitsi.url);
    const origin = Date.now() + 300;
    const playing = play(call, script, origin);

    const taskS = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN);
    const events = async () => recordLength(panel);
    const measure = async (fromS: number, panelProfile?: string, panelTrace?: string) => {
      // The record's length is read outside the window: its reply holds every event, and the panel
      // and the worker handling it inside the window counted it as theirs (more so late).
      await until(origin + fromS * 1000 - 1000);
      const [e0, e0At] = [await events(), Date.now()];
      await until(origin + fromS * 1000);
      const [t0, w0] = [await taskS(), Date.now()];
      await worker('Profiler.start');
      if (panelProfile) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_US })).then(() => cdp.send('Profiler.start'));
      if (panelTrace) await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReturnAsStream' });
      await until(origin + (fromS + WINDOW_S) * 1000);
      const { profile } = (await worker('Profiler.stop')) as unknown as { profile: Profile };
      if (panelProfile) writeFileSync(panelProfile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
      if (panelTrace) await endTrace(cdp, panelTrace);
      const [t1, w1] = [await taskS(), Date.now()];
      const [e1, e1At] = [await events(), Date.now()];
      const wall = (w1 - w0) / 1000;
      return { fromS, panelPct: ((t1 - t0) / wall) * 100, workerPct: (busyMs(profile) / 1000 / wall) * 100, eventsPerS: (e1 - e0) / ((e1At - e0At) / 1000), eventsAtStart: e0 };
    };
    const early = await measure(30);
    const late = await measure(MINUTES * 60 - WINDOW_S - 15, PANEL_PROFILE, PANEL_TRACE);
    const rows = await panelRows(panel);
    await playing;
    for (const w of [early, late])
      console.log(
        `      from ${w.fromS} s (${w.eventsAtStart} events in the record, ${w.eventsPerS.toFixed(1)} new/s): ` +
          `side panel main thread ${w.panelPct.toFixed(2)} % of one core, worker ${w.workerPct.toFixed(2)} %`,
      );
    assert.equal(rows.size, TILES, 'the panel showed every participant');
    assert.ok(early.eventsPerS > 4, 'the call produced speech events');
  });
});
