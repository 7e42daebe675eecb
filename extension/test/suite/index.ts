/**
 * Entry point of the suite that runs inside a real extension host: exports `run()` exactly as
 * @vscode/test-electron expects, so code-server (scripts/test-vscode.mjs) and Electron
 * (scripts/test-electron.mjs) run the same file. The test files are bundled into this one
 * module and required only after mocha has installed its BDD globals.
 */
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'roundtable-suite', mocha);
  require('./activation.test');
  require('./meeting.test');
  require('./records.test');
  require('./live-record.test');
  require('./leadership.test');
  require('./link.test');
  require('./hands.test');
  require('./agenda.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
