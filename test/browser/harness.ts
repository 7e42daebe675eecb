/**
 * Real Chromium with the built extension (../shared/recipes.md §1). Every launch gets its own
 * profile and HOME/XDG/TMPDIR under .test-tmp/, and `close()` ends the browser and removes
 * them, also when a test failed (call it from `after`).
 */
import { mkdtempSync, mkdirSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { messages } from '../../shared/ui/messages';
import { MSG, type PageRequestType, type ReplyTo, type Requests } from '../../webext/src/messages';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The built extension; ROUNDTABLE_EXTENSION_DIR points at another build (a before/after benchmark). */
export const EXTENSION_DIR = process.env.ROUNDTABLE_EXTENSION_DIR ?? path.join(ROOT, 'dist/webext/chrome');

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  /** The newest service worker (after a restart the old handle is stale). */
  worker(): Promise<Worker>;
  page(file: string): Promise<Page>;
  /** The welcome page the install opened, when `welcome: true` kept it (else null: it was closed). */
  welcome: Page | null;
  /** Every request the browser made, for the no-network check. */
  requests: { url: string; fromExtension: boolean }[];
  close(): Promise<void>;
}

/**
 * `home`: a directory (under .test-tmp) for the profile and HOME that outlives this browser, so
 * a second launch opens the same profile (a restart); `close()` then leaves it for the caller.
 * `timeZone`: the browser's zone (TZ), e.g. to tell local-day file names from UTC ones.
 * `lang`: Chromium's UI language (--lang), which picks the extension's _locales catalogue.
 * `welcome`: keep the welcome page the extension opens on install. Every launch on a fresh
 * profile is an install, so by default the harness waits for that page and closes it before the
 * test starts (a tab that opened later could take the foreground from a call page); the product
 * has no switch for it, so every fresh launch also checks that the install opens it.
 */
export interface LaunchOptions {
  downloads?: string;
  home?: string;
  extensionDir?: string;
  timeZone?: string;
  lang?: string;
  welcome?: boolean;
}

/** The welcome page, once the install opened it (its tab is made by the worker, so poll the context's pages). */
async function installedWelcome(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const end = Date.now() + 15_000;
  for (;;) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    if (Date.now() > end) throw new Error(`the install did not open ${url} within 15 s (pages: ${context.pages().map((p) => p.url()).join(', ')})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function launch(options: LaunchOptions = {}): Promise<Launched> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`no extension build in ${extensionDir}: run npm run build first`);
  const base = path.join(ROOT, '.test-tmp');
  mkdirSync(base, { recursive: true });
  const tmp = options.home ?? mkdtempSync(path.join(base, 'chromium-'));
  // A fresh profile installs the extension (onInstalled 'install'); a relaunch on one does not.
  const installs = !existsSync(path.join(tmp, 'profile')) && existsSync(path.join(extensionDir, 'welcome.html'));
  const cleanup = () => options.home === undefined && rmSync(tmp, { recursive: true, force: true });
  const env = { ...process.env, HOME: tmp, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_CACHE_HOME: path.join(tmp, 'cache'), TMPDIR: tmp, ...(options.timeZone ? { TZ: options.timeZone } : {}) } as Record<string, string>;
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    headless: true,
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    env,
    acceptDownloads: true,
    ...(options.downloads ? { downloadsPath: options.downloads } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  const requests: Launched['requests'] = [];
  context.on('request', (r) => {
    const frame = (() => {
      try {
        return r.frame().url();
      } catch {
        return '';
      }
    })();
    requests.push({ url: r.url(), fromExtension: r.url().startsWith('chrome-extension://') || frame.startsWith('chrome-extension://') });
  });
  try {
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const extensionId = new URL(sw.url()).host;
    let welcome: Page | null = installs ? await installedWelcome(context, extensionId) : null;
    if (welcome && !options.welcome) {
      // Closed once it has shown, as a user would: closing it mid-load, with the test's first
      // extension page opening at that moment, once left the popup's every message empty (CI, 11:35).
      await welcome.locator('main.wx-welcome h1').waitFor({ timeout: 15_000 });
      await welcome.close();
      welcome = null;
    }
    return {
      context,
      extensionId,
      welcome,
      requests,
      async worker() {
        const all = context.serviceWorkers().filter((w) => w.url().includes(extensionId));
        return all[all.length - 1] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      },
      async page(file: string) {
        const p = await context.newPage();
        await p.goto(`chrome-extension://${extensionId}/${file}`);
        return p;
      },
      async close() {
        await context.close().catch(() => undefined);
        cleanup();
      },
    };
  } catch (e) {
    await context.close().catch(() => undefined);
    cleanup();
    throw e;
  }
}

/** The slice of the extension API tests call inside extension pages (test/ has no chrome types). */
export interface ChromeLike {
  chrome: { runtime: { sendMessage(m: unknown): Promise<never> } };
}

