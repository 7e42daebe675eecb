/** Runs the built dist/cli.js as a user would (built once in the before hook). */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '../../..');
const cli = path.join(root, 'dist/cli.js');
const sample = path.join(root, 'test/fixtures/records/sample.jsonl');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli: roundtable report', function () {
  this.timeout(60_000);
  let tmp: string;
  before(() => {
    execFileSync(process.execPath, ['esbuild.config.mjs', '--only', 'cli', '--quiet'], { cwd: root, stdio: 'ignore' });
    tmp = mkdtempSync(path.join(tmpdir(), 'roundtable-cli-'));
  });

  for (const format of ['md', 'csv', 'json'])
    it(`--format ${format} prints the golden report and exits 0`, () => {
      const r = run(['report', sample, '--format', format]);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, '');
      assert.equal(r.out, readFileSync(sample.replace(/jsonl$/, format), 'utf8'));
    });

  it('reads standard input from "-" and accepts --format=json', () => {
    const r = run(['report', '-', '--format=json'], readFileSync(sample, 'utf8'));
    assert.equal(r.code, 0, r.err);
    const s = JSON.parse(r.out) as Record<string, unknown>;
    for (const k of ['silenceMs', 'overlapMs', 'gini', 'balance']) assert.ok(k in s, k);
    const p = (s.participants as Record<string, unknown>[])[0]!;
    for (const k of ['talkMs', 'share', 'turns', 'presenceMs', 'fairShare']) assert.ok(k in p, k);
  });

  it('--min-gap changes how turns are counted', () => {
    const turns = (gap: string) => (JSON.parse(run(['report', sample, '--format', 'json', '--min-gap', gap]).out) as { participants: { turns: number }[] }).participants.map((p) => p.turns);
    assert.deepEqual(turns('1500'), [2, 3, 1, 1]);
    assert.deepEqual(turns('0'), [3, 3, 1, 1]);
    assert.deepEqual(turns('5000'), [2, 2, 1, 1]);
  });

  it("--backchannel sets the backchannel threshold; the JSON matches design.md's worked example", () => {
    const ev = (t: number, type: string, pid?: string) => JSON.stringify({ v: 1, t: 1_767_603_600_000 + t, type, ...(pid ? { pid } : {}), ...(type === 'meeting.started' ? { id: 'w', title: 'Worked' } : {}) });
    const speech = [['a', 0, 10_000], ['b', 3_000, 3_500], ['c', 9_000, 20_000], ['a', 20_500, 30_000], ['b', 25_000, 26_500], ['d', 31_000, 40_000]] as const;
    const lines = [ev(0, 'meeting.started'), ...speech.flatMap(([p, a, b]) => [[a, 'speech.started', p], [b, 'speech.ended', p]] as const).sort((x, y) => x[0] - y[0]).map(([t, type, p]) => ev(t, type, p)), ev(60_000, 'meeting.ended')];
    const file = write('worked.jsonl', lines.join('\n') + '\n');
    type Out = { backchannelMs: number; floor: { changes: number; switchesPerMin: number; medianGapMs: number; interruptions: unknown[] }; participants: { pid: string; longestTurnMs: number; backchannels: number; interruptionsMade: number; interruptionsReceived: number }[] };
    const json = (...more: string[]) => JSON.parse(run(['report', file, '--format', 'json', ...more]).out) as Out;
    const d = json();
    assert.equal(d.backchannelMs, 1000);
    assert.deepEqual([d.floor.changes, d.floor.switchesPerMin, d.floor.medianGapMs], [4, 4, -250]);
    assert.deepEqual(d.floor.interruptions, [{ by: 'c', of: 'a', count: 1 }]);
    assert.deepEqual(d.participants.map((p) => [p.pid, p.longestTurnMs, p.backchannels, p.interruptionsMade, p.interruptionsReceived]), [['a', 10_000, 0, 0, 1], ['b', 1_500, 1, 0, 0], ['c', 11_000, 0, 1, 0], ['d', 9_000, 0, 0, 0]]);
    const none = json('--backchannel', '0');
    assert.deepEqual([none.backchannelMs, none.floor.changes, none.participants[1]!.backchannels], [0, 5, 0]);
    assert.equal(json('--backchannel=2000').participants[1]!.backchannels, 2);
  });

  const failures: [string, () => string[], RegExp, number][] = [
    ['a corrupt line', () => [write('bad.jsonl', '{"v":1,"t":1,"type":"meeting.started","id":"m","title":"x"}\n{"v":1,"t":2,"type":"speech.started"}\n')], /line 2: field pid is missing/, 1],
    ['invalid JSON', () => [write('json.jsonl', '{"v":1,"t":1,"type":"meeting.ended"}\n\n{oops\n')], /line 3: is not valid JSON/, 1],
    ['an empty record', () => [write('empty.jsonl', '\n')], /holds no events/, 1],
    ['a missing file', () => [path.join(tmp, 'nope.jsonl')], /cannot read .*no such file/, 1],
    ['a directory', () => [tmp], /is a directory/, 1],
  ];
  function write(name: string, text: string) {
    const f = path.join(tmp, name);
    writeFileSync(f, text);
    return f;
  }
  for (const [name, args, pattern, code] of failures)
    it(`${name}: exit ${code}, one line on stderr, nothing on stdout`, () => {
      const r = run(['report', ...args()]);
      assert.equal(r.code, code);
      assert.equal(r.out, '');
      assert.match(r.err, pattern);
      assert.equal(r.err.trimEnd().split('\n').length, 1, r.err);
    });

  const usage: [string[], RegExp][] = [
    [['report', sample, '--format', 'xml'], /--format must be one of json, md, csv/],
    [['report', sample, '--min-gap', '-3'], /--min-gap must be a number/],
    [['report', sample, '--min-gap'], /--min-gap needs a value/],
    [['report', sample, '--backchannel', 'soon'], /--backchannel must be a number of milliseconds/],
    [['report', sample, '--backchannel'], /--backchannel needs a value/],
    [['report'], /which record\?/],
    [['export', sample], /unknown command "export"/],
    [['report', sample, '--colour'], /unknown option "--colour"/],
  ];
  for (const [args, pattern] of usage)
    it(`usage error: ${args.slice(2).join(' ') || args.join(' ')} -> exit 2`, () => {
      const r = run(args);
      assert.equal(r.code, 2);
      assert.match(r.err, pattern);
      assert.equal(r.err.trimEnd().split('\n').length, 1);
    });

  it('--help prints usage and exits 0', () => {
    const r = run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^usage: roundtable report/);
  });
});
