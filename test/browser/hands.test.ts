/**
 * Hands that follow the floor in the side panel (issue 11), through the worker and the core in
 * real Chromium: a raised hand lowers itself when its owner takes the floor (marked speaking),
 * the live region says why, Lower all hands and the meeting's switch work from the keyboard,
 * the record carries each reason, a hostile name stays text, and axe finds nothing.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, heard, launch, meetingSnapshot, recordAnnouncements, unfold, type Launched } from './harness';
import { browserWithFixture, PLATFORM_URLS, play, scriptOrigin } from './fixtures';

const HOSTILE = '<img src=x onerror=alert(1)>Cyd';
const region = (panel: Page) => panel.locator('[role=status][aria-live=polite]');
const handsStrip = (panel: Page) => panel.locator('.rt-hands-strip');
type Ev = { type: string; pid?: string; reason?: string; on?: boolean };

async function record(panel: Page): Promise<Ev[]> {
  return (await meetingSnapshot(panel)).events as Ev[];
}


describe('hands that follow the floor, from the side panel in real Chromium', function () {
  let b: Launched;
  before(async () => {
    b = await launch();
  });
  after(async () => {
    await b?.close();
  });

  it('lowers a hand when its owner takes the floor, says so, lowers all, and obeys the switch (keyboard only)', async () => {
    const panel = await b.page('sidepanel.html');
    await panel.getByLabel('Participants (comma-separated)').fill(`Ama, Bea, ${HOSTILE}`);
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.rt-talk-mark');
    await recordAnnouncements(panel);

    await unfold(panel, 'People and raised hands');
    const who = panel.getByRole('combobox', { name: /^Raise a hand for/ });
    for (const name of ['Bea', HOSTILE]) {
      await who.selectOption({ label: name });
      await who.press('Tab');
      await panel.keyboard.press('Enter'); // the Raise button, reached from the keyboard
    }
    await panel.waitForFunction(() => document.querySelectorAll('.rt-hands-strip .rt-name').length === 2);
    assert.equal(await panel.locator('img').count(), 0, 'a hostile name stays text');

    // Bea is marked speaking (key 2): she holds the floor, so her hand goes down by itself.
    await panel.locator('h1').first().click();
    await panel.keyboard.press('2');
    await heard(panel, 'Bea took the floor: hand lowered.');
    await panel.waitForFunction(() => ![...document.querySelectorAll('.rt-hands-strip .rt-name')].some((n) => n.textContent === 'Bea'));
    const floor = (await record(panel)).filter((e) => e.type === 'hand.lowered');
    assert.deepEqual(floor.map((e) => [e.pid, e.reason]), [['p2', 'floor']]);

    // axe with the new controls on screen: the Lower all button and the open switch.
    await unfold(panel, 'Hand options');
    const v = await axeViolations(panel);
    assert.deepEqual(v, [], describeViolations(v));

    const lowerAll = panel.getByRole('button', { name: 'Lower all hands (1)' });
    await lowerAll.focus();
    await panel.keyboard.press('Enter');
    await heard(panel, 'All hands lowered.');
    await handsStrip(panel).waitFor({ state: 'detached' });
    assert.equal(await panel.getByRole('button', { name: /^Lower all hands/ }).count(), 0, 'the button goes with the last hand');
    assert.deepEqual((await record(panel)).filter((e) => e.type === 'hand.lowered').map((e) => [e.pid, e.reason]), [['p2', 'floor'], ['p3', 'all']]);

    // The switch, from the keyboard: off, and a hand stays up while its owner speaks.
    const follow = panel.getByRole('checkbox', { name: 'Lower a raised hand when its owner takes the floor' });
    assert.equal(await follow.isChecked(), true, 'on by default');
    await follow.focus();
    await panel.keyboard.press('Space');
    await panel.waitForFunction(() => !(document.querySelector('.rt-hand-follow input') as HTMLInputElement).checked);
    await who.selectOption({ label: 'Ama' });
    await who.press('Tab');
    await panel.keyboard.press('Enter');
    await handsStrip(panel).waitFor();
    await panel.locator('h1').first().click();
    await panel.keyboard.press('1');
    await panel.waitForSelector('.rt-talk-mark[aria-pressed="true"]');
    await panel.waitForTimeout(1_500);
    assert.equal(await handsStrip(panel).textContent(), 'Hands: Ama', "Ama's hand stays up with the switch off");
    const events = await record(panel);
    assert.deepEqual(events.filter((e) => e.type === 'hands.follow').map((e) => e.on), [false]);
    assert.equal(events.filter((e) => e.type === 'hand.lowered').length, 2);
    assert.ok(!(await region(panel).textContent())?.includes('<img'), 'the live region speaks the name as text');
  });
});

describe('a hand lowered with no further event, on a call page in real Chromium', function () {
  const browser = browserWithFixture('jitsi');

  it("goes down backchannelMs after its owner starts talking over someone, while both talk on and nothing else happens", async () => {
    // Ana talks throughout; Ben raises a hand, then talks over her from 9 s, and both go on to 18 s.
    const script = {
      people: [
        { id: 'ana', name: 'Ana', local: true, speaks: [[300, 18_000]] as [number, number][] },
        { id: 'ben', name: 'Ben', speaks: [[9_000, 18_000]] as [number, number][] },
        { id: 'carla', name: 'Carla', speaks: [] },
      ],
      endMs: 19_000,
    };
    const b = browser();
    const panel = await b.page('sidepanel.html');
    const call = await b.context.newPage();
    await call.goto(PLATFORM_URLS.jitsi.url);
    const origin = scriptOrigin();
    const playing = play(call, script, origin);
    await panel.waitForSelector('main[data-live="yes"] .rt-balance-item');
    await unfold(panel, 'People and raised hands');
    const who = panel.getByRole('combobox', { name: /^Raise a hand for/ });
    await who.locator('option', { hasText: 'Ben' }).waitFor({ state: 'attached' });
    await who.selectOption({ label: 'Ben' });
    await panel.getByRole('button', { name: 'Raise hand' }).click();
    await handsStrip(panel).waitFor();

    // The hand goes down while Ana and Ben both still talk: no speech event comes before 18 s.
    await panel.waitForFunction(() => !document.querySelector('.rt-hands-strip'), undefined, { timeout: 25_000 });
    const downAt = Date.now() - origin;
    assert.ok(downAt < 18_000, `lowered at ${downAt} ms of the script, before the next speech event (18 s)`);
    const events = (await record(panel)) as (Ev & { t: number })[];
    const benStart = events.find((e) => e.type === 'speech.started' && e.pid === 'ben')!;
    const raised = events.find((e) => e.type === 'hand.raised')!;
    const lowered = events.filter((e) => e.type === 'hand.lowered');
    assert.deepEqual(lowered.map((e) => [e.pid, e.reason]), [['ben', 'floor']]);
    // Stamped when the rule became true: 1 s (backchannelMs) into Ben's talk, or when the hand went up if later.
    assert.equal(lowered[0]!.t, Math.max(raised.t, benStart.t + 1_000));
    const after = events.filter((e) => e.t > benStart.t && e.t <= lowered[0]!.t && e.type.startsWith('speech.'));
    assert.deepEqual(after, [], 'no speech event between Ben starting and his hand going down');
    console.log(`      hand lowered ${lowered[0]!.t - benStart.t} ms after Ben began over Ana (raised ${raised.t - benStart.t} ms from then); seen in the panel at ${downAt} ms of the script`);
    await playing;
  });
});
