// `node scripts/panel-trace.mjs <trace.json> [page]`: where a page's main thread spends its time in
// a trace written by test/browser/panel-cpu.bench.ts (PANEL_TRACE=<file>). It finds the renderer
// that committed the page (default sidepanel.html), sums the self time of every event on its
// main thread (CrRendererMain), groups them as script, style, layout, paint and other, and prints
// each in ms per wall second and % of one core, with the costliest events and the layouts' sizes.
import { readFileSync } from 'node:fs';

const [file, page = 'sidepanel.html'] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/panel-trace.mjs <trace.json> [page]');
const raw = JSON.parse(readFileSync(file, 'utf8'));
const events = Array.isArray(raw) ? raw : raw.traceEvents;

// The page's renderer: the frames the browser lists (TracingStartedInBrowser, FrameCommittedInBrowser) carry each frame's url and processId.
let pid;
for (const e of events) {
  const data = e.args?.data;
  for (const f of data?.frames ?? (data?.url ? [data] : [])) if (f.url?.includes(page) && f.processId) pid = f.processId;
}
if (pid === undefined) throw new Error(`no renderer committed ${page} in this trace`);
const main = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
if (!main) throw new Error(`no main thread in renderer ${pid}`);
const tid = main.tid;

// Complete events of that thread (X, or B/E pairs), in order, parents before children.
const spans = [];
const open = [];
for (const e of events) {
  if (e.pid !== pid || e.tid !== tid) continue;
  if (e.ph === 'X' && e.dur !== undefined) spans.push({ name: e.name, ts: e.ts, end: e.ts + e.dur, args: e.args });
  else if (e.ph === 'B') open.push({ name: e.name, ts: e.ts, args: e.args });
  else if (e.ph === 'E') {
    const b = open.pop();
    if (b) spans.push({ ...b, end: e.ts });
  }
}
spans.sort((a, b) => a.ts - b.ts || b.end - a.end);
if (spans.length === 0) throw new Error('no events on the main thread');
const t0 = Math.min(...spans.map((s) => s.ts));
const t1 = Math.max(...spans.map((s) => s.end));
const wallS = (t1 - t0) / 1e6;

// Self time: a span's duration minus its children's.
const self = new Map();
const count = new Map();
let busy = 0;
const stack = [];
for (const s of spans) {
  while (stack.length && stack.at(-1).end <= s.ts) stack.pop();
  const parent = stack.at(-1);
  if (parent) parent.childUs += Math.min(s.end, parent.end) - s.ts;
  else busy += s.end - s.ts;
  s.childUs = 0;
  stack.push(s);
}
for (const s of spans) {
  self.set(s.name, (self.get(s.name) ?? 0) + (s.end - s.ts - s.childUs));
  count.set(s.name, (count.get(s.name) ?? 0) + 1);
}

const GROUPS = {
  script: /^(FunctionCall|EvaluateScript|TimerFire|EventDispatch|FireAnimationFrame|FireIdleCallback|v8\.|V8\.|RunMicrotasks|CompileScript|CompileCode|CompileModule|EvaluateModule|ParseHTML|XHR|HandlePostMessage|RequestAnimationFrame|TimerInstall|TimerRemove)/,
  gc: /GC|Sweep|Marking|BlinkGC|ThreadState/,
  style: /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout|StyleInvalidator)/,
  layout: /^(Layout|UpdateLayout|LayoutShift|IntersectionObserverController)/,
  paint: /^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintImage|Decode|Rasterize|RasterTask|ScrollLayer|BeginMainThreadFrame|BeginFrame|Animation|Document::updateStyleAndLayout|LocalFrameView|AccessibilitySerializ)/,
};
const groupOf = (name) => Object.entries(GROUPS).find(([, re]) => re.test(name))?.[0] ?? 'other';
const groups = {};
for (const [name, us] of self) groups[groupOf(name)] = (groups[groupOf(name)] ?? 0) + us;
const per = (us) => `${(us / 1000 / wallS).toFixed(2)} ms/s (${((us / 1e6 / wallS) * 100).toFixed(2)} %)`;

console.log(`${file}: ${page} renderer ${pid}, main thread ${tid}, ${wallS.toFixed(1)} s of trace`);
console.log(`  busy (top-level tasks): ${per(busy)}`);
for (const g of ['script', 'gc', 'style', 'layout', 'paint', 'other']) console.log(`  ${g.padEnd(7)} ${per(groups[g] ?? 0)}`);
console.log('  costliest events (self time):');
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18))
  console.log(`    ${name.padEnd(40)} ${per(us).padEnd(24)} ${String(count.get(name)).padStart(6)}x  ${(us / 1000 / count.get(name)).toFixed(3)} ms each`);
const layouts = spans.filter((s) => s.name === 'Layout');
if (layouts.length) {
  const ms = layouts.map((s) => (s.end - s.ts) / 1000).sort((a, b) => a - b);
  const objects = layouts.map((s) => s.args?.beginData?.dirtyObjects ?? s.args?.beginData?.totalObjects).filter((x) => x !== undefined);
  console.log(`  layouts: ${layouts.length} (${(layouts.length / wallS).toFixed(1)}/s), median ${ms[ms.length >> 1].toFixed(2)} ms, max ${ms.at(-1).toFixed(2)} ms${objects.length ? `, dirty objects median ${objects.sort((a, b) => a - b)[objects.length >> 1]}` : ''}`);
}
const styles = spans.filter((s) => s.name === 'UpdateLayoutTree');
if (styles.length) {
  const ms = styles.map((s) => (s.end - s.ts) / 1000).sort((a, b) => a - b);
  const els = styles.map((s) => s.args?.elementCount).filter((x) => x !== undefined).sort((a, b) => a - b);
  console.log(`  style recalcs: ${styles.length} (${(styles.length / wallS).toFixed(1)}/s), median ${ms[ms.length >> 1].toFixed(2)} ms${els.length ? `, elements median ${els[els.length >> 1]}` : ''}`);
}
const tasks = spans.filter((s) => s.name === 'FunctionCall' || s.name === 'TimerFire' || s.name === 'EventDispatch' || s.name === 'v8.callFunction');
if (tasks.length) console.log(`  script entries: ${tasks.length} (${(tasks.length / wallS).toFixed(1)}/s)`);
