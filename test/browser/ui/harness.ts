/**
 * Real-Chromium harness for shared/ui: bundles test/fixtures/ui/entry.tsx with esbuild into a
 * temp folder (with the real styles.css), opens it in Debian's Chromium through
 * playwright-core, and runs axe-core in the page. The browser runs with HOME, XDG_* and TMPDIR
 * inside the temp folder so a run leaves nothing behind.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** shared/ui/preview/build.mjs: plain JS (it runs from the command line without tsx). */
async function previewBuild() {
  // @ts-expect-error: a plain .mjs script without type declarations
  return (await import('../../../shared/ui/preview/build.mjs')) as {
    buildPreview(outdir: string): Promise<string>;
    bundlePage(entry: string, outfile: string): Promise<void>;
  };
}

/**
 * Pages are served from this origin (request interception, no socket) with the Content
 * Security Policy the shells use, so a component that needs inline script or markup, or an
 * inline style attribute, fails here as it would in a VS Code webview or an extension page.
 * Styles that Preact sets through the CSSOM (style objects) are allowed, as in production.
 */
export const ORIGIN = 'http://rt.test';
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'";
const AXE_PATH = '/__axe.min.js';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

export interface Harness {
  browser: Browser;
  url: string;
  dir: string;
  /** The folder served at ORIGIN. */
  site: string;
  /** Runs in the page; true once it can be driven. */
  ready: () => boolean;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rt-ui-'));
  const { bundlePage } = await previewBuild();
  await bundlePage(path.join(root, 'test/fixtures/ui/entry.tsx'), path.join(dir, 'entry.js'));
  await copyFile(path.join(root, 'shared/ui/styles.css'), path.join(dir, 'styles.css'));
  await writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
      `<title>Roundtable UI test</title><link rel="stylesheet" href="styles.css"></head>` +
      `<body><main id="root"></main><script src="entry.js"></script></body></html>`,
  );
  return launchIn(dir, dir, () => '__rt' in window);
}

/** The preview page (shared/ui/preview: mock host on the real core), built into a temp folder. */
export async function startPreviewHarness(): Promise<Harness> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rt-ui-preview-'));
  const { buildPreview } = await previewBuild();
  await buildPreview(path.join(dir, 'site'));
  return launchIn(dir, path.join(dir, 'site'), () => document.querySelector('.rt-live') !== null);
}

async function launchIn(dir: string, site: string, ready: () => boolean): Promise<Harness> {
  const home = path.join(dir, 'home');
  const browser = await chromium.launch({
    headless: true,
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache'), TMPDIR: dir },
  });
  return {
    browser,
    dir,
    site,
    url: `${ORIGIN}/index.html`,
    ready,
    async close() {
      await browser.close().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
  width?: number;
  /** Appended to the page URL, e.g. "?nosim". */
  query?: string;
}

/** The themes every axe check runs in: light, dark, forced colours, and narrow with reduced motion (`width` px). */
export function themeVariants(width: number): [string, PageOptions][] {
  return [
    ['light', {}],
    ['dark', { colorScheme: 'dark' }],
    ['forced colors', { forcedColors: 'active' }],
    [`${width} px, reduced motion`, { width, reducedMotion: 'reduce' }],
  ];
}

export async function openPage(h: Harness, opts: PageOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await h.browser.newContext({
    colorScheme: opts.colorScheme ?? 'light',
    forcedColors: opts.forcedColors ?? 'none',
    reducedMotion: opts.reducedMotion ?? 'no-preference',
    viewport: { width: opts.width ?? 800, height: 900 },
  });
  await context.route(`${ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const file = pathname === AXE_PATH ? path.join(root, 'node_modules/axe-core/axe.min.js') : path.join(h.site, path.normalize(pathname));
    if (!file.startsWith(h.site) && pathname !== AXE_PATH) return route.fulfill({ status: 403 });
    const body = await readFile(file).catch(() => null);
    if (body === null) return route.fulfill({ status: 404 });
    await route.fulfill({ status: 200, body, headers: { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP } });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) errors.push(`CSP: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  // A dialog would mean a hostile name ran as script: fail loudly instead of hanging.
  page.on('dialog', (d) => {
    errors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  (page as Page & { rtErrors: string[] }).rtErrors = errors;
  await page.goto(h.url + (opts.query ?? ''));
  await page.waitForFunction(h.ready);
  return { context, page };
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { rtErrors?: string[] }).rtErrors ?? [];
}

export async function show(page: Page, component: string, props: unknown, catalog?: Record<string, string>): Promise<void> {
  await page.evaluate(
    ([c, p, cat]) => (window as unknown as { __rt: { render(c: string, p: unknown, cat?: unknown): void } }).__rt.render(c, p, cat),
    [component, props, catalog] as const,
  );
}

export async function calls(page: Page): Promise<unknown[][]> {
  return page.evaluate(() => (window as unknown as { __rt: { calls: unknown[][] } }).__rt.calls.slice());
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page; returns the violations.
 * `skip` names rules to leave out, for page-level rules when one component is shown alone.
 */
export async function axe(page: Page, skip: string[] = []): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ url: AXE_PATH }); // a same-origin URL: the CSP forbids inline script
  }
  return page.evaluate(async (skipped) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const rules = Object.fromEntries(skipped.map((id) => [id, { enabled: false }]));
    const result = await axe.run(document, { resultTypes: ['violations'], rules });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, skip);
}

export function describeViolations(v: AxeViolation[]): string {
  return v.map((x) => `${x.id} (${x.impact}): ${x.help}\n  ${x.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n  ')}`).join('\n');
}

/** Names built to break things: markup, script URLs, bidi overrides, zero-width, very long. */
export const HOSTILE_NAMES = {
  img: '<img src=x onerror="alert(1)">',
  script: '<script>alert(2)</script>Eve',
  rtl: '\u202EevilName\u202C txt.exe',
  long: 'L'.repeat(200),
  quotes: `"'><svg onload=alert(3)>`,
  entity: '&lt;b&gt;bold&lt;/b&gt; &amp;',
} as const;

/**
 * Mocha hooks for a suite of page tests: one browser for the suite, a fresh context per test
 * (closed even when the test fails), and a check that the page threw nothing. Call inside
 * `describe`; `open()` swaps in a page with other emulation (dark, forced colours, width).
 */
export function pageSuite(start: () => Promise<Harness> = startHarness): { page(): Page; open(opts?: PageOptions): Promise<void> } {
  let h: Harness | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const open = async (opts: PageOptions = {}) => {
    await context?.close();
    ({ context, page } = await openPage(h!, opts));
  };
  before(async () => {
    h = await start();
  });
  after(async () => {
    await h?.close();
  });
  beforeEach(async () => open());
  afterEach(async () => {
    const errors = page ? pageErrors(page) : [];
    await context?.close();
    context = undefined;
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  });
  return { page: () => page!, open };
}
