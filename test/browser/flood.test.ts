/**
 * A call page that floods the detector (issue 15) writes a bounded record: tiles that flash by
 * never join, renames are coalesced, participants are capped and the panel then says detection
 * is flooded; an 8,000-character participant id is stored capped. Figures of the full 25 s flood:
 * flood.bench.ts.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_GATE } from '../../webext/src/content/roster-gate';
import { MAX_ID } from '../../webext/src/content/adapters/adapter';
import { describeFlood, flood } from './flood';
import { launchWithFixture, PLATFORM_URLS } from './fixtures';
import { meetingSnapshot, type Launched } from './harness';

const SECONDS = 10;

describe('a flooding call page in real Chromium', function () {
  let b: Launched;
  afterEach(async () => {
    await b?.close();
  });

  it('writes a bounded record and the panel says detection is flooded', async () => {
    b = await launchWithFixture('jitsi', { fixture: 'flood' });
    // The banner shows while the meeting is live (the machine may be slow to get there): record every problem list the panel showed.
    const r = await flood(b, SECONDS * 1000, 60_000, (panel) =>
      panel.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { rtSeen: string[] }).rtSeen = seen;
        new MutationObserver(() => document.querySelectorAll('.wx-health').forEach((e) => seen.push(e.getAttribute('data-problems') ?? ''))).observe(document.body, { subtree: true, childList: true, attributes: true });
      }),
    );
    const problems = (await r.panel.evaluate(() => (window as unknown as { rtSeen: string[] }).rtSeen)).join(' ');
    console.log(`      ${describeFlood(r, SECONDS)}`);
    assert.match(problems, /flooded/);
    const joined = r.events.filter((e) => e.type === 'participant.joined');
    const renamed = r.events.filter((e) => e.type === 'participant.renamed');
    assert.ok(r.ended, 'the meeting ended when the page left the call');
    assert.equal(joined.filter((e) => e.name?.startsWith('Churn')).length, 0, 'a tile shown for 40 ms never joined');
    assert.ok(joined.length <= DEFAULT_GATE.maxParticipants, `${joined.length} joined`);
    assert.ok(renamed.length <= DEFAULT_GATE.maxRenames, `${renamed.length} renames`);
    const last = new Map<string, number>();
    for (const e of renamed) {
      const before = last.get(e.pid!);
      assert.ok(before === undefined || e.t - before >= DEFAULT_GATE.renameMs - 100, `${e.pid} renamed twice within ${e.t - before!} ms`);
      last.set(e.pid!, e.t);
    }
    assert.ok(r.events.length <= joined.length + renamed.length + 2 + r.events.filter((e) => e.type.startsWith('speech.')).length);
  });

  it('stores an 8,000-character participant id capped, the same id every time', async () => {
    b = await launchWithFixture('jitsi');
    const panel = await b.page('sidepanel.html');
    const call = await b.context.newPage();
    await call.goto(PLATFORM_URLS.jitsi.url);
    await call.waitForFunction(() => 'rtFixture' in window);
    const people = [{ id: 'x'.repeat(8000), name: 'Long Id', speaks: [] }, { id: 'b', name: 'Ben', speaks: [] }];
    await call.evaluate((p) => (window as unknown as { rtFixture: { render(p: unknown[]): void } }).rtFixture.render(p), people);
    let snap = await meetingSnapshot(panel);
    for (let i = 0; i < 60 && snap.events.filter((e) => e.type === 'participant.joined').length < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      snap = await meetingSnapshot(panel);
    }
    // Rendered again: the same tile id must map to the same capped pid (no second join).
    await call.evaluate((p) => (window as unknown as { rtFixture: { render(p: unknown[]): void } }).rtFixture.render(p), people);
    await new Promise((r) => setTimeout(r, 1500));
    snap = await meetingSnapshot(panel);
    const joined = snap.events.filter((e) => e.type === 'participant.joined');
    assert.equal(joined.length, 2, 'both joined once');
    for (const e of joined) assert.ok(Array.from(e.pid!).length <= MAX_ID, `pid of ${e.pid!.length} chars`);
    assert.ok(JSON.stringify(snap.events).length < 4000, 'no event repeats the long id');
  });
});
