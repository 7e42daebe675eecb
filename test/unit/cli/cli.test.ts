/** Runs the built dist/cli.js as a user would (built once in the before hook). */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRecord, serializeRecord } from '../../../shared/core/record/record';
import { report } from '../../../shared/core/summary/report';
import type { Summary } from '../../../shared/core/summary/summary';
import { coreText, type CoreText } from '../../../shared/core/l10n/core-text';

const root = path.join(__dirname, '../../..');
/** ROUNDTABLE_CLI runs these tests against another build (e.g. an older one, to see them fail). */
const cli = process.env.ROUNDTABLE_CLI ?? path.join(root, 'dist/cli.js');
const sample = path.join(root, 'test/fixtures/records/sample.jsonl');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** The machine's own locale must not change the goldens: every run has none unless `locale` sets one. */
const NO_LOCALE = { LC_ALL: '', LC_MESSAGES: '', LANG: '' };

function run(args: string[], input?: string, nodeArgs: string[] = [], locale: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [...nodeArgs, cli, ...args], { input, encoding: 'utf8', cwd: root, maxBuffer: 1 << 28, env: { ...process.env, ...NO_LOCALE, ...locale } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli: roundtable report', function () {
  this.timeout(60_000);
  let tmp: string;
  before(() => {
    if (!process.env.ROUNDTABLE_CLI) execFileSync(process.execPath, ['esbuild.config.mjs', '--only', 'cli', '--quiet'], { cwd: root, stdio: 'ignore' });
    tmp = mkdtempSync(path.join(tmpdir(), 'roundtable-cli-'));
  });
  function write(name: string, text: string | Uint8Array) {
    const f = path.join(tmp, name);
    writeFileSync(f, text);
    return f;
  }

  for (const format of ['md', 'csv', 'json'])
    it(`--format ${format} prints the golden report and exits 0, warning about the skipped newer event`, () => {
      const r = run(['report', sample, '--format', format]);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, `roundtable: warning: "${sample}": 1 event(s) of a newer record version were skipped (first: line 21, poll.opened)\n`);
      assert.equal(r.out, readFileSync(sample.replace(/jsonl$/, format), 'utf8'));
    });

  it('--format agenda-csv prints the agenda table (the header alone for a record without an agenda)', () => {
    const T = 1_767_600_000_000;
    const lines = [
      { t: T, type: 'meeting.started', id: 'm', title: 'Plan' },
      { t: T, type: 'participant.joined', pid: 'p1', name: 'Ana' },
      { t: T, type: 'agenda.set', items: [{ aid: 'a1', title: 'Check-in', boxMs: 60_000, kind: 'discussion', owner: 'p1' }, { aid: 'a2', title: 'Ship?', boxMs: 120_000, kind: 'decision' }] },
      { t: T + 1_000, type: 'agenda.started', aid: 'a1' },
      { t: T + 91_000, type: 'meeting.ended' },
    ].map((e) => JSON.stringify({ v: 1, ...e }));
    const r = run(['report', write('agenda.jsonl', lines.join('\n') + '\n'), '-f', 'agenda-csv']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'item,aid,title,kind,owner,ownerName,status,boxMs,usedMs,overrunMs,rounds,did,decisions\r\n1,a1,Check-in,discussion,p1,Ana,done,60000,90000,30000,0,,\r\n2,a2,Ship?,decision,,,not-reached,120000,0,0,0,,\r\n');
    assert.equal(run(['report', sample, '--format', 'agenda-csv']).out, 'item,aid,title,kind,owner,ownerName,status,boxMs,usedMs,overrunMs,rounds,did,decisions\r\n');
  });

  describe('the report\'s language (--lang, else the locale, else English)', () => {
    const read = (lang: string) => coreText(lang, JSON.parse(readFileSync(path.join(root, `shared/core/locales/${lang.toLowerCase()}.json`), 'utf8')) as Record<string, string>);
    const inProcess = (format: 'md' | 'json', text?: CoreText) => {
      const r = report(readFileSync(sample, 'utf8'), { format, ...(text ? { text } : {}) });
      assert.ok(r.ok);
      return r.output;
    };
    it('--lang de prints the German Markdown the core renders; --lang=en and en_US the golden', () => {
      const r = run(['report', sample, '--lang', 'de']);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, inProcess('md', read('de')));
      assert.match(r.out, /^## Teilnehmende$/m);
      assert.doesNotMatch(r.out, /^## Participants$/m);
      const golden = readFileSync(sample.replace(/jsonl$/, 'md'), 'utf8');
      assert.equal(run(['report', sample, '--lang=en']).out, golden);
      assert.equal(run(['report', sample], undefined, [], { LANG: 'en_US.UTF-8' }).out, golden);
    });
    it('without --lang the locale decides: LANG, overridden by LC_MESSAGES and LC_ALL; C, POSIX and a language without words are English', () => {
      const golden = readFileSync(sample.replace(/jsonl$/, 'md'), 'utf8');
      assert.equal(run(['report', sample], undefined, [], { LANG: 'fr_FR.UTF-8' }).out, inProcess('md', read('fr')));
      assert.equal(run(['report', sample], undefined, [], { LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'es_ES.UTF-8' }).out, inProcess('md', read('es')));
      assert.equal(run(['report', sample], undefined, [], { LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'es_ES.UTF-8', LC_ALL: 'pt_BR.UTF-8' }).out, inProcess('md', read('pt-BR')));
      for (const LANG of ['C', 'C.UTF-8', 'POSIX', 'it_IT.UTF-8']) assert.equal(run(['report', sample], undefined, [], { LANG }).out, golden, LANG);
      assert.equal(run(['report', sample, '--lang', 'en'], undefined, [], { LC_ALL: 'de_DE.UTF-8' }).out, golden, '--lang wins over the locale');
    });
    it('JSON: the turns\' usage in the language, every other field as in English; CSV is data, the same in every language', () => {
      const r = run(['report', sample, '-f', 'json', '--lang', 'pt-BR']);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, inProcess('json', read('pt-BR')));
      const english = JSON.parse(readFileSync(sample.replace(/jsonl$/, 'json'), 'utf8')) as Summary;
      const portuguese = JSON.parse(r.out) as Summary;
      const usages = (s: Summary) => s.rounds.flatMap((x) => x.turns.map((t) => t.usage));
      assert.ok(usages(portuguese).includes('passou a vez'), usages(portuguese).join(' | '));
      const data = (s: Summary) => JSON.stringify({ ...s, rounds: s.rounds.map((x) => ({ ...x, turns: x.turns.map(({ usage: _, ...t }) => t) })) });
      assert.equal(data(portuguese), data(english));
      assert.equal(run(['report', sample, '-f', 'csv', '--lang', 'de']).out, readFileSync(sample.replace(/jsonl$/, 'csv'), 'utf8'));
    });
  });

  it('reads standard input from "-" and accepts --format=json and -f json', () => {
    for (const args of [['--format=json'], ['-f', 'json']]) {
      const r = run(['report', '-', ...args], readFileSync(sample, 'utf8'));
      assert.equal(r.code, 0, r.err);
      const s = JSON.parse(r.out) as Record<string, unknown>;
      for (const k of ['silenceMs', 'overlapMs', 'gini', 'balance']) assert.ok(k in s, k);
      const p = (s.participants as Record<string, unknown>[])[0]!;
      for (const k of ['talkMs', 'share', 'turns', 'presenceMs', 'fairShare']) assert.ok(k in p, k);
      assert.deepEqual(s.record, { newerEventsSkipped: 1, tornLine: null });
    }
  });

  it('--min-gap changes how turns are counted', () => {
    const turns = (gap: string) => (JSON.parse(run(['report', sample, '--format', 'json', '--min-gap', gap]).out) as { participants: { turns: number }[] }).participants.map((p) => p.turns);
    assert.deepEqual(turns('1500'), [2, 3, 1, 1]);
    assert.deepEqual(turns('0'), [3, 3, 1, 1]);
    assert.deepEqual(turns('5000'), [2, 2, 1, 1]);
    assert.deepEqual(turns('4999.5'), [2, 2, 1, 1]);
  });

  it('a torn last line: the complete events are reported, one warning names the line, exit 0', () => {
    const whole = readFileSync(sample, 'utf8');
    const cut = whole + '{"v":1,"t":1767603960000,"type":"speech.sta';
    const r = run(['report', write('torn.jsonl', cut), '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const lines = r.err.trimEnd().split('\n');
    assert.equal(lines.length, 2, r.err);
    assert.match(lines[0]!, /warning: .*torn\.jsonl": line 41 is incomplete/);
    const s = JSON.parse(r.out) as { record: unknown; participants: unknown };
    assert.deepEqual(s.record, { newerEventsSkipped: 1, tornLine: 41 });
    assert.deepEqual(s.participants, (JSON.parse(run(['report', sample, '--format', 'json']).out) as { participants: unknown }).participants);
    const md = run(['report', write('torn.jsonl', cut)]);
    assert.match(md.out, /last line \(line 41\) was cut off/);
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
    ['invalid JSON before the last line', () => [write('json.jsonl', '{"v":1,"t":1,"type":"meeting.ended"}\n\n{oops\n{"v":1,"t":1,"type":"meeting.ended"}\n')], /line 3: is not valid JSON/, 1],
    ['an empty record', () => [write('empty.jsonl', '\n')], /holds no events/, 1],
    ['only a torn line', () => [write('only-torn.jsonl', '{"v":1,"t":1,"ty')], /line 1: is not valid JSON, and no complete event comes before it/, 1],
    ['a missing file', () => [path.join(tmp, 'nope.jsonl')], /cannot read .*no such file/, 1],
    ['a directory', () => [tmp], /is a directory/, 1],
    ['a window that ends before it starts', () => [write('window.jsonl', '{"v":1,"t":1000,"type":"meeting.ended"}\n{"v":1,"t":5000,"type":"meeting.started","id":"m","title":"x"}\n')], /line 2: meeting\.started \(.*\) is after meeting\.ended \(line 1, .*\): the meeting would end before it starts/, 1],
  ];
  for (const [name, args, pattern, code] of failures)
    it(`${name}: exit ${code}, one line on stderr, nothing on stdout`, () => {
      const r = run(['report', ...args()]);
      assert.equal(r.code, code);
      assert.equal(r.out, '');
      assert.match(r.err, pattern);
      assert.equal(r.err.trimEnd().split('\n').length, 1, r.err);
    });

  it('control characters in a file name and in a bad line reach the terminal escaped', () => {
    const f = write('evil\u001b]0;pwned\u0007\u202e.jsonl', '{"v":1,"t":1,"type":"meeting.ended"}\n{"v":1,"t":2,"type":"bell\\u0007\\u001b[2J"}\n{"v":1,"t":3,"type":"meeting.ended"}\n');
    const r = run(['report', f]);
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.err, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.match(r.err, /evil\\x1b\]0;pwned\\x07\\u202e\.jsonl": line 2: field type unknown event type "bell\\u0007\\u001b\[2J"/);
    const raw = write('raw.jsonl', '{"v":1,"t":1,"type":"meeting.ended"}\n{"v":1,"t":2,"type":"x\u001b[31m\u0000"}\n{"v":1}\n');
    const j = run(['report', raw]);
    assert.equal(j.code, 1);
    assert.doesNotMatch(j.err, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    assert.match(j.err, /line 2: is not valid JSON/);
  });

  const usage: [string[], RegExp][] = [
    [['report', sample, '--format', 'xml'], /--format must be one of json, md, csv/],
    [['report', sample, '--min-gap', '-3'], /unknown option "-3"|--min-gap must be/],
    [['report', sample, '--min-gap=-3'], /--min-gap must be a decimal number/],
    [['report', sample, '--min-gap', '0x10'], /--min-gap must be a decimal number of milliseconds.*not "0x10"/],
    [['report', sample, '--min-gap', '1e3'], /not "1e3"/],
    [['report', sample, '--min-gap', ' 5'], /not " 5"/],
    [['report', sample, '--min-gap'], /--min-gap needs a value/],
    [['report', sample, '--backchannel', 'soon'], /--backchannel must be a decimal number of milliseconds/],
    [['report', sample, '--backchannel'], /--backchannel needs a value/],
    [['report'], /which record\?/],
    [['export', sample], /unknown command "export"/],
    [['report', sample, '--colour'], /unknown option "--colour"/],
    [['report', sample, '-min-gap', '5'], /unknown option "-min-gap" \(the short options are -f, -h and -V; long options take two dashes/],
    [['report', sample, '-x'], /unknown option "-x"/],
    [['report', sample, '--lang', 'it'], /--lang must be one of en, de, fr, es, pt-BR, not "it"/],
    [['report', sample, '--lang'], /--lang needs a value/],
  ];
  for (const [args, pattern] of usage)
    it(`usage error: ${args.slice(2).join(' ') || args.join(' ')} -> exit 2`, () => {
      const r = run(args);
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.match(r.err, pattern);
      assert.equal(r.err.trimEnd().split('\n').length, 1);
    });

  for (const args of [['--help'], ['-h'], ['help'], []])
    it(`${args.join(' ') || '(no arguments)'} prints the help and exits 0`, () => {
      const r = run(args);
      assert.equal(r.code, 0);
      assert.match(r.out, /^usage: roundtable report/);
      assert.match(r.out, /--min-gap <ms>/);
    });

  for (const flag of ['--version', '-V'])
    it(`${flag} prints the package version`, () => {
      const r = run([flag]);
      assert.equal(r.code, 0);
      assert.equal(r.out, `roundtable ${version}\n`);
    });

  it('a write that fails (a full disk: /dev/full) is reported with exit 1', function () {
    if (!existsSync('/dev/full')) this.skip();
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" report "${sample}" > /dev/full`], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /cannot write the report to standard output: no space left on the device \(ENOSPC\)/);
  });

  it('reads a non-blocking standard input that has nothing yet (EAGAIN) to the end', () => {
    // python3 makes the pipe non-blocking, starts the CLI on it and writes the record slowly.
    const script = [
      'import os, subprocess, sys, time',
      'r, w = os.pipe()',
      'os.set_blocking(r, False)',
      `p = subprocess.Popen([sys.argv[1], sys.argv[2], 'report', '-', '--format', 'json'], stdin=r, stdout=subprocess.PIPE, stderr=subprocess.PIPE)`,
      'os.close(r)',
      'data = open(sys.argv[3], "rb").read()',
      'time.sleep(0.3); os.write(w, data[:500]); time.sleep(0.3); os.write(w, data[500:]); os.close(w)',
      'out, err = p.communicate()',
      'sys.stdout.write(str(p.returncode) + "\\n" + err.decode() + "\\n" + out.decode())',
    ].join('\n');
    const r = spawnSync('python3', ['-c', script, process.execPath, cli, sample], { encoding: 'utf8' });
    const [code, ...rest] = r.stdout.split('\n');
    assert.equal(code, '0', r.stdout + r.stderr);
    assert.match(rest.join('\n'), /"balance": 60/);
  });

  it('streams: a 12 MB record reads in an 8 MB heap (no whole-file string), ordered or slightly out of order', function () {
    this.timeout(180_000);
    // 24 people speaking in turn: the fold's state stays the same size however long the record.
    const lines = ['{"v":1,"t":1767603600000,"type":"meeting.started","id":"m","title":"Long"}'];
    for (let p = 0; p < 24; p++) lines.push(`{"v":1,"t":1767603600000,"type":"participant.joined","pid":"p${p}","name":"Person ${p}"}`);
    let t = 1767603600000;
    for (let i = 0; i < 200_000; i++) lines.push(`{"v":1,"t":${(t += 100 + (i % 7) * 50)},"type":"speech.${i % 2 ? 'ended' : 'started'}","pid":"p${(i >> 1) % 24}"}`);
    lines.push(`{"v":1,"t":${t + 1},"type":"meeting.ended"}`);
    const text = lines.join('\n') + '\n';
    assert.ok(text.length > 12e6, `${text.length}`);
    const small = ['--max-old-space-size=8'];
    const a = run(['report', write('big.jsonl', text), '--format', 'json'], undefined, small);
    assert.equal(a.code, 0, a.err.slice(0, 500));
    for (let i = 30; i + 500 < lines.length - 1; i += 1000) [lines[i], lines[i + 500]] = [lines[i + 500]!, lines[i]!];
    const shuffled = lines.join('\n') + '\n';
    const b = run(['report', write('shuffled.jsonl', shuffled), '--format', 'json'], undefined, small);
    assert.equal(b.code, 0, b.err.slice(0, 500));
    // The same as sorting the whole record stably by time and then reporting it.
    const sorted = readRecord(shuffled);
    assert.ok(sorted.ok);
    const expected = report(serializeRecord(sorted.events), { format: 'json' });
    assert.ok(expected.ok);
    assert.equal(b.out, expected.output);
  });

  it('decodes the file as UTF-8 like TextDecoder: a leading byte-order mark dropped, bad bytes U+FFFD, over 1 MiB reads', () => {
    const T = 1_767_600_000_000;
    const head = Buffer.from(`\ufeff{"v":1,"t":${T},"type":"meeting.started","id":"m","title":"Zoë 🙂"}\n{"v":1,"t":${T},"type":"participant.joined","pid":"p1","name":"`);
    // Lone continuation, truncated sequence, overlong form: each becomes U+FFFD as TextDecoder reads it.
    const bad = Buffer.from([0x80, 0x41, 0xe2, 0x82, 0x42, 0xc0, 0xaf]);
    // Enough lines that the 1 MiB read splits multi-byte characters between chunks somewhere.
    const filler = Array.from({ length: 12_000 }, (_, i) => `{"v":1,"t":${T + i},"type":"participant.renamed","pid":"p2","name":"Ünï ${'é'.repeat(i % 97)} 🙂"}`).join('\n');
    const bytes = Buffer.concat([head, bad, Buffer.from(`"}\n${filler}\n`)]);
    assert.ok(bytes.length > 1 << 20, `${bytes.length}`);
    const r = run(['report', write('utf8.jsonl', bytes), '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const expected = report(new TextDecoder().decode(bytes), { format: 'json' });
    assert.ok(expected.ok);
    assert.equal(r.out, expected.output);
    assert.match(r.out, /"name": "\ufffdA\ufffdB\ufffd\ufffd"/);
  });
});
