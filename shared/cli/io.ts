/**
 * Reading and writing for the CLI without surprises: the record is read in chunks (never one
 * string, so any size reads), standard input may be non-blocking (EAGAIN is waited out, not
 * fatal), and output is written synchronously so that a failed write (a full disk, a closed
 * pipe) is known before the exit status is chosen.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

const CHUNK = 1 << 20;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Blocks this thread for `ms` (a non-blocking descriptor that has nothing yet). */
function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

function isAgain(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EAGAIN' || code === 'EWOULDBLOCK';
}

/** readSync that waits out EAGAIN (non-blocking stdin) and EINTR. */
function readSome(fd: number, buf: Buffer, position: number | null): number {
  for (;;) {
    try {
      return readSync(fd, buf, 0, buf.length, position);
    } catch (e) {
      if (isAgain(e)) sleep(5);
      else if ((e as NodeJS.ErrnoException).code === 'EINTR') continue;
      else if ((e as NodeJS.ErrnoException).code === 'EOF') return 0;
      else throw e;
    }
  }
}

/**
 * The text of a file or of standard input ("-"), as a source of chunks that can be read more
 * than once (the report reads a record twice when it is far out of time order). A regular file
 * is read again from disk; a pipe is read once and its bytes kept for the second reading.
 * Throws the system error (ENOENT, EISDIR, EACCES...) on the first read.
 */
export function openChunks(file: string): { read: () => Iterable<string>; close: () => void } {
  const fd = file === '-' ? 0 : openSync(file, 'r');
  const stat = fstatSync(fd);
  if (stat.isDirectory()) {
    if (fd !== 0) closeSync(fd);
    throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  }
  const seekable = stat.isFile();
  let kept: Buffer[] | null = seekable ? null : [];
  let drained = false;
  function* read(): Iterable<string> {
    const decoder = new TextDecoder('utf-8');
    if (!seekable && drained) {
      for (const b of kept!) yield decoder.decode(b, { stream: true });
      const tail = decoder.decode();
      if (tail) yield tail;
      return;
    }
    let position = seekable ? 0 : null;
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = readSome(fd, buf, position);
      if (n === 0) break;
      if (position !== null) position += n;
      const bytes = buf.subarray(0, n);
      if (kept) kept.push(Buffer.from(bytes));
      yield decoder.decode(bytes, { stream: true });
    }
    drained = true;
    const tail = decoder.decode();
    if (tail) yield tail;
  }
  return {
    read,
    close() {
      kept = null;
      if (fd !== 0) closeSync(fd);
    },
  };
}

/** Writes all of `text` to a descriptor; throws the system error (ENOSPC, EPIPE...) if it cannot. */
export function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      if (isAgain(e)) sleep(5);
      else throw e;
    }
  }
}
