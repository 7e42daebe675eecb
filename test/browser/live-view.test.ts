/**
 * Issue 12 in real Chromium, side panel at 400×700: everything a facilitator needs mid-round is
 * in view without scrolling; a keyboard-only round with focus checked after every step; the
 * sequence of live-region texts over a scripted round; axe in light and dark; the toolbar
 * badge during and after a time box. Screenshots go to .test-tmp/screens/ (paths printed).
 */
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, launch, ROOT, type Launched } from './harness';

const SCREENS = path.join(ROOT, '.test-tmp', 'screens');
const EIGHT = 'Ada, Bashir, Chen, Dolores, Emeka, Farah, Goran, Hana';

/** The focused element, as a short description for assertions. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}${el.dataset.action ? `[${el.dataset.action}]` : ''}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}`;
  });

/** Starts recording every text the polite live region speaks. */
const recordLiveRegion = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { said: string[] };
    w.said = [];
    const region = document.querySelector('.rt-live [role="status"][aria-live="polite"]')!;
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text) w.said.push(text);
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
const said = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said.slice());

const badge = (page: Page) =>
  page.evaluate(async () => {
    const action = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]>; getTitle(d: object): Promise<string> } } }).chrome.action;
    return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}), title: await action.getTitle({}) };
  });

async function startByHand(panel: Page, names: string) {
  await panel.getByLabel('Participants (comma-separated)').fill(names);
  await panel.keyboard.press('Enter');
  await panel.waitForSelector('main[data-live="yes"] .rt-talk-row');
}

async function roundOptions(panel: Page, seconds: number) {
  const options = panel.locator('details[data-disclosure="panel.roundOptions"]');
  if ((await options.getAttribute('open')) === null) await options.locator('summary').click();
  await panel.getByRole('combobox', { name: /^Order/ }).selectOption({ label: 'As listed' });
  await panel.getByLabel('Seconds each').fill(String(seconds));
}

/** Ends the live meeting, if any, so the next test starts from an empty panel. */
async function endLiveMeeting(b: Launched) {
  const panel = await b.page('sidepanel.html');
  await panel.waitForTimeout(800);
  if (await panel.locator('main[data-live="yes"]').count()) {
    const more = panel.locator('details[data-disclosure="panel.meeting"]');
    if ((await more.getAttribute('open')) === null) await more.locator('summary').click();
    await panel.getByRole('button', { name: 'End meeting' }).click();
    await panel.waitForSelector('main[data-live="no"] form');
  }
  await panel.close();
}

