/**
 * Hands that follow the floor in VS Code's sidebar (issue 11), in the real workbench: hands
 * raised and a speaker marked from the palette, the hand lowering itself and the live region
 * saying why, Lower all hands from the keyboard in the sidebar, the switch from the palette
 * reflected in the sidebar's checkbox, and axe-core clean with the new controls on screen.
 */
import assert from 'node:assert/strict';
import { axeViolations, withWorkbench } from './workbench.ts';

describe('hands that follow the floor in the sidebar (code-server UI)', function () {
  this.timeout(240000);
  const workbench = withWorkbench();

  it('lowers a hand when its owner speaks, says why, lowers all from the keyboard, and shows the switch', async () => {
    const { wb } = await workbench.open('hands');
    await wb.startRound({ participants: 'Rae, Sol, Tam', kind: 'Go-around', topic: 'Hands', slotSeconds: 90 });
    await wb.statusItem().waitFor({ timeout: 20000 });
    await wb.statusItem().click();
    const view = wb.sidebar();
    await view.locator('.rt-countdown-speaker', { hasText: 'Rae' }).waitFor({ timeout: 30000 });
    const heard = view.locator('[role=status][aria-live=polite]');

    for (const name of ['Sol', 'Tam']) {
      await wb.palette('Roundtable: Raise Hand');
      await wb.answer(name, { pick: name });
    }
    await view.locator('.rt-hands-strip', { hasText: 'Tam' }).waitFor({ timeout: 20000 });
    await wb.palette('Roundtable: Mark Speaking');
    await wb.answer('Sol', { pick: 'Sol' });
    await heard.filter({ hasText: 'Sol took the floor: hand lowered.' }).waitFor({ timeout: 20000 });
    assert.equal(await view.locator('.rt-hands-strip').textContent(), 'Hands: Tam');

    // The new controls on screen for axe: Lower all hands and the open switch.
    const summary = view.locator('summary', { hasText: /^Hand options$/ }).first();
    if (!(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) await summary.click();
    const follow = view.getByRole('checkbox', { name: 'Lower a raised hand when its owner takes the floor' });
    assert.equal(await follow.isChecked(), true);
    const frame = wb.page.frames().find((f) => f.url().includes('/pre/fake.html') && f.parentFrame()?.url().includes('extensionId=roundtable.roundtable') && f.parentFrame()?.url().includes('purpose=webviewView'))
      ?? wb.page.frames().find((f) => f.url().includes('/pre/fake.html') && f.parentFrame()?.url().includes('extensionId=roundtable.roundtable'));
    assert.ok(frame, 'the sidebar frame');
    assert.deepEqual(await axeViolations(frame), []);

    const lowerAll = view.getByRole('button', { name: 'Lower all hands (1)' });
    await lowerAll.focus();
    await lowerAll.press('Enter');
    await heard.filter({ hasText: 'All hands lowered.' }).waitFor({ timeout: 20000 });
    await view.locator('.rt-hands-strip').waitFor({ state: 'detached', timeout: 20000 });

    await wb.palette('Roundtable: Hands Follow the Floor (on/off)');
    await wb.page.locator('.notifications-toasts', { hasText: 'Raised hands now stay up until lowered.' }).waitFor({ timeout: 20000 });
    await view.locator('.rt-hand-follow input:not(:checked)').waitFor({ timeout: 20000 });
    // And back on from the sidebar, by keyboard.
    await follow.focus();
    await follow.press('Space');
    await view.locator('.rt-hand-follow input:checked').waitFor({ timeout: 20000 });
  });
});
