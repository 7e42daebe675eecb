/**
 * Fuzzing the CLI as a process: valid records mutated byte by byte and line by line. Whatever
 * the input, the CLI answers like a tool, not like a crash: exit 0, 1 or 2; never a stack
 * trace; on failure nothing on stdout and one line on stderr; never a raw control character on
 * the terminal.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

const root = path.join(__dirname, '../../..');
const cli = process.env.ROUNDTABLE_CLI ?? path.join(root, 'dist/cli.js');
const records = ['test/fixtures/records/sample.jsonl', 'test/fixtures/leadership/consent-meeting.jsonl'].map((f) => readFileSync(path.join(root, f)));

/** Bytes that matter to JSON, to lines, to UTF-8 and to terminals. */
const interesting = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(...[0x0a, 0x0d, 0x22, 0x5c, 0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x3a, 0x00, 0x1b, 0x07, 0xc3, 0xe2, 0xff, 0x30, 0x2d]));

type ByteEdit = { at: number; kind: 'set' | 'insert' | 'delete'; byte: number };
const byteEdit = fc.record({ at: fc.nat(), kind: fc.constantFrom('set', 'insert', 'delete'), byte: interesting }) as fc.Arbitrary<ByteEdit>;

function applyBytes(src: Buffer, edits: ByteEdit[]): Buffer {
  const b = Array.from(src);
  for (const e of edits) {
    const at = b.length ? e.at % b.length : 0;
    if (e.kind === 'set') b[at] = e.byte;
    else if (e.kind === 'insert') b.splice(at, 0, e.byte);
    else b.splice(at, 1);
  }
  return Buffer.from(b);
}

type LineEdit = { at: number; to: number; kind: 'drop' | 'duplicate' | 'swap' | 'truncate' | 'replace' | 'retype' | 'time'; text: string };
const lineEdit = fc.record({
  at: fc.nat(),
  to: fc.nat(),
  kind: fc.constantFrom('drop', 'duplicate', 'swap', 'truncate', 'replace', 'retype', 'time'),
  text: fc.oneof(fc.json(), fc.string(), fc.constantFrom('{"v":2,"t":5,"type":"x.y"}', '{"v":1,"t":-1,"type":"meeting.ended"}', '{"v":1,"t":9e15,"type":"meeting.ended"}', '{"v":1,"t":1,"type":"hand.raised","pid":"__proto__"}', '{"v":1,"t":1767603600000,"type":"meeting.started","id":"x","title":"\\u001b[2J"}')),
}) as fc.Arbitrary<LineEdit>;

const TYPES = ['meeting.started', 'meeting.ended', 'speech.started', 'round.started', 'decision.proposed', 'consent.response', 'participant.joined', 'hand.raised'];

function applyLines(src: Buffer, edits: LineEdit[]): Buffer {
  const lines = src.toString('utf8').split('\n');
  for (const e of edits) {
    if (lines.length === 0) lines.push('');
    const i = e.at % lines.length;
    const j = e.to % lines.length;
    switch (e.kind) {
      case 'drop':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(j, 0, lines[i]!);
        break;
      case 'swap':
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        break;
      case 'truncate':
        lines[i] = lines[i]!.slice(0, e.to % (lines[i]!.length + 1));
        break;
      case 'replace':
        lines[i] = e.text;
        break;
      case 'retype':
        lines[i] = lines[i]!.replace(/"type":"[^"]*"/, `"type":"${TYPES[e.to % TYPES.length]}"`);
        break;
      case 'time':
        lines[i] = lines[i]!.replace(/"t":\d+/, `"t":${1767603600000 + (e.to % 1_000_000) - 500_000}`);
        break;
    }
  }
  return Buffer.from(lines.join('\n'));
}

function check(input: Buffer, format: string): void {
  const r = spawnSync(process.execPath, [cli, 'report', '-', '--format', format], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  const shown = `exit ${r.status}, stderr ${JSON.stringify(r.stderr.slice(0, 300))}`;
  assert.ok(r.status === 0 || r.status === 1 || r.status === 2, shown);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:|node:internal/, shown);
  assert.doesNotMatch(r.stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, shown);
  if (r.status !== 0) {
    assert.equal(r.stdout, '', shown);
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, shown);
    assert.match(r.stderr, /^roundtable: /, shown);
  } else assert.ok(r.stdout.length > 0, shown);
}

describe('cli fuzzing: mutated records fed to the process', function () {
  this.timeout(600_000);
  before(() => {
    if (!process.env.ROUNDTABLE_CLI) execFileSync(process.execPath, ['esbuild.config.mjs', '--only', 'cli', '--quiet'], { cwd: root, stdio: 'ignore' });
  });
  const format = fc.constantFrom('md', 'csv', 'json');
  const record = fc.constantFrom(...records.keys());

  it('byte by byte: exit 0, 1 or 2, no stack trace, silent stdout on failure', () => {
    fc.assert(fc.property(record, fc.array(byteEdit, { minLength: 1, maxLength: 6 }), format, (k, edits, f) => check(applyBytes(records[k]!, edits), f)), { numRuns: 40 });
  });

  it('line by line: exit 0, 1 or 2, no stack trace, silent stdout on failure', () => {
    fc.assert(fc.property(record, fc.array(lineEdit, { minLength: 1, maxLength: 5 }), format, (k, edits, f) => check(applyLines(records[k]!, edits), f)), { numRuns: 40 });
  });
});