describe('the live view at a glance (issue 12, real Chromium)', function () {
  let b: Launched;
  before(async () => {
    mkdirSync(SCREENS, { recursive: true });
    b = await launch();
    // The summary page opens by itself at each end; these tests do not need it.
    await (await b.page('sidepanel.html')).evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ 'roundtable.settings': { openSummaryAfterCall: false } }),
    );
  });
  afterEach(async () => {
    await endLiveMeeting(b);
  });
  after(async () => {
    await b?.close();
  });

  it('fits a round into 400×700: timer, turn, talker, Next/Pass/Extend, the not-heard strip and 8 talk rows in view', async () => {
    const panel = await b.page('sidepanel.html');
    await panel.setViewportSize({ width: 400, height: 700 });
    await startByHand(panel, EIGHT);
    const idleHeight = await panel.evaluate(() => document.documentElement.scrollHeight);
    await roundOptions(panel, 60);
    await panel.locator('details[data-disclosure="panel.roundOptions"] > summary').click();
    await panel.keyboard.press('1');
    await panel.waitForTimeout(1200);
    await panel.keyboard.press('0');
    await panel.getByRole('button', { name: 'Start round' }).click();
    await panel.waitForSelector('.rt-live[data-round="yes"] .rt-countdown-speaker');
    // Cross-talk: Ada has the turn, Bashir (marked) is talking.
    await panel.keyboard.press('2');
    await panel.waitForSelector('.rt-countdown-talking[data-cross-talk]');
    assert.equal(await panel.locator('.rt-countdown-speaker').textContent(), 'Turn: Ada');
    assert.equal(await panel.locator('.rt-countdown-talking').textContent(), ' Talking: Bashir, during the turn');
    assert.match((await panel.locator('.rt-not-heard').textContent())!, /Not heard yet: Chen, Dolores, Emeka, Farah, Goran, Hana/);

    // Each: inside the viewport with a height (anonymous callbacks only: this code runs in the page).
    const within = (selector: string) =>
      panel.$$eval(selector, (els) => els.map((el) => ((r) => r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && r.height > 0)(el.getBoundingClientRect())));
    const inView = {
      timer: (await within('.rt-countdown-digits'))[0],
      turn: (await within('.rt-countdown-speaker'))[0],
      talker: (await within('.rt-countdown-talking'))[0],
      next: (await within('.rt-controls [data-action="next"]'))[0],
      pass: (await within('.rt-controls [data-action="pass"]'))[0],
      extend: (await within('.rt-controls [data-action="extend"]'))[0],
      notHeard: (await within('.rt-not-heard'))[0],
      rows: await within('.rt-talk-row'),
      scrollY: await panel.evaluate(() => scrollY),
    };
    assert.equal(inView.scrollY, 0);
    for (const k of ['timer', 'turn', 'talker', 'next', 'pass', 'extend', 'notHeard'] as const) assert.equal(inView[k], true, `${k} inside the 400×700 viewport`);
    assert.equal(inView.rows.length, 8);
    assert.deepEqual(inView.rows, Array(8).fill(true), '8 talk rows inside the viewport');
    // The strip is one line, however many names it holds.
    const strip = await panel.locator('.rt-not-heard').evaluate((el) => [el.getBoundingClientRect().height, parseFloat(getComputedStyle(el).lineHeight)]);
    assert.ok(strip[0]! < 2 * strip[1]!, `one line: ${strip}`);
    const roundHeight = await panel.evaluate(() => document.documentElement.scrollHeight);
    const shot = path.join(SCREENS, 'sidepanel-400x700-round.png');
    await panel.screenshot({ path: shot });
    console.log(`      screenshot: ${shot}; page height idle ${idleHeight} px, during the round ${roundHeight} px (viewport 700)`);
    await panel.close();
  });

  it('runs a round by keyboard alone, with focus on a sensible control after every step', async () => {
    const panel = await b.page('sidepanel.html');
    await panel.setViewportSize({ width: 400, height: 700 });
    // Tab from the top of the page to the names field.
    for (let i = 0; i < 12 && (await panel.evaluate(() => document.activeElement?.id)) !== 'wx-manual-names'; i++) await panel.keyboard.press('Tab');
    assert.equal(await panel.evaluate(() => document.activeElement?.id), 'wx-manual-names');
    await panel.keyboard.type('Ama, Bea, Cyd');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('main[data-live="yes"]');
    // The manual start form unmounted: focus goes to the next action, not <body>.
    await panel.waitForFunction(() => document.activeElement?.matches('.wx-round-form button[type="submit"]'));
    assert.equal(await focused(panel), 'button:Start round');

    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.rt-live[data-round="yes"]');
    await panel.waitForFunction(() => document.activeElement?.getAttribute('data-action') === 'next');
    assert.equal(await focused(panel), 'button[next]:Next speaker');

    // Keys inside the panel, announced with aria-keyshortcuts.
    assert.match((await panel.locator('.rt-controls [data-action="extend"]').getAttribute('aria-keyshortcuts'))!, /^E( |$)/);
    await panel.keyboard.press('e');
    await panel.waitForFunction(() => /1 min 30 s/.test(document.querySelector('.rt-countdown-detail')?.textContent ?? ''));
    assert.equal(await focused(panel), 'button[next]:Next speaker', 'E leaves focus where it was');
    const turn = () => panel.locator('.rt-countdown-speaker').textContent();
    const first = await turn();
    await panel.keyboard.press('p');
    await panel.waitForFunction((was) => document.querySelector('.rt-countdown-speaker')?.textContent !== was, first);
    assert.equal(await focused(panel), 'button[next]:Next speaker');
    const second = await turn();
    await panel.keyboard.press('Enter'); // Next speaker, pressed as a button
    await panel.waitForFunction((was) => document.querySelector('.rt-countdown-speaker')?.textContent !== was, second);
    assert.equal(await focused(panel), 'button[next]:Next speaker');
    await panel.keyboard.press('n'); // the last Next ends the round: the controls unmount
    await panel.waitForSelector('.rt-live[data-round="no"]');
    await panel.waitForFunction(() => document.activeElement?.matches('.wx-round-form button[type="submit"]'));
    assert.equal(await focused(panel), 'button:Start round');

    // End round by keyboard: Tab to it from Next, Enter; focus comes back to Start round.
    await panel.keyboard.press('Enter');
    await panel.waitForFunction(() => document.activeElement?.getAttribute('data-action') === 'next');
    for (let i = 0; i < 6 && (await panel.evaluate(() => document.activeElement?.getAttribute('data-action'))) !== 'end'; i++) await panel.keyboard.press('Tab');
    assert.equal(await focused(panel), 'button[end]:End round');
    await panel.keyboard.press('Enter');
    await panel.waitForFunction(() => document.activeElement?.matches('.wx-round-form button[type="submit"]'));
    assert.equal(await focused(panel), 'button:Start round');
    await panel.close();
  });

  it('announces a scripted round in order: start and turn, time up, extension, hand, round end; the badge counts down, turns red, and clears', async () => {
    const panel = await b.page('sidepanel.html');
    await panel.setViewportSize({ width: 400, height: 700 });
    await startByHand(panel, 'Ama, Bea, Cyd');
    await roundOptions(panel, 4);
    await recordLiveRegion(panel);
    await panel.getByRole('button', { name: 'Start round' }).click();
    await panel.waitForSelector('.rt-live[data-round="yes"]');
    await panel.waitForFunction(() => /^\d:\d\d$/.test(document.querySelector('.rt-countdown-digits')?.textContent ?? ''));
    const during = await badge(panel);
    assert.match(during.text, /^0:0[1-4]$/, `badge during the box: ${during.text}`);
    assert.match(during.title, /^Roundtable: Ama, 0:0\d left$/);
    // A 4 s box: no "15 seconds left" (it would fall inside the turn's first 5 s), then time up.
    await panel.waitForFunction(() => document.querySelector('.rt-countdown')?.getAttribute('data-state') === 'overtime', null, { timeout: 10_000 });
    await panel.waitForFunction(async () => {
      const a = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action;
      return (await a.getBadgeText({})).startsWith('+');
    });
    const over = await badge(panel);
    assert.match(over.text, /^\+\d+$/, 'over time: the text changes');
    assert.deepEqual(over.color.slice(0, 3), [0xb3, 0x26, 0x1e], 'and the colour');
    assert.match(over.title, /^Roundtable: time is up for Ama/);
    // Extend with its key, raise a hand, end the round.
    await panel.keyboard.press('e');
    await panel.waitForFunction(() => document.querySelector('.rt-countdown')?.getAttribute('data-state') !== 'overtime');
    await panel.locator('details[data-disclosure="panel.people"] > summary').click();
    await panel.getByRole('combobox', { name: /^Raise a hand for/ }).selectOption({ label: 'Cyd' });
    await panel.getByRole('button', { name: 'Raise hand' }).click();
    await panel.waitForSelector('.rt-hands-strip');
    await panel.locator('.rt-controls [data-action="end"]').click();
    await panel.waitForSelector('.rt-live[data-round="no"]');
    await panel.waitForFunction(() => (window as unknown as { said: string[] }).said.some((s) => s.includes('Round ended')));
    const texts = await said(panel);
    const expected = [/^Round started: Go-around\. Turn: Ama, 4 seconds\.$/, /^Time is up for Ama\.$/, /^Extended by 30 seconds; (2\d|30) seconds left\.$/, /^Cyd raised a hand\.$/, /^Round ended\.$/];
    assert.equal(texts.length, expected.length, `live region said: ${JSON.stringify(texts)}`);
    texts.forEach((t, i) => assert.match(t, expected[i]!, `live region said: ${JSON.stringify(texts)}`));
    // After the box the badge is empty again.
    await panel.waitForFunction(async () => (await (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({})) === '');
    assert.equal((await badge(panel)).title, 'Roundtable');
    await panel.close();
  });

  it('opened mid-round: the shell renders first, then the whole live view at once, quiet, with its keys and announcements working', async () => {
    const first = await b.page('sidepanel.html');
    await startByHand(first, 'Ama, Bea, Cyd');
    await roundOptions(first, 60);
    await first.getByRole('button', { name: 'Start round' }).click();
    await first.waitForSelector('.rt-live[data-round="yes"] .rt-countdown-speaker');
    await first.close();

    // From the page's start: when the shell and the live view first appear, what the live view
    // held then, and every text its live region says (a string: tsx would wrap a function).
    const panel = await b.context.newPage();
    await panel.addInitScript(`(() => {
      const seen = (window.__opening = { said: [] });
      const observer = new MutationObserver(() => {
        if (seen.shell === undefined && document.querySelector('main.wx-panel')) seen.shell = performance.now();
        const live = document.querySelector('.rt-live');
        if (seen.live !== undefined || !live) return;
        seen.live = performance.now();
        seen.rows = live.querySelectorAll('.rt-talk-row').length;
        seen.next = !!live.querySelector('.rt-controls [data-action="next"]');
        const region = live.querySelector('[role="status"][aria-live="polite"]');
        seen.regionAtStart = region ? region.textContent : null;
        if (region) new MutationObserver(() => region.textContent && seen.said.push(region.textContent)).observe(region, { childList: true, subtree: true, characterData: true });
      });
      observer.observe(document, { childList: true, subtree: true });
    })();`);
    await panel.setViewportSize({ width: 400, height: 700 });
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.waitForSelector('.rt-live[data-round="yes"]');
    await panel.waitForTimeout(1500);
    type Opening = { shell: number; live: number; rows: number; next: boolean; regionAtStart: string | null; said: string[] };
    const opening = () => panel.evaluate(() => (window as unknown as { __opening: Opening }).__opening);
    const seen = await opening();
    assert.ok(seen.shell < seen.live, `the shell first (${seen.shell.toFixed(0)} ms), then the live view (${seen.live.toFixed(0)} ms)`);
    assert.equal(seen.rows, 3, 'the live view came with its talk rows');
    assert.ok(seen.next, 'and its round controls');
    assert.equal(seen.regionAtStart, '', 'its live region was there, empty, before any message');
    assert.deepEqual(seen.said, [], 'opening mid-round announces nothing');
    assert.equal(await focused(panel), 'body', 'nothing took focus');
    // The panel's keys work at once, and the region speaks the next milestone.
    await panel.keyboard.press('p');
    await panel.waitForFunction(() => /Bea/.test(document.querySelector('.rt-countdown-speaker')?.textContent ?? ''));
    await panel.waitForFunction(() => (window as unknown as { __opening: Opening }).__opening.said.length > 0);
    assert.match((await opening()).said[0]!, /Bea/);
    await panel.close();
  });

  it('keeps the badge counting with the side panel closed: the worker drives it, and an alarm wakes a stopped worker', async () => {
    const panel = await b.page('sidepanel.html');
    await startByHand(panel, 'Ama, Bea');
    await roundOptions(panel, 6);
    await panel.getByRole('button', { name: 'Start round' }).click();
    await panel.waitForSelector('.rt-live[data-round="yes"]');
    await panel.close();
    const fromWorker = async () =>
      (await b.worker()).evaluate(async () => {
        const action = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]>; getTitle(d: object): Promise<string> } } }).chrome.action;
        return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}), title: await action.getTitle({}) };
      });
    const seconds = (text: string) => Number(/^0:(\d\d)$/.exec(text)?.[1] ?? NaN);
    const first = await fromWorker();
    assert.match(first.text, /^0:0[1-6]$/, `no panel open, the box runs: ${first.text}`);
    const counted: string[] = [first.text];
    const until = async (done: (text: string) => boolean, ms: number) => {
      for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) {
        const { text } = await fromWorker();
        if (counted.at(-1) !== text) counted.push(text);
        if (done(text)) return;
      }
      assert.fail(`badge texts seen: ${JSON.stringify(counted)}`);
    };
    await until((text) => seconds(text) < seconds(first.text), 4_000);
    await until((text) => text.startsWith('+'), 10_000);
    const over = await fromWorker();
    assert.deepEqual(over.color.slice(0, 3), [0xb3, 0x26, 0x1e], 'over time: red');
    assert.match(over.title, /^Roundtable: time is up for Ama/);
    // The browser stops the idle worker (as MV3 does): the badge freezes until the alarm (every 30 s) wakes a new worker, which counts on.
    // Nothing else wakes it here (no panel, no call page); the debugging protocol reports when a worker runs again.
    const frozen = (await fromWorker()).text;
    const blank = await b.context.newPage();
    const cdp = await b.context.newCDPSession(blank);
    await cdp.send('ServiceWorker.enable');
    let stopped = false;
    let woke = 0;
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string }[] }) => {
      for (const v of e.versions) {
        if (v.runningStatus === 'stopped') stopped = true;
        if (v.runningStatus === 'running' && stopped && !woke) woke = Date.now();
      }
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    const stoppedAt = Date.now();
    for (const end = Date.now() + 45_000; !woke && Date.now() < end; ) await new Promise((r) => setTimeout(r, 250));
    assert.ok(stopped && woke, `the stopped worker ${stopped ? 'was not woken within 45 s' : 'never reported stopping'}`);
    const wokeAfter = woke - stoppedAt;
    // Read the badge from an extension page opened only now (the woken worker has had a moment to refresh it).
    await new Promise((r) => setTimeout(r, 2000));
    await blank.goto(`chrome-extension://${b.extensionId}/popup.html`);
    const after = (await badge(blank)).text;
    await blank.close();
    assert.match(after, /^\+\d+$/, `the woken worker shows the overtime: ${after}`);
    assert.ok(Number(after.slice(1)) > Number(frozen.slice(1)), `and counts on from ${frozen}: ${after}`);
    console.log(`      badge with the panel closed: ${JSON.stringify(counted)}; after the worker stopped, the alarm woke a new one after ${(wokeAfter / 1000).toFixed(1)} s (${frozen} -> ${after})`);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations during a round in the ${scheme} colour scheme`, async () => {
      const panel = await b.page('sidepanel.html');
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.setViewportSize({ width: 400, height: 700 });
      await startByHand(panel, EIGHT);
      await panel.keyboard.press('3');
      await panel.getByRole('button', { name: 'Start round' }).click();
      await panel.waitForSelector('.rt-countdown-talking[data-cross-talk]');
      const shot = path.join(SCREENS, `sidepanel-400x700-round-${scheme}.png`);
      await panel.screenshot({ path: shot });
      console.log(`      screenshot: ${shot}`);
      const v = await axeViolations(panel);
      assert.deepEqual(v, [], describeViolations(v));
      await panel.locator('.rt-controls [data-action="end"]').click();
      await panel.close();
    });
  }
});
