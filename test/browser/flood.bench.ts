/**
 * Not part of the suite (the name does not end in .test.ts): the full flood of issue 15 (300 tiles
 * renamed every 60 ms, 150 indicators toggled every 25 ms, a tile added or removed every 40 ms)
 * for SECONDS (default 25), with the figures the issue quotes. Run after `npm run build`:
 *   SECONDS=25 npx mocha --no-config --import=tsx --timeout 0 test/browser/flood.bench.ts
 */
import { describeFlood, flood } from './flood';
import { routeFixture } from './fixtures';
import { launch, type Launched } from './harness';

const SECONDS = Number(process.env.SECONDS ?? 25);

describe(`flooding call page, ${SECONDS} s`, function () {
  let b: Launched;
  before(async () => {
    b = await launch();
    await routeFixture(b.context, 'jitsi', 'flood');
  });
  after(async () => {
    await b?.close();
  });

  it('measures', async () => {
    const r = await flood(b, SECONDS * 1000, 180_000);
    console.log(`      ${describeFlood(r, SECONDS)}`);
  });
});
