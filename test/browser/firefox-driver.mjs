// Drives a real headless Firefox over WebDriver BiDi (built into Firefox; no extra package):
// installs the Firefox build of the extension temporarily, plays the demo call, and prints the
// meeting record the background script stored, as one JSON line. Used by firefox.test.ts.
// Run: node --experimental-websocket test/browser/firefox-driver.mjs <firefox> <extension dir> <tmp dir> <list type> <get type> [scenario [wait ms [pair type, code]]]
// (the message types come from webext/src/messages.ts through the test, defined there once).
// Scenarios: `demo` (default) plays the demo to its end; `leave` navigates the demo tab to
// about:blank 2.7 s in (mid-speech) and waits <wait ms>; `reload` reloads it 2.7 s in and plays on
// to the end; `link` types <code> into the link (the side panel's pair request, from an extension
// page) 1 s into the demo, plays on to the end and prints the pair reply as `pair` too.
// The record printed is the demo room's meeting; `at` is when the tab left or reloaded.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [firefox, extension, tmp, LIST, GET, SCENARIO = 'demo', WAIT = '0', PAIR, CODE] = process.argv.slice(2);
const UUID = '6f1c2a1e-7c3b-4d55-9a0e-2b7f3d9c1e42';
const GECKO_ID = 'roundtable@roundtable.invalid';
const profile = path.join(tmp, 'profile');
mkdirSync(profile, { recursive: true });
// A fixed internal UUID gives the extension's pages a known moz-extension:// address.
writeFileSync(
  path.join(profile, 'user.js'),
  [`user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [GECKO_ID]: UUID }))});`, 'user_pref("browser.shell.checkDefaultBrowser", false);', 'user_pref("datareporting.policy.dataSubmissionEnabled", false);', 'user_pref("app.update.disabledForTesting", true);', 'user_pref("browser.startup.homepage_override.mstone", "ignore");', 'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);'].join('\n'),
);
const port = 9300 + Math.floor(Math.random() * 500);
const env = { ...process.env, HOME: tmp, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_CACHE_HOME: path.join(tmp, 'cache'), TMPDIR: tmp, MOZ_HEADLESS: '1' };
const ff = spawn(firefox, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', String(port), '--remote-allow-system-access'], { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
const kill = () => {
  try {
    process.kill(-ff.pid, 'SIGKILL');
  } catch {}
};
process.on('exit', kill);
const timeout = setTimeout(() => {
  console.error('firefox-driver: timed out');
  process.exit(2);
}, 90_000);

await new Promise((resolve, reject) => {
  let err = '';
  ff.stderr.on('data', (d) => {
    err += d;
    if (err.includes('WebDriver BiDi listening')) resolve();
  });
  ff.on('exit', (code) => reject(new Error(`firefox exited ${code}: ${err}`)));
});

const ws = new WebSocket(`ws://127.0.0.1:${port}/session`);
await new Promise((r, j) => ((ws.onopen = r), (ws.onerror = j)));
let next = 1;
const pending = new Map();
ws.onmessage = (m) => {
  const msg = JSON.parse(m.data);
  if (msg.id && pending.has(msg.id)) {
    const [resolve, reject] = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.type === 'error') reject(new Error(`${msg.error}: ${msg.message}`));
    else resolve(msg.result);
  }
};
const send = (method, params = {}) => new Promise((resolve, reject) => {
  const id = next++;
  pending.set(id, [resolve, reject]);
  ws.send(JSON.stringify({ id, method, params }));
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

await send('session.new', { capabilities: {} });
const installed = await send('webExtension.install', { extensionData: { type: 'path', path: extension } });
// Content may not navigate to moz-extension:// pages; the browser window (chrome scope, allowed
// by --remote-allow-system-access) opens extension pages as a user would from the toolbar popup.
const base = `moz-extension://${UUID}`;
const chrome = (await send('browsingContext.getTree', { 'moz:scope': 'chrome' })).contexts[0].context;
// The install opens the welcome page (runtime.onInstalled 'install'): wait for it and close it, so
// it cannot take the foreground from the demo call later. Its absence is an error.
async function closeWelcome() {
  for (let i = 0; i < 60; i++) {
    const welcome = (await send('browsingContext.getTree', {})).contexts.find((c) => c.url === `${base}/welcome.html`);
    if (welcome) return send('browsingContext.close', { context: welcome.context });
    await sleep(250);
  }
  throw new Error('the install did not open welcome.html');
}
await closeWelcome();
async function openExtensionTab(file) {
  const before = new Set((await send('browsingContext.getTree', {})).contexts.map((c) => c.context));
  await send('script.evaluate', {
    expression: `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(`${base}/${file}`)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); true`,
    target: { context: chrome },
    awaitPromise: false,
  });
  for (let i = 0; i < 40; i++) {
    await sleep(250);
    const found = (await send('browsingContext.getTree', {})).contexts.find((c) => !before.has(c.context) && c.url.startsWith(`${base}/${file}`));
    if (found) return found.context;
  }
  throw new Error(`the tab ${file} did not open`);
}
const evaluateIn = async (context, expression) => {
  const r = await send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (r.type === 'exception') throw new Error(`page threw: ${JSON.stringify(r.exceptionDetails?.text ?? r)}`);
  return r.result.value;
};
const room = SCENARIO === 'demo' ? 'firefox' : `firefox-${SCENARIO}`;
const context = await openExtensionTab(`demo.html?room=${room}`);
const evaluate = (expression) => evaluateIn(context, expression);
const waitForEnd = async () => {
  for (let i = 0; i < 60; i++) {
    if ((await evaluate('document.body?.dataset.state ?? ""')) === 'ended') break;
    await sleep(500);
  }
  await sleep(1500);
};
let at = null;
let pair = null;
let reader = context;
if (SCENARIO === 'demo') await waitForEnd();
else if (SCENARIO === 'link') {
  while ((await evaluate('performance.now()')) < 1000) await sleep(50);
  pair = JSON.parse(await evaluate(`browser.runtime.sendMessage({ type: ${JSON.stringify(PAIR)}, code: ${JSON.stringify(CODE)} }).then((r) => JSON.stringify(r))`));
  await waitForEnd();
}
else {
  // 2.7 s into the demo script Ada is mid-sentence (500-4000 ms).
  while ((await evaluate('performance.now()')) < 2700) await sleep(50);
  at = Date.now();
  if (SCENARIO === 'leave') {
    await send('browsingContext.navigate', { context, url: 'about:blank', wait: 'complete' });
    await sleep(Number(WAIT));
    reader = await openExtensionTab('popup.html');
  } else {
    await send('browsingContext.reload', { context, wait: 'complete' });
    await waitForEnd();
  }
}
const record = await evaluateIn(reader, `browser.runtime.sendMessage({ type: ${JSON.stringify(LIST)} }).then((list) => browser.runtime.sendMessage({ type: ${JSON.stringify(GET)}, id: list.value.find((m) => m.key === ${JSON.stringify(`demo/${room}`)})?.id })).then((s) => JSON.stringify(s.value))`);
const meetings = await evaluateIn(reader, `browser.runtime.sendMessage({ type: ${JSON.stringify(LIST)} }).then((list) => list.value.length)`);
console.log(JSON.stringify({ extension: installed.extension, record: JSON.parse(record), meetings, at, pair }));
clearTimeout(timeout);
ws.close();
kill();
process.exit(0);
