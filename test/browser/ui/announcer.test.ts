// The live region in real Chromium: present (empty) from the first render, polite, and
// updated only at milestones while the live panel re-renders four times a second.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { pageSuite, show } from './harness';
import { liveState, round, timer } from '../../fakes/ui-props';

describe('shared/ui announcer in Chromium', function () {
  const suite = pageSuite();
  let page: Page;
  beforeEach(() => {
    page = suite.page();
  });

  const region = () => page.locator('[role=status][aria-live=polite]');
  /** Effects run after paint: wait (bounded) for the region to say `text`, then check it. */
  async function said(text: string) {
    await page
      .waitForFunction((want) => document.querySelector('[role=status][aria-live=polite]')?.textContent === want, text, { timeout: 2_000 })
      .catch(() => {});
    assert.equal(await region().textContent(), text);
  }

  it('renders one polite, atomic live region, empty at first', async () => {
    await show(page, 'live', liveState());
    assert.equal(await region().count(), 1);
    assert.equal(await region().getAttribute('aria-atomic'), 'true');
    assert.equal(await region().textContent(), '', 'opening the panel mid-round says nothing');
  });

  it('speaks at the warning mark (15 s left, where the dial says almost up) and at time up, not on the seconds between', async () => {
    // Record every text the region ever holds, as a screen reader would be told.
    await show(page, 'live', liveState({ timer: timer({ remainingMs: 40_000 }) }));
    await page.evaluate(() => {
      const el = document.querySelector('[role=status][aria-live=polite]')!;
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
      new MutationObserver(() => {
        const text = el.textContent ?? '';
        if (text) seen.push(text);
      }).observe(el, { childList: true, subtree: true, characterData: true });
    });
    for (let ms = 39_750; ms >= -2_000; ms -= 250) await show(page, 'live', liveState({ timer: timer({ remainingMs: ms }) }));
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    assert.deepEqual(seen, ['15 seconds left.', 'Time is up for Chen.']);
    await said('Time is up for Chen.');
  });

  it('with announcement() given later (the side panel loads it after the live view), says nothing before it and then the change from the first snapshot', async () => {
    await show(page, 'liveLate', { state: liveState(), ready: false });
    const next = round({
      order: round().order.map((o) => (o.pid === 'chen' ? { ...o, status: 'done' as const } : o.pid === 'dee' ? { ...o, status: 'current' as const } : o)),
      currentIndex: 3,
    });
    await show(page, 'liveLate', { state: liveState({ round: next, timer: timer({ remainingMs: 90_000 }) }), ready: false });
    await show(page, 'liveLate', { state: liveState({ round: next, timer: timer({ remainingMs: 89_000 }) }), ready: false });
    assert.equal(await region().textContent(), '', 'nothing said without it');
    await show(page, 'liveLate', { state: liveState({ round: next, timer: timer({ remainingMs: 88_000 }) }), ready: true });
    await said('Turn: Dee, 1 minute 30 seconds.');
  });

  it('announces a turn change with the new speaker and slot, and a pause', async () => {
    await show(page, 'live', liveState());
    const next = round({
      order: round().order.map((o) => (o.pid === 'chen' ? { ...o, status: 'done' as const } : o.pid === 'dee' ? { ...o, status: 'current' as const } : o)),
      currentIndex: 3,
    });
    await show(page, 'live', liveState({ round: next, timer: timer({ remainingMs: 90_000 }) }));
    await said('Turn: Dee, 1 minute 30 seconds.');
    await show(page, 'live', liveState({ round: next, timer: timer({ remainingMs: 90_000, paused: true }) }));
    await said('Round paused.');
  });
});
