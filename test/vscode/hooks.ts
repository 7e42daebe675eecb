// Root hooks for the VS Code tier: whatever happens, the browser and code-server's process group go.
import { stopHarness } from './harness.ts';

export const mochaHooks = {
  async afterAll(this: Mocha.Context) {
    this.timeout(20000);
    await stopHarness();
  },
};
