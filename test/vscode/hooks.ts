// Root hooks for the VS Code tier: whatever happens, the browser and code-server's process group go.
import { keep, stopHarness } from './harness.ts';

export const mochaHooks = {
  afterEach(this: Mocha.Context) {
    if (this.currentTest?.state === 'failed') keep.tmp = true;
  },
  async afterAll(this: Mocha.Context) {
    this.timeout(20000);
    await stopHarness();
  },
};
