/**
 * Detection that goes blind says so: a changed Meet layout, a Jitsi page without tiles and a
 * selector that suddenly matches everyone each raise the side panel's health message, which
 * offers manual mode; manual mode then records who speaks from a click or a number key.
 */
import { strict as assert } from 'node:assert';
import type { SpeakingScript } from '../../webext/src/demo/demo-script';
import { PLATFORM_URLS, recordedSummary, routeFixture } from './fixtures';
import { launch, type Launched } from './harness';

interface FixtureWindow {
  rtFixture: { play(script: SpeakingScript, origin?: number): Promise<void>; render(people: SpeakingScript['people']): void };
}
const PEOPLE = [
  { id: 'ana', name: 'Ana', local: true, speaks: [] },
  { id: 'ben', name: 'Ben', speaks: [] },
  { id: 'carla', name: 'Carla', speaks: [] },
] satisfies SpeakingScript['people'];

/** One second of a quiet 220 Hz tone as a 16-bit mono WAV file. */
function toneWav(rate = 8000): Buffer {
  const data = Buffer.alloc(rate * 2);
  for (let i = 0; i < rate; i++) data.writeInt16LE(Math.round(800 * Math.sin((2 * Math.PI * 220 * i) / rate)), i * 2);
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVEfmt ', 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(rate, 24);
  h.writeUInt32LE(rate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

describe('health and manual mode in real Chromium', function () {
  let b: Launched;
  beforeEach(async () => {
    b = await launch();
  });
  afterEach(async () => {
    await b?.close();
  });

  it('a drifted Meet layout raises the health message, and manual mode counts from clicks and keys', async () => {
    await routeFixture(b.context, 'meet');
    const panel = await b.page('sidepanel.html');
    const call = await b.context.newPage();
    await call.goto(`${PLATFORM_URLS.meet.url}?variant=drifted`);
    const script: SpeakingScript = { people: PEOPLE.map((p, i) => ({ ...p, speaks: [[200 + i * 1000, 900 + i * 1000]] })), endMs: 60_000 };
    void call.evaluate((s) => (window as unknown as FixtureWindow).rtFixture.play(s), script).catch(() => undefined);

    const banner = await panel.waitForSelector('.wx-health[data-problems~="unknown-layout"]', { timeout: 10_000 });
    assert.match((await banner.textContent()) ?? '', /layout Roundtable does not know/);
    await panel.click('.wx-health button');
    // Keys 1-3 name the listed people: wait until all are listed (each joins after the roster's dwell).
    for (const p of PEOPLE) await panel.waitForSelector(`.rt-talk-mark:has-text("${p.name}")`);

    // Key "2" marks Ben; a click on Carla's button hands over; "0" is nobody. Each action is
    // timed from before it was issued to after it returned, which bounds what may be recorded.
    const timed = async (act: () => Promise<void>) => {
      const before = Date.now();
      await act();
      return [before, Date.now()] as const;
    };
    const press2 = await timed(() => panel.keyboard.press('2'));
    await panel.waitForSelector('.rt-talk-mark[aria-pressed="true"]:has-text("Ben")');
    await panel.waitForTimeout(600);
    const clickCarla = await timed(() => panel.click('.rt-talk-mark:has-text("Carla")'));
    await panel.waitForSelector('.rt-talk-mark[aria-pressed="true"]:has-text("Carla")');
    await panel.waitForTimeout(400);
    const press0 = await timed(() => panel.keyboard.press('0'));
    await panel.waitForSelector('.rt-talk-mark[aria-pressed="true"]', { state: 'detached' });

    const id = await panel.getAttribute('main', 'data-meeting');
    const { summary } = await recordedSummary(panel, id!);
    const talk = Object.fromEntries(summary.participants.map((p) => [p.name, p.talkMs]));
    const within = (ms: number, from: readonly [number, number], to: readonly [number, number]) => ms >= to[0] - from[1] - 250 && ms <= to[1] - from[0] + 250;
    assert.ok(within(talk.Ben!, press2, clickCarla), `Ben: ${talk.Ben} ms recorded for ${clickCarla[0] - press2[1]}..${clickCarla[1] - press2[0]} ms marked`);
    assert.ok(within(talk.Carla!, clickCarla, press0), `Carla: ${talk.Carla} ms recorded for ${press0[0] - clickCarla[1]}..${press0[1] - clickCarla[0]} ms marked`);
    assert.equal(talk.Ana, 0, 'the drifted page itself counted nothing');
  });

  it('a Jitsi page without tiles says no participants were found', async () => {
    await routeFixture(b.context, 'jitsi');
    const panel = await b.page('sidepanel.html');
    const call = await b.context.newPage();
    await call.goto(PLATFORM_URLS.jitsi.url);
    await call.waitForFunction(() => 'rtFixture' in window);
    await call.evaluate(() => (window as unknown as FixtureWindow).rtFixture.render([]));
    const banner = await panel.waitForSelector('.wx-health[data-problems~="no-signals"]', { timeout: 10_000 });
    assert.match((await banner.textContent()) ?? '', /No participant tiles were found/);
  });

  it('every tile lit at once is reported, not counted as a meeting of monologues', async () => {
    await routeFixture(b.context, 'jitsi');
    const panel = await b.page('sidepanel.html');
    const call = await b.context.newPage();
    await call.goto(PLATFORM_URLS.jitsi.url);
    const script: SpeakingScript = { people: PEOPLE.map((p) => ({ ...p, speaks: [[0, 30_000]] })), endMs: 30_000 };
    await call.waitForFunction(() => 'rtFixture' in window);
    void call.evaluate((s) => (window as unknown as FixtureWindow).rtFixture.play(s), script).catch(() => undefined);
    await panel.waitForSelector('.wx-health[data-problems~="all-speaking"]', { timeout: 10_000 });
  });

  it('audio playing with nobody detected for 10 s is reported', async () => {
    await routeFixture(b.context, 'jitsi');
    const panel = await b.page('sidepanel.html');
    const call = await b.context.newPage();
    await call.goto(PLATFORM_URLS.jitsi.url);
    await call.waitForFunction(() => 'rtFixture' in window);
    await call.evaluate((people) => (window as unknown as FixtureWindow).rtFixture.render(people), PEOPLE);
    // A call's remote audio: a quiet looping tone, started by a click (autoplay needs a gesture).
    await call.evaluate((wav) => {
      const audio = document.createElement('audio');
      audio.loop = true;
      audio.src = `data:audio/wav;base64,${wav}`;
      const button = document.createElement('button');
      button.textContent = 'play';
      button.onclick = () => void audio.play();
      document.body.append(audio, button);
    }, toneWav().toString('base64'));
    await call.click('text=play');
    await call.waitForFunction(() => !document.querySelector('audio')!.paused);
    const started = Date.now();
    await panel.waitForSelector('.wx-health[data-problems~="audio-but-silent"]', { timeout: 20_000 });
    const waited = Date.now() - started;
    assert.ok(waited >= 9_000, `reported after ${waited} ms of audio, not before about 10 s`);
  });
});
