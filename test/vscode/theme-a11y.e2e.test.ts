/**
 * The sidebar in the real workbench, in the three themes issue 12 names (High Contrast, Light
 * Modern, Dark Modern): the webview takes VS Code's theme (class and --vscode-* colours, no
 * colours of its own), and axe-core finds no violations in the live view in any of them. Then
 * the same round in a 300 px wide sidebar: nothing overflows or is clipped sideways, and the
 * timer, the turn, the talker, Next/Pass/Extend, the not-heard strip and 8 talk rows are in view
 * without scrolling. The browser link's line (issue 14) is on screen for both.
 * axe is evaluated through the debugging protocol, which the webview's CSP does not govern; the
 * page itself still loads nothing but its nonce'd script.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { axeViolations, withWorkbench, type Workbench } from './workbench.ts';

const EIGHT = 'Ada, Bashir, Chen, Dolores, Emeka, Farah, Goran, Hana';
const SCREENS = path.resolve('.test-tmp', 'screens');

/** The view's document: the inner frame (pre/fake.html) of the webview host frame that names our extension. */
function viewFrame(wb: Workbench): Frame {
  const frame = wb.page.frames().find((f) => f.url().includes('/pre/fake.html') && f.parentFrame()?.url().includes('extensionId=roundtable.roundtable'));
  assert.ok(frame, `the sidebar frame was not found among ${wb.page.frames().map((f) => f.url()).join(', ')}`);
  return frame;
}


interface Layout {
  W: number;
  H: number;
  scrollWidth: number;
  scrollHeight: number;
  scrollY: number;
  controls: number;
  outside: string[];
  clipped: string[];
  timer: boolean[];
  turn: boolean[];
  talker: boolean[];
  next: boolean[];
  pass: boolean[];
  extend: boolean[];
  notHeard: boolean[];
  rows: boolean[];
}
// Runs in the view's page. A string, so the test runner's transform adds no helper the page lacks.
const LAYOUT = `(() => {
  const W = innerWidth, H = innerHeight;
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const label = (el) => el.tagName.toLowerCase() + (el.getAttribute('data-action') ? '[' + el.getAttribute('data-action') + ']' : '') + ' "' + (el.textContent || '').trim().slice(0, 30) + '"';
  const controls = [...document.querySelectorAll('button, select, input, summary, a[href], [role="button"]')].filter(visible);
  // Sideways: every control inside the view, and none whose own content is cut off.
  const outside = controls.filter((el) => { const r = el.getBoundingClientRect(); return r.left < -0.5 || r.right > W + 0.5; }).map(label);
  const clipped = controls.filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible').map(label);
  const inView = (sel) => [...document.querySelectorAll(sel)].map((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= H && r.left >= 0 && r.right <= W && r.height > 0; });
  return {
    W, H, scrollWidth: document.documentElement.scrollWidth, scrollHeight: document.documentElement.scrollHeight, scrollY,
    controls: controls.length, outside, clipped,
    timer: inView('.rt-countdown-digits'), turn: inView('.rt-countdown-speaker'), talker: inView('.rt-countdown-talking'),
    next: inView('.rt-controls [data-action="next"]'), pass: inView('.rt-controls [data-action="pass"]'), extend: inView('.rt-controls [data-action="extend"]'),
    notHeard: inView('.rt-not-heard'), rows: inView('.rt-talk-row'),
  };
})()`;