/** Sends one ui->background request from an extension page (the page must be one: the worker checks) and returns its reply. */
export async function request<K extends PageRequestType>(page: Page, type: K, body: Requests[K]['body'] = {} as Requests[K]['body']): Promise<ReplyTo<K>> {
  return page.evaluate(([t, b]) => (globalThis as unknown as ChromeLike).chrome.runtime.sendMessage({ ...(b as object), type: t }), [type, body] as const);
}

/** The value of a request's reply; fails the test with the worker's refusal otherwise. */
export async function requestValue<K extends PageRequestType>(page: Page, type: K, body?: Requests[K]['body']): Promise<Requests[K]['value']> {
  const reply = await request(page, type, body);
  if (!reply.ok) throw new Error(`${type} refused: ${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}

/** The record of a meeting, read straight from the worker's IndexedDB through the extension's own messaging. */
export async function meetingSnapshot(page: Page, id?: string): Promise<{ meeting: { id: string; endedAt?: number } | null; events: { type: string; t: number; pid?: string; name?: string }[] }> {
  return requestValue(page, MSG.getMeeting, id ? { id } : {});
}

/** Side panel rows as shown: name text and talk time parsed from "12 s · 38 %", in the page's language (its <html lang>). */
export async function panelRows(page: Page): Promise<Map<string, number>> {
  const lang = await page.getAttribute('html', 'lang');
  const rows = await page.$$eval('.rt-balance-item', (items) => items.map((li) => [li.querySelector('.rt-name')?.textContent ?? '', li.querySelector('.rt-balance-figures')?.textContent ?? '']));
  return new Map(rows.map(([name, fig]) => [name!, parseDuration(fig!.split('·')[0]!, lang ?? 'en')]));
}

/** shared/ui's compact duration forms in `lang` (its catalogue; English by default), each with what its numbers count in seconds. */
function durationForms(lang: string): { pattern: RegExp; units: number[] }[] {
  const catalogue: Record<string, string> = /^en\b/i.test(lang) ? messages : { ...messages, ...(JSON.parse(readFileSync(path.join(ROOT, 'shared/ui/locales', `${lang.toLowerCase()}.json`), 'utf8')) as Record<string, string>) };
  const forms: [string, number[]][] = [
    ['duration.hoursMinutes', [3600, 60]],
    ['duration.minutesSeconds', [60, 1]],
    ['duration.minutes', [60]],
    ['duration.seconds', [1]],
  ];
  return forms.map(([key, seconds]) => {
    // A language may put {1} before {0}: each captured number takes the unit of its placeholder.
    const units: number[] = [];
    const source = catalogue[key]!.split(/(\{\d\})/)
      .map((part) => {
        const slot = /^\{(\d)\}$/.exec(part);
        if (slot) return units.push(seconds[Number(slot[1])]!), '(\\d+)';
        return part.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      })
      .filter(Boolean)
      .join('\\s*');
    return { pattern: new RegExp(`^${source}$`, 'u'), units };
  });
}

/** Parses the side panel's compact duration ("12 s", "1 min 3 s", "2 min", "1 h 5 min" in English) in `lang` into ms. */
export function parseDuration(text: string, lang = 'en'): number {
  const shown = text.trim();
  for (const { pattern, units } of durationForms(lang)) {
    const m = pattern.exec(shown);
    if (m) return units.reduce((sum, unit, i) => sum + Number(m[i + 1]) * unit, 0) * 1000;
  }
  throw new Error(`not a ${lang} duration: ${JSON.stringify(text)}`);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** Runs axe inside the page. evaluate() goes through the DevTools protocol, which the pages' strict CSP does not apply to. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as { violations: AxeViolation[] };
  return result.violations;
}

export const describeViolations = (v: AxeViolation[]) => v.map((x) => `${x.id} (${x.impact}): ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');

/**
 * Opens the folded section whose summary says `summary`, leaving it open if it already is: a
 * click on an open <details> would fold it, and which sections start open is the UI's choice.
 */
export async function unfold(page: Page, summary: string): Promise<void> {
  const s = page.locator(`summary:has-text(${JSON.stringify(summary)})`).first();
  if (!(await s.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) await s.click();
}

/**
 * Keeps everything the page's live region says, in order (a region is replaced as it speaks, so
 * a test that polls it once could miss a sentence); `heard` then waits for one.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __heard: string[] };
    w.__heard = [];
    const el = document.querySelector('[role=status][aria-live=polite]')!;
    new MutationObserver(() => el.textContent && w.__heard.push(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
  });
}

/** Waits until the live region has said `text` (recordAnnouncements first). */
export async function heard(page: Page, text: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction((want) => (window as unknown as { __heard?: string[] }).__heard?.some((s) => s.includes(want)), text, { timeout });
}
