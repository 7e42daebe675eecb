/**
 * `roundtable report <record.jsonl> [--format json|md|csv|agenda-csv] [--min-gap <ms>] [--backchannel <ms>] [--lang <lang>]`
 * ("-" reads stdin).
 * Exit 0 with the report on stdout (warnings on stderr); otherwise exit 1 (bad record, file or
 * failed write) or 2 (bad usage) with exactly one line on stderr naming the problem (and the
 * line of the record), and nothing on stdout. Every message passes through terminalText: no
 * byte of a hostile record or file name reaches the terminal raw.
 */
import { version } from '../../package.json';
import { quoteForTerminal, terminalText } from '../core/text/escape';
import { reportPieces } from '../core/summary/report';
import { HELP, parseArgs } from './args';
import { environmentLanguage, textFor } from './language';
import { openChunks, writeAll } from './io';

function say(line: string): void {
  try {
    writeAll(2, `roundtable: ${terminalText(line)}\n`);
  } catch {
    // stderr itself is gone: the exit status is all that is left to say it.
  }
}

function fail(message: string, code: number): never {
  say(message);
  process.exit(code);
}

const SYSTEM: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EIO: 'input/output error',
  ENAMETOOLONG: 'file name too long',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

function systemMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code && SYSTEM[code] ? `${SYSTEM[code]} (${code})` : code ?? (e instanceof Error ? e.message : String(e));
}

function write(text: string | Iterable<string>): void {
  try {
    if (typeof text === 'string') writeAll(1, text);
    else for (const piece of text) writeAll(1, piece);
  } catch (e) {
    // `roundtable report x | head`: the reader went away; that is not an error worth a message.
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    fail(`cannot write the report to standard output: ${systemMessage(e)}`, 1);
  }
}

function main(): void {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) fail(parsed.message, 2);
  const cmd = parsed.command;
  if (cmd.kind === 'help') return write(HELP);
  if (cmd.kind === 'version') return write(`roundtable ${version}\n`);
  const label = cmd.file === '-' ? 'standard input' : quoteForTerminal(cmd.file);
  let source: ReturnType<typeof openChunks>;
  try {
    source = openChunks(cmd.file);
  } catch (e) {
    fail(`cannot read ${label}: ${systemMessage(e)}`, 1);
  }
  let r: ReturnType<typeof reportPieces>;
  try {
    const text = cmd.lang === undefined ? environmentLanguage(process.env) : textFor(cmd.lang)!;
    r = reportPieces(source.read, { format: cmd.format, minGapMs: cmd.minGapMs, backchannelMs: cmd.backchannelMs, text });
  } catch (e) {
    // Only the system can fail here (the core never throws): a read error mid-file.
    fail(`cannot read ${label}: ${systemMessage(e)}`, 1);
  } finally {
    source.close();
  }
  if (!r.ok) fail(`${label}: ${r.message}`, 1);
  for (const w of r.warnings) say(`warning: ${label}: ${w}`);
  write(r.output);
}

try {
  main();
} catch (e) {
  // A bug, not a user's mistake: still one line, no stack trace on a user's terminal.
  fail(`internal error: ${e instanceof Error ? e.message : String(e)}`, 1);
}