describe('the sidebar in three themes and 300 px wide (code-server UI)', function () {
  this.timeout(360000);
  // The second test goes on in the round the first one left.
  const workbench = withWorkbench({ scope: 'suite' });

  it('follows High Contrast, Light Modern and Dark Modern, with no axe violations in any while a round runs', async () => {
    const { wb } = await workbench.open('themes', { prepare: (_folder, h) => workbench.cleanup(h.userSettings({ 'workbench.colorTheme': 'Default High Contrast' })) });
    await wb.startRound({ participants: EIGHT, kind: 'Go-around', topic: 'Contrast', slotSeconds: 90 });
    await wb.page.locator('.part.statusbar [aria-label^="Roundtable: Ada, "]').first().waitFor({ timeout: 20000 });
    await wb.statusItem().click();
    const view = wb.sidebar();
    await view.locator('.rt-countdown-speaker', { hasText: 'Ada' }).waitFor({ timeout: 30000 });
    // Bashir talks during Ada's turn (Ctrl+Alt+R 2 marks the second person): the talker, the
    // not-heard strip and the talk rows all show, so axe sees every part of the round.
    await wb.page.locator('.monaco-workbench .part.editor').click({ position: { x: 200, y: 200 } });
    await wb.page.keyboard.press('Control+Alt+R');
    await wb.page.keyboard.press('2');
    await view.locator('.rt-countdown-talking', { hasText: 'Bashir' }).waitFor({ timeout: 20000 });
    // A link waiting for its code (issue 14): the sidebar says so in words.
    await wb.palette('Roundtable: Link Browser Call');
    const link = view.locator('.rt-link[data-link="waiting"]');
    await link.waitFor({ timeout: 20000 });
    assert.match(await link.innerText(), /^Browser link: waiting for the code [A-Z0-9]{5}-[A-Z0-9]{5} in the browser$/);
    assert.equal(await link.getAttribute('role'), 'status');

    const themes = [
      { setting: 'Default High Contrast', label: null, bodyClass: 'vscode-high-contrast' },
      { setting: 'Default Light Modern', label: 'Light Modern', bodyClass: 'vscode-light' },
      { setting: 'Default Dark Modern', label: 'Dark Modern', bodyClass: 'vscode-dark' },
    ];
    const found: Record<string, string[]> = {};
    for (const theme of themes) {
      // As a user switches: Preferences: Color Theme, then the theme's name (the webview follows live).
      if (theme.label) {
        await wb.palette('Preferences: Color Theme');
        await wb.answer(theme.label, { pick: theme.label });
      }
      await view.locator(`body.${theme.bodyClass}`).waitFor({ timeout: 30000 });
      const colours = await view.locator('body').evaluate((body) => {
        const css = getComputedStyle(body);
        const button = body.querySelector('button.rt-button') as HTMLElement;
        return { themeFg: css.getPropertyValue('--vscode-foreground').trim(), border: getComputedStyle(button).borderTopStyle };
      });
      assert.ok(colours.themeFg, `${theme.setting}: the webview received the theme variables`);
      // High contrast draws every control's edge with the theme's contrast border.
      if (theme.bodyClass === 'vscode-high-contrast') assert.equal(colours.border, 'solid');
      const frame = viewFrame(wb);
      assert.equal(await frame.locator('.rt-countdown-digits').count(), 1, 'axe runs on the live view, not an empty frame');
      assert.equal(await frame.locator('.rt-not-heard').count(), 1);
      found[theme.setting] = await axeViolations(frame);
    }
    assert.deepEqual(found, { 'Default High Contrast': [], 'Default Light Modern': [], 'Default Dark Modern': [] });
  });

  it('fits a round into a 300 px sidebar: nothing overflows or is clipped, the round is in view without scrolling', async () => {
    const wb = workbench.wb; // the previous test's round
    const page = wb.page;
    // Drag the sash on the sidebar's right edge until the sidebar is 300 px wide.
    const side = (await page.locator('.part.sidebar').boundingBox())!;
    const y = side.y + side.height / 2;
    await page.mouse.move(side.x + side.width - 1, y);
    await page.mouse.down();
    await page.mouse.move(side.x + 300 - 1 + 20, y, { steps: 5 });
    await page.mouse.move(side.x + 300 - 1, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => Math.round(document.querySelector('.part.sidebar')!.getBoundingClientRect().width) === 300, undefined, { timeout: 10000 });
    const frame = viewFrame(wb);
    await frame.waitForFunction(() => innerWidth <= 300, undefined, { timeout: 10000 });
    await frame.locator('.rt-countdown-talking').waitFor();

    const layout = (await frame.evaluate(LAYOUT)) as Layout;
    mkdirSync(SCREENS, { recursive: true });
    const shot = path.join(SCREENS, 'vscode-sidebar-300.png');
    await page.locator('.part.sidebar').screenshot({ path: shot });
    console.log(`      screenshot: ${shot}; view ${layout.W}×${layout.H} px, content ${layout.scrollWidth}×${layout.scrollHeight} px, ${layout.controls} controls checked`);
    assert.ok(layout.W <= 300 && layout.W >= 260, `the view is the 300 px sidebar's width: ${layout.W}`);
    assert.ok(layout.scrollWidth <= layout.W, `no horizontal overflow: content ${layout.scrollWidth} px in ${layout.W} px`);
    assert.deepEqual(layout.outside, [], 'controls outside the view sideways');
    assert.deepEqual(layout.clipped, [], 'controls whose content is cut off');
    assert.equal(layout.scrollY, 0);
    for (const k of ['timer', 'turn', 'talker', 'next', 'pass', 'extend', 'notHeard'] as const) assert.deepEqual(layout[k], [true], `${k} inside the 300 px sidebar's viewport`);
    assert.deepEqual(layout.rows, Array(8).fill(true), '8 talk rows inside the viewport');
  });
});
