/**
 * The sidebar in a high-contrast theme, in the real workbench: the webview takes VS Code's
 * theme (class and --vscode-* colours, no colours of its own), and axe-core finds no
 * violations in the live view. axe is evaluated through the debugging protocol, which the
 * webview's CSP does not govern; the page itself still loads nothing but its nonce'd script.
 */
import assert from 'node:assert/strict';
import { harness } from './harness.ts';
import { axeViolations, Workbench, workbenchUrl } from './workbench.ts';


describe('the sidebar in a high-contrast theme (code-server UI)', function () {
  this.timeout(240000);
  let wb: Workbench | undefined;
  let restore: (() => void) | undefined;
  after(async () => {
    await wb?.close();
    restore?.();
  });

  it('follows the theme and has no axe violations while a round runs', async () => {
    const h = await harness();
    restore = h.userSettings({ 'workbench.colorTheme': 'Default High Contrast' });
    const folder = h.workspace('high-contrast');
    wb = await Workbench.open(h.browser, workbenchUrl(h.server, folder));
    await wb.startRound({ participants: 'Rae, Sol, Tam', kind: 'Go-around', topic: 'Contrast', slotSeconds: 90 });
    await wb.page.locator('.part.statusbar [aria-label^="Roundtable: Rae, "]').first().waitFor({ timeout: 20000 });
    await wb.statusItem().click();
    const view = wb.sidebar();
    await view.locator('.rt-countdown-speaker', { hasText: 'Rae' }).waitFor({ timeout: 30000 });
    await view.locator('body.vscode-high-contrast').waitFor({ timeout: 10000 });

    // The colours are the theme's: the foreground is VS Code's, the buttons carry the contrast border.
    const colours = await view.locator('body').evaluate((body) => {
      const css = getComputedStyle(body);
      const button = body.querySelector('button.rt-button') as HTMLElement;
      return {
        fg: css.color,
        themeFg: css.getPropertyValue('--vscode-foreground').trim(),
        border: getComputedStyle(button).borderTopStyle,
      };
    });
    assert.ok(colours.themeFg, 'the webview received the theme variables');
    assert.equal(colours.border, 'solid');

    // axe-core in the webview's own document.
    // The view's document is the inner frame (pre/fake.html) of the webview host frame that names our extension.
    const frame = wb.page.frames().find((f) => f.url().includes('/pre/fake.html') && f.parentFrame()?.url().includes('extensionId=roundtable.roundtable'));
    assert.ok(frame, `the sidebar frame was not found among ${wb.page.frames().map((f) => f.url()).join(', ')}`);
    assert.equal(await frame.locator('.rt-countdown-digits').count(), 1, 'axe runs on the live view, not an empty frame');
    const result = await axeViolations(frame);
    assert.deepEqual(result, []);
  });
});
