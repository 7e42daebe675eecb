/**
 * `roundtable report <record.jsonl> [--format json|md|csv] [--min-gap <ms>] [--backchannel <ms>]`
 * ("-" reads stdin).
 * Exit 0 with the report on stdout; otherwise exit 1 (bad record or file) or 2 (bad usage)
 * with exactly one line on stderr naming the problem (and the line of the record).
 */
import { readFileSync } from 'node:fs';
import { report } from '../core/summary/report';
import { parseArgs, USAGE } from './args';

function fail(message: string, code: number): never {
  // One line, whatever the message holds (a file name may contain a newline).
  process.stderr.write(`roundtable: ${message.replace(/[\r\n]+/g, ' ')}\n`);
  process.exit(code);
}

function main(): void {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) fail(parsed.message, 2);
  const cmd = parsed.command;
  if (cmd.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let text: string;
  try {
    text = readFileSync(cmd.file === '-' ? 0 : cmd.file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(`cannot read ${cmd.file === '-' ? 'standard input' : JSON.stringify(cmd.file)}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : e instanceof Error ? e.message : String(e)}`, 1);
  }
  const r = report(text, { format: cmd.format, minGapMs: cmd.minGapMs, backchannelMs: cmd.backchannelMs });
  if (!r.ok) fail(`${cmd.file === '-' ? 'stdin' : cmd.file}: ${r.message}`, 1);
  process.stdout.write(r.output);
}

// `roundtable report x | head`: the reader went away; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

main();
