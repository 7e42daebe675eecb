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
