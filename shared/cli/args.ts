/**
 * Command-line arguments of `roundtable`, parsed without a library (one command, a few flags).
 * Returns a typed command or one usage message; never throws. Messages quote what the user
 * typed through quoteForTerminal, so an argument cannot put control bytes on the terminal.
 */
import { quoteForTerminal as q } from '../core/text/escape';
import { REPORT_FORMATS, type ReportFormat } from '../core/summary/report';
import { CLI_LANGUAGES, textFor } from './language';

export const USAGE = 'usage: roundtable report <record.jsonl | -> [--format|-f json|md|csv|agenda-csv] [--min-gap <ms>] [--backchannel <ms>] [--lang en|de|fr|es|pt-BR]; roundtable help; roundtable --version';

export const HELP = `${USAGE}

  report <file>       print the summary of a meeting record (JSON Lines); "-" reads standard input
  -f, --format <f>    md (default), csv (people), agenda-csv (agenda items) or json
  --min-gap <ms>      pauses shorter than this join one turn (default 1500); a decimal number
  --backchannel <ms>  speech shorter than this, over someone else's turn, is a backchannel
  --lang <lang>       the report's words (Markdown; the JSON's turn wording): en, de, fr, es or
                      pt-BR; default: the locale of LC_ALL, LC_MESSAGES or LANG, else English.
                      CSV and the JSON's other fields are data, the same in every language
  -h, --help, help    this text
  -V, --version       the version

Exit status: 0 with the report on standard output (warnings, such as a torn last line, on
standard error); 1 for a record or file that cannot be read, or output that cannot be written;
2 for bad usage. Every failure is one line on standard error naming the file and the line.
`;

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'report'; file: string; format: ReportFormat; minGapMs: number | undefined; backchannelMs: number | undefined; /** --lang as given; undefined: the environment's. */ lang: string | undefined };

/** Milliseconds as a plain decimal: "1500" or "250.5"; no sign, hex, exponent or spaces. */
const DECIMAL = /^(0|[1-9][0-9]{0,11})(\.[0-9]{1,6})?$/;

const LONG: Record<string, '--format' | '--min-gap' | '--backchannel' | '--lang'> = { '--format': '--format', '-f': '--format', '--min-gap': '--min-gap', '--backchannel': '--backchannel', '--lang': '--lang' };

export function parseArgs(argv: readonly string[]): { ok: true; command: CliCommand } | { ok: false; message: string } {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { ok: true, command: { kind: 'help' } };
  if (argv.includes('--version') || argv.includes('-V')) return { ok: true, command: { kind: 'version' } };
  const [verb, ...rest] = argv;
  if (verb !== 'report') return { ok: false, message: `unknown command ${q(verb!)}; ${USAGE}` };
  let file: string | undefined;
  let format: ReportFormat = 'md';
  let minGapMs: number | undefined;
  let backchannelMs: number | undefined;
  let lang: string | undefined;
  let endOfOptions = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!endOfOptions && arg === '--') {
      endOfOptions = true;
      continue;
    }
    const isOption = !endOfOptions && arg.startsWith('-') && arg !== '-';
    if (!isOption) {
      if (file === undefined) file = arg;
      else return { ok: false, message: `one record at a time, got ${q(file)} and ${q(arg)}` };
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const flag = LONG[name];
    if (!flag) {
      const hint = arg.startsWith('--') ? '' : ' (the short options are -f, -h and -V; long options take two dashes, e.g. --min-gap)';
      return { ok: false, message: `unknown option ${q(arg)}${hint}; ${USAGE}` };
    }
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined) return { ok: false, message: `${flag} needs a value; ${USAGE}` };
    if (flag === '--format') {
      if (!REPORT_FORMATS.includes(value as ReportFormat)) return { ok: false, message: `--format must be one of ${REPORT_FORMATS.join(', ')}, not ${q(value)}` };
      format = value as ReportFormat;
    } else if (flag === '--lang') {
      if (!textFor(value)) return { ok: false, message: `--lang must be one of ${CLI_LANGUAGES.join(', ')}, not ${q(value)}` };
      lang = value;
    } else {
      if (!DECIMAL.test(value)) return { ok: false, message: `${flag} must be a decimal number of milliseconds, 0 or more (like 1500), not ${q(value)}` };
      if (flag === '--min-gap') minGapMs = Number(value);
      else backchannelMs = Number(value);
    }
  }
  if (file === undefined) return { ok: false, message: `which record? ${USAGE}` };
  return { ok: true, command: { kind: 'report', file, format, minGapMs, backchannelMs, lang } };
}
