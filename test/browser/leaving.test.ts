/**
 * Leaving is an end, a reload is not (issue 15): the call tab navigating away mid-speech ends
 * the speech and, after the grace period with no tab back, the meeting, both at the moment the
 * tab left; a reload mid-speech continues the same meeting.
 */
import { strict as assert } from 'node:assert';
import type { SpeakingScript } from '../../webext/src/demo/demo-script';
import { LEAVE_GRACE_MS } from '../../webext/src/background/departures';
import { MSG } from '../../webext/src/messages';
import { launchWithFixture, PLATFORM_URLS, play, scriptOrigin } from './fixtures';
import { meetingSnapshot, requestValue, type Launched } from './harness';

const SCRIPT: SpeakingScript = {
  people: [
    { id: 'ana', name: 'Ana', speaks: [[500, 8000]] },
    { id: 'ben', name: 'Ben', speaks: [] },
  ],
  endMs: 9000,
};
const until = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));

describe('leaving a call in real Chromium', function () {
  let b: Launched;
  beforeEach(async () => {
    b = await launchWithFixture('jitsi');
  });
  afterEach(async () => {
    await b?.close();
  });

  it('navigating away mid-speech ends the speech and the meeting at that moment', async () => {
    const panel = await b.page('sidepanel.html');
    const call = await b.context.newPage();
    await call.goto(PLATFORM_URLS.jitsi.url);
    const origin = scriptOrigin();
    play(call, SCRIPT, origin).catch(() => undefined); // dies with the navigation
    await until(origin + 3000);
    const leftAt = Date.now();
    await call.goto('about:blank');
    let snap = await meetingSnapshot(panel);
    const deadline = Date.now() + LEAVE_GRACE_MS + 5000;
    while (!snap.meeting?.endedAt && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      snap = await meetingSnapshot(panel, snap.meeting?.id);
    }
    assert.ok(snap.meeting?.endedAt, `the meeting ended within the grace period (${LEAVE_GRACE_MS} ms) after the tab left`);
    const ana = snap.events.find((e) => e.type === 'participant.joined' && e.name === 'Ana')!.pid!;
    const ended = snap.events.filter((e) => e.type === 'speech.ended' && e.pid === ana);
    assert.equal(ended.length, 1);
    console.log(`      left at +${leftAt - origin} ms; speech ended at +${ended[0]!.t - origin} ms, meeting at +${snap.meeting.endedAt - origin} ms`);
    assert.ok(Math.abs(ended[0]!.t - leftAt) <= 500, `speech ended ${ended[0]!.t - leftAt} ms from the moment the tab left`);
    assert.ok(Math.abs(snap.meeting.endedAt - leftAt) <= 500, `meeting ended ${snap.meeting.endedAt - leftAt} ms from the moment the tab left`);
  });

  it('a reload mid-speech continues the same meeting', async () => {
    const panel = await b.page('sidepanel.html');
    const call = await b.context.newPage();
    await call.goto(PLATFORM_URLS.jitsi.url);
    const origin = scriptOrigin();
    play(call, SCRIPT, origin).catch(() => undefined);
    await until(origin + 3000);
    await call.reload();
    await play(call, SCRIPT, origin);
    let snap = await meetingSnapshot(panel);
    for (let i = 0; i < 40 && !snap.meeting?.endedAt; i++) {
      await new Promise((r) => setTimeout(r, 250));
      snap = await meetingSnapshot(panel, snap.meeting?.id);
    }
    const list = await requestValue(panel, MSG.listMeetings);
    assert.equal(list.length, 1, 'one meeting');
    assert.equal(snap.events.filter((e) => e.type === 'meeting.ended').length, 1);
    assert.equal(snap.events.filter((e) => e.type === 'participant.joined').length, 2, 'nobody joined twice');
    const ana = snap.events.find((e) => e.type === 'participant.joined' && e.name === 'Ana')!.pid!;
    const speech = snap.events.filter((e) => e.pid === ana && e.type.startsWith('speech.')).map((e) => [e.type, e.t - origin] as const);
    console.log(`      Ana across the reload: ${speech.map(([type, t]) => `${type.slice(7)} +${t}`).join(', ')}`);
    assert.equal(speech.length, 4, 'speech ended at the reload and started again after it');
    assert.ok(speech[2]![1] - speech[1]![1] < 5000, 'the gap is the reload');
    assert.ok(Math.abs(speech[3]![1] - 8000) <= 250, 'and it ended with the script');
  });
});
