/**
 * Command-line arguments of `roundtable`, parsed without a library (one command, three flags).
 * Returns a typed command or one usage message; never throws.
 */
import { REPORT_FORMATS, type ReportFormat } from '../core/summary/report';

export const USAGE = 'usage: roundtable report <record.jsonl | -> [--format json|md|csv] [--min-gap <ms>] [--backchannel <ms>]';

export type CliCommand = { kind: 'help' } | { kind: 'report'; file: string; format: ReportFormat; minGapMs: number | undefined; backchannelMs: number | undefined };

export function parseArgs(argv: readonly string[]): { ok: true; command: CliCommand } | { ok: false; message: string } {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { ok: true, command: { kind: 'help' } };
  const [verb, ...rest] = argv;
  if (verb !== 'report') return { ok: false, message: `unknown command ${JSON.stringify(verb)}; ${USAGE}` };
  let file: string | undefined;
  let format: ReportFormat = 'md';
  let minGapMs: number | undefined;
  let backchannelMs: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    if (flag === '--format' || flag === '--min-gap' || flag === '--backchannel') {
      const value = inline ?? rest[++i];
      if (value === undefined) return { ok: false, message: `${flag} needs a value; ${USAGE}` };
      if (flag === '--format') {
        if (!REPORT_FORMATS.includes(value as ReportFormat)) return { ok: false, message: `--format must be one of ${REPORT_FORMATS.join(', ')}, not ${JSON.stringify(value)}` };
        format = value as ReportFormat;
      } else {
        const n = Number(value);
        if (value.trim() === '' || !Number.isFinite(n) || n < 0) return { ok: false, message: `${flag} must be a number of milliseconds, 0 or more, not ${JSON.stringify(value)}` };
        if (flag === '--min-gap') minGapMs = n;
        else backchannelMs = n;
      }
    } else if (arg.startsWith('--')) return { ok: false, message: `unknown option ${JSON.stringify(arg)}; ${USAGE}` };
    else if (file === undefined) file = arg;
    else return { ok: false, message: `one record at a time, got ${JSON.stringify(file)} and ${JSON.stringify(arg)}` };
  }
  if (file === undefined) return { ok: false, message: `which record? ${USAGE}` };
  return { ok: true, command: { kind: 'report', file, format, minGapMs, backchannelMs } };
}
