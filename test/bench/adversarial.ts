/**
 * `npm run bench` (or `node scripts/bench.mjs adversarial`): records shaped to hurt, each
 * reported by the built CLI as a process, as a user would run it. Bounds (issue 10): every
 * shape under 2 s of CPU time and 300 MB of peak memory (max RSS of the whole process).
 * Medians of BENCH_ADV_RUNS runs (default 3), CPU = user + system from GNU time.
 * ROUNDTABLE_CLI=<path> benches another build (e.g. an older one, for before/after figures).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const cli = process.env.ROUNDTABLE_CLI ?? path.resolve('dist/cli.js');
const RUNS = Number(process.env.BENCH_ADV_RUNS ?? 3);
const T0 = 1_767_603_600_000;
const line = (t: number, o: object) => JSON.stringify({ v: 1, t, ...o });

/** Each shape: a name and the record's lines. */
const shapes: [string, () => string[]][] = [
  [
    '3,000 participants x 3,000 decisions (proposed, then recorded)',
    () => {
      const out = [line(T0, { type: 'meeting.started', id: 'm', title: 'Many' })];
      for (let i = 0; i < 3000; i++) out.push(line(T0 + i, { type: 'participant.joined', pid: `p${i}`, name: `P${i}` }));
      for (let i = 0; i < 3000; i++) out.push(line(T0 + 5000 + i, { type: 'decision.proposed', did: `d${i}`, title: 'x', rights: { initiator: `p${i}`, deciders: [`p${i}`], contributors: [], informed: [] } }));
      for (let i = 0; i < 3000; i++) out.push(line(T0 + 9000 + i, { type: 'decision.recorded', did: `d${i}`, title: 'x', outcome: 'y', rights: { initiator: `p${i}`, deciders: [`p${i}`], contributors: [], informed: [] } }));
      return out;
    },
  ],
  [
    // Validation of id lists (issue 10: 100,000 ids in one line took 6 s, 200,000 took 21 s). The
    // decision lists them as informed: deciders would each be a row of the report's participation
    // (200,000 rows, a 98 MB JSON), which measures the output, not the reading.
    'one line with 200,000 ids (a round order), one with 200,000 informed',
    () => {
      const ids = Array.from({ length: 200_000 }, (_, i) => `p${i}`);
      return [
        line(T0, { type: 'meeting.started', id: 'm', title: 'Ids' }),
        line(T0 + 1, { type: 'round.started', rid: 'r1', kind: 'go-around', order: ids, slotMs: 1000 }),
        line(T0 + 2, { type: 'decision.proposed', did: 'd1', title: 'x', rights: { initiator: null, deciders: ['p1'], contributors: [], informed: ids } }),
      ];
    },
  ],
  [
    // Each round turn notes everyone's talk so far (cross-talk during the turn): people x turns.
    '3,000 participants x 3,000 round turns',
    () => {
      const pids = Array.from({ length: 3000 }, (_, i) => `p${i}`);
      const out = [line(T0, { type: 'meeting.started', id: 'm', title: 'Turns' })];
      for (const pid of pids) out.push(line(T0 + 1, { type: 'participant.joined', pid, name: pid.toUpperCase() }));
      out.push(line(T0 + 2, { type: 'round.started', rid: 'r1', kind: 'go-around', order: pids, slotMs: 1000 }));
      pids.forEach((pid, i) => out.push(line(T0 + 3 + i * 10, { type: 'round.turn', rid: 'r1', pid })));
      return out;
    },
  ],
  [
    // Each response and each resolution finds the person's open objection on the item.
    '100,000 objections to one decision, then each resolved',
    () => {
      const out = [line(T0, { type: 'meeting.started', id: 'm', title: 'Objections' })];
      out.push(line(T0 + 1, { type: 'decision.proposed', did: 'd1', title: 'x', rights: { initiator: null, deciders: [], contributors: [], informed: [] } }));
      for (let i = 0; i < 100_000; i++) out.push(line(T0 + 2 + i, { type: 'consent.response', did: 'd1', pid: `p${i}`, response: 'objection', reason: 'no' }));
      for (let i = 0; i < 100_000; i++) out.push(line(T0 + 200_000 + i, { type: 'objection.resolved', did: 'd1', pid: `p${i}` }));
      return out;
    },
  ],
  [
    '100,000 hands raised, then lowered last first',
    () => {
      const out = [line(T0, { type: 'meeting.started', id: 'm', title: 'Hands' })];
      for (let i = 0; i < 100_000; i++) out.push(line(T0 + i, { type: 'hand.raised', pid: `p${i}` }));
      for (let i = 100_000 - 1; i >= 0; i--) out.push(line(T0 + 200_000 - i, { type: 'hand.lowered', pid: `p${i}` }));
      return out;
    },
  ],
];

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

if (!existsSync(cli)) throw new Error(`no CLI at ${cli}: run node esbuild.config.mjs --only cli`);
const dir = mkdtempSync(path.join(tmpdir(), 'roundtable-adv-'));
let failed = false;
try {
  console.log(`adversarial records through ${path.relative(process.cwd(), cli) || cli}, ${RUNS} runs each, medians (bounds: 2 s CPU, 300 MB max RSS)`);
  for (const [name, make] of shapes) {
    const text = make().join('\n') + '\n';
    const file = path.join(dir, 'r.jsonl');
    writeFileSync(file, text);
    const cpu: number[] = [];
    const rss: number[] = [];
    let status = '';
    for (let i = 0; i < RUNS; i++) {
      const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, cli, 'report', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
      const last = r.stderr.trimEnd().split('\n').pop()!.split(' ').map(Number);
      cpu.push(last[0]! + last[1]!);
      rss.push(last[2]! / 1024);
      status = r.status === 0 ? 'exit 0' : `exit ${r.status}: ${r.stderr.split('\n')[0]!.slice(0, 80)}`;
    }
    const ok = median(cpu) < 2 && median(rss) < 300 && status === 'exit 0';
    failed ||= !ok;
    console.log(`  ${name} (${(text.length / 1e6).toFixed(1)} MB): ${median(cpu).toFixed(2)} s CPU, ${median(rss).toFixed(0)} MB max RSS, ${status} ${ok ? 'within bounds' : 'OUT OF BOUNDS'}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// Reported, not failed: npm run bench is a measurement; OUT OF BOUNDS above is the finding.
void failed;
