/**
 * Drives code-server's workbench in Debian's Chromium (playwright-core) for what only the UI
 * shows: the command palette, the sidebar webview (two iframes deep) and the status bar.
 * Selectors follow ../shared/recipes.md §3.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import type { CodeServer } from './code-server.ts';
import { harness, type Harness } from './harness.ts';

export const EXTENSION_ID = 'roundtable.roundtable';
export const EXTENSION_DIR = process.cwd();

/** How a window loads the extension: `kind: 'web'` in the browser's web-worker extension host (its `browser` entry); `installed`: as installed (a .vsix), no development path. */
export interface ExtensionLoad {
  kind?: 'web';
  installed?: boolean;
}

/** The URL that opens `folder` and, through the payload, loads the extension from source (and its tests, if given). */
export function workbenchUrl(server: CodeServer, folder: string, opts: ExtensionLoad & { testsPath?: string } = {}): string {
  if (opts.installed) return `${server.origin}/?folder=${encodeURIComponent(folder)}`;
  const remote = (p: string) => `vscode-remote://${server.authority}${p}`;
  const payload: [string, string][] = [['extensionDevelopmentPath', remote(EXTENSION_DIR)]];
  if (opts.testsPath) payload.push(['extensionTestsPath', remote(opts.testsPath)]);
  if (opts.kind) payload.push(['extensionDevelopmentKind', opts.kind]);
  return `${server.origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export class Workbench {
  /** Every URL the workbench (pages and workers) requested, for tests about what loaded. */
  readonly requests: string[] = [];

  private constructor(readonly page: Page, readonly context: BrowserContext) {
    context.on('request', (r) => this.requests.push(r.url()));
  }

  static async open(browser: Browser, url: string): Promise<Workbench> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    // The workbench's main script is several MB: under a loaded machine its download alone took
    // 20 s (measured), so the page's load gets more than playwright's default 30 s.
    await page.goto(url, { timeout: 90000 });
    const wb = new Workbench(page, context);
    await wb.ready();
    return wb;
  }

  async ready(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await this.page.locator('.part.statusbar').waitFor({ timeout: 60000 });
    // The extension's contributions arrive after the workbench paints: wait for its activity-bar icon.
    await this.page.locator('.part.activitybar [aria-label^="Roundtable"]').first().waitFor({ timeout: 60000 });
  }

  /**
   * Developer: Reload Window, then waits for the new window (a page-global flag tells the new
   * document from the old one), reopens the Roundtable view from the status bar and returns it.
   */
  async reloadWindow(): Promise<FrameLocator> {
    await this.page.evaluate(() => ((window as unknown as { __rtBeforeReload: boolean }).__rtBeforeReload = true));
    await this.palette('Developer: Reload Window');
    await this.page.waitForFunction(() => !(window as unknown as { __rtBeforeReload?: boolean }).__rtBeforeReload, undefined, { timeout: 30000 });
    await this.ready();
    await this.statusItem().waitFor({ timeout: 30000 });
    await this.statusItem().click();
    return this.sidebar();
  }

  /** When the last palette command was run (its row clicked), for recovery figures measured from the command. */
  lastCommandAt = 0;

  /**
   * Runs a command by its palette title, e.g. "Roundtable: Start Round". `beforeRun` runs once
   * the command's row is showing, just before it is clicked: a test can time the command itself
   * without the palette's own opening and filtering.
   */
  async palette(title: string, beforeRun?: () => Promise<void>): Promise<void> {
    const input = this.page.locator('.quick-input-widget input.input');
    // The palette sometimes ignores F1 while the workbench is still restoring: retry until it opens.
    for (let i = 0; i < 20; i++) {
      await this.page.locator('.monaco-workbench .part.editor').click({ position: { x: 200, y: 200 } }).catch(() => {});
      await this.page.keyboard.press('F1');
      if (await input.isVisible().catch(() => false)) break;
      await this.page.waitForTimeout(250);
    }
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: 20000 }).catch((e) => this.fail('palette', e));
    // A title can begin another's ("Record Decision", "Record Decision Outcome"): the row labelled
    // exactly it (the row's accessible name is the label, then ", " and its keybinding if any).
    const exact = this.page.locator(`.quick-input-list .monaco-list-row[aria-label=${JSON.stringify(title)}], .quick-input-list .monaco-list-row[aria-label^=${JSON.stringify(`${title}, `)}]`).first();
    const target = (await exact.count()) > 0 ? exact : row;
    await beforeRun?.();
    // Click the row that carries the title: Enter would run whichever row the palette ranks first.
    await target.click();
    this.lastCommandAt = Date.now();
  }

  /** Answers the open quick input (input box or pick) with `text` and Enter. */
  async answer(text: string, opts: { pick?: string } = {}): Promise<void> {
    const input = this.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible', timeout: 20000 }).catch((e) => this.fail('answer', e));
    const widget = this.page.locator('.quick-input-widget');
    const question = await widget.innerText();
    await input.fill(text);
    if (opts.pick) await this.page.locator('.quick-input-list .monaco-list-row', { hasText: opts.pick }).first().waitFor({ timeout: 20000 });
    await input.press('Enter');
    // Wait until this question has gone (hidden, or replaced by the next), so the next answer
    // cannot land in it.
    await this.page.waitForFunction(
      (q) => {
        const w = document.querySelector('.quick-input-widget') as HTMLElement | null;
        return !w || w.style.display === 'none' || w.offsetParent === null || !w.innerText.startsWith(q.slice(0, 40));
      },
      question,
      { timeout: 10000 },
    );
  }

  /** The title/prompt line of the open quick input, so a test knows which question is asked. */
  async waitForPrompt(text: string): Promise<void> {
    await this.page.locator('.quick-input-widget', { hasText: text }).waitFor({ state: 'visible', timeout: 20000 }).catch((e) => this.fail('prompt', e));
  }

  /** Keeps a screenshot of the moment a step failed (the tier keeps its folder after a failure). */
  private async fail(step: string, e: unknown): Promise<never> {
    await this.page.screenshot({ path: `.test-tmp/vscode-${step}-failure-${Date.now()}.png` }).catch(() => {});
    throw e;
  }

  /**
   * "Roundtable: Start Round" from the palette, answering its questions as a user would.
   * `participants` is asked only when no meeting runs yet.
   */
  async startRound(o: { participants?: string; kind: string; topic?: string; slotSeconds: number; order?: string }): Promise<void> {
    await this.palette('Roundtable: Start Round');
    // Each answer waits for its own question: the quick input is one widget reused by every
    // prompt, so typing before the next question shows would answer the previous one again.
    if (o.participants !== undefined) {
      await this.waitForPrompt('Participants, separated by commas');
      await this.answer(o.participants);
    }
    await this.waitForPrompt('kind of round');
    await this.answer(o.kind, { pick: o.kind });
    await this.waitForPrompt('Topic of the round');
    await this.answer(o.topic ?? '');
    await this.waitForPrompt('A time box per person');
    await this.answer('per person', { pick: 'per person' });
    await this.waitForPrompt('in seconds');
    await this.answer(String(o.slotSeconds));
    const order = o.order ?? 'As entered';
    await this.waitForPrompt('speaking order');
    await this.answer(order, { pick: order });
  }

  /**
   * The Roundtable webview: the side bar's view when no summary panel is open (a panel is a second
   * match). By extension id only, not by `purpose=webviewView`: code-server 4.100 puts that
   * parameter in the view's iframe src only the first time. The view is not retained
   * (sidebar-view.ts: its page reloads and asks for the record), and after it was hidden (another
   * container) and shown again, time-up's workbench held one Roundtable iframe, no stale second
   * one, and its src had no `purpose` at all: with the filter, Next waited for a frame that no
   * longer matched (seen 10:13 UTC 2026-12-02 by dumping every iframe's src). A test selector
   * matter, not the product's: the re-shown view is live and current.
   */
  sidebar(): FrameLocator {
    return this.page.frameLocator(`iframe.webview[src*="extensionId=${EXTENSION_ID}"]`).frameLocator('iframe#active-frame');
  }

  /**
   * The view in the side bar only (purpose=webviewView), for a test that also has a summary panel
   * open in an editor. Only until the view is first hidden: its re-created iframe has no
   * `purpose` (see sidebar()), so this then finds nothing.
   */
  sidebarView(): FrameLocator {
    return this.page.frameLocator(`iframe.webview[src*="extensionId=${EXTENSION_ID}"][src*="purpose=webviewView"]`).frameLocator('iframe#active-frame');
  }

  /**
   * The summary panel's own document: the webview frame whose body says data-view="summary"
   * (extension/src/webview-html.ts). Chosen by what the page is, not by frame order or the host
   * frame's address: the tier shares one user-data folder, so a workbench restores the Roundtable
   * view, whose frame may come after the panel's, and after a hide/show the view's address loses
   * its purpose=webviewView (see sidebar()).
   */
  async summaryPanel(timeout = 30000): Promise<Frame> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const ours = this.page.frames().filter((f) => f.url().includes('/pre/fake.html') && f.parentFrame()?.url().includes(`extensionId=${EXTENSION_ID}`));
      for (const f of ours) {
        const kind = await f.locator('body').getAttribute('data-view', { timeout: 1000 }).catch(() => null);
        if (kind === 'summary') return f;
      }
      if (Date.now() > deadline) throw new Error(`no Roundtable summary panel within ${timeout} ms (${ours.length} Roundtable webviews open)`);
      await this.page.waitForTimeout(250);
    }
  }

  /** The extension's one status-bar item; its accessible label starts with "Roundtable". */
  statusItem() {
    return this.page.locator('.part.statusbar .statusbar-item a[aria-label^="Roundtable"], .part.statusbar .statusbar-item[aria-label^="Roundtable"]').first();
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** What `withWorkbench().open()` gives a test: the tier's harness, its fresh workspace folder, the workbench on it. */
export interface OpenWorkbench {
  h: Harness;
  folder: string;
  wb: Workbench;
}

/**
 * The frame of a code-server test. Call it in describe(); a test then opens a fresh workspace
 * folder of the tier's one code-server in a workbench with `open(name)`. The workbench still open
 * is closed and the `cleanup`s run (newest first) after each test, also one that failed or timed
 * out; with `scope: 'suite'`, after the suite's last test, for tests that go on in the workbench
 * the previous test left (`wb`).
 */
export function withWorkbench(options: { scope?: 'test' | 'suite' } = {}) {
  let current: Workbench | undefined;
  const cleanups: (() => unknown)[] = [];
  const close = async () => {
    const wb = current;
    current = undefined;
    await wb?.close();
  };
  (options.scope === 'suite' ? after : afterEach)(async () => {
    await close();
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const reopen = async (folder: string, load: ExtensionLoad = {}): Promise<Workbench> => {
    await close();
    const h = await harness();
    current = await Workbench.open(h.browser, workbenchUrl(h.server, folder, load));
    return current;
  };
  return {
    /** The workbench open now (a suite-scoped test's predecessor left it). */
    get wb(): Workbench {
      if (!current) throw new Error('no workbench is open: an earlier test did not open one, or it failed before');
      return current;
    },
    /**
     * A fresh workspace folder `name`, with what `prepare` writes into it (before any window sees
     * it), opened in a new workbench that loads the extension as `load` says.
     */
    async open(name: string, { prepare, ...load }: ExtensionLoad & { prepare?: (folder: string, h: Harness) => void } = {}): Promise<OpenWorkbench> {
      const h = await harness();
      const folder = h.workspace(name);
      prepare?.(folder, h);
      return { h, folder, wb: await reopen(folder, load) };
    },
    /** `folder` in a new workbench, the open one closed first: the window opened again after a restart. */
    reopen,
    /** Closes the open workbench now (before code-server stops under it). */
    close,
    /** Runs `fn` once the workbench is closed: a user setting restored, an extension uninstalled. */
    cleanup(fn: () => unknown): void {
      cleanups.push(fn);
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations in a webview's own document. axe is evaluated through the debugging
 * protocol, which the webview's CSP does not govern; the page itself still loads nothing but its nonce'd script.
 */
export async function axeViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(axeSource);
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
