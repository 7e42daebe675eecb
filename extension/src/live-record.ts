/**
 * The live meeting's append-only record, kept in the extension's storage (per workspace, or
 * global without a folder) so that "Developer: Reload Window" or a restart rebuilds the meeting
 * by folding it: every event carries its own timestamp, so no second is lost while the window
 * was gone.
 *
 * It keeps no copy of the events: the session's record (`MeetingSession.events`) is the one copy,
 * and an append that must rewrite the file reads the events before it from there.
 *
 * Guarantees:
 * - appends are written in the order they were made (one write chain);
 * - `flush()` resolves once everything appended so far is on disk (deactivate awaits it);
 * - a file that does not parse is never overwritten: it is renamed aside with a `.corrupt-<t>`
 *   suffix and the problem is returned, so the user gets a message and the bytes survive;
 * - a torn last line (a crash, a killed window or a full disk cut the last write) is not
 *   corruption: the meeting is restored from every complete event, the torn bytes are kept
 *   aside in `.torn-<t>` and reported, and the record is rewritten to its complete lines so
 *   appending continues cleanly (without the rewrite, the next whole rewrite would drop the
 *   torn bytes silently).
 *
 * vscode.workspace.fs has no append. The node host passes an `AppendText` (node:fs appendFile),
 * so each event costs one line written; the web host has no node fs and rewrites the whole record
 * each time (fine for a few hundred lines). Appending is only safe while the file is known to hold
 * exactly the events before the new ones, so a whole rewrite comes first whenever that is not
 * known: before anything was loaded, after clear() (its delete may have failed), after a failed
 * write (it may have left part of a line), and for a record outside the local disk.
 */
import * as vscode from 'vscode';
import type { MeetingEvent } from '../../shared/core/record/events';
import { describeRecordProblem } from '../../shared/core/record/record-problem';
import { ENGLISH_TEXT, type CoreText } from '../../shared/core/l10n/core-text';
import { readRecord, serializeEvent, serializeRecord, splitTorn } from '../../shared/core/record/record';
import { Paths } from './ids';

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'ok'; events: MeetingEvent[]; torn: { line: number; keptAs: vscode.Uri } | null }
  | { kind: 'corrupt'; message: string; movedTo: vscode.Uri };

/** Appends text to a file on the local disk (the node host: node:fs/promises appendFile). */
export type AppendText = (fsPath: string, text: string) => Promise<void>;

export class LiveRecord {
  private chain: Promise<void> = Promise.resolve();
  private readonly file: vscode.Uri;
  /** The file holds exactly `events` as written so far: the next write may append (see above). */
  private inSync = false;

  constructor(
    private readonly dir: vscode.Uri,
    private readonly appendText?: AppendText,
  ) {
    this.file = vscode.Uri.joinPath(dir, Paths.liveRecord);
  }

  get uri(): vscode.Uri {
    return this.file;
  }

  /** A corrupt record's message is in `words` (the reader's language). */
  async load(words: CoreText = ENGLISH_TEXT): Promise<LoadResult> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.file);
    } catch {
      return { kind: 'none' };
    }
    const text = new TextDecoder().decode(bytes);
    const parsed = readRecord(text);
    if (!parsed.ok) {
      const movedTo = vscode.Uri.joinPath(this.dir, `${Paths.liveRecord}.corrupt-${Date.now()}`);
      await vscode.workspace.fs.rename(this.file, movedTo, { overwrite: false });
      return { kind: 'corrupt', message: describeRecordProblem(parsed.error, words), movedTo };
    }
    if (parsed.torn) {
      // The torn bytes go aside first (so they survive a failure of the second write), then the
      // record keeps only its complete lines, each ending in a newline: appending continues it.
      const { complete, torn } = splitTorn(text, parsed.torn);
      const keptAs = vscode.Uri.joinPath(this.dir, `${Paths.liveRecord}.torn-${Date.now()}`);
      const encoder = new TextEncoder();
      await vscode.workspace.fs.writeFile(keptAs, encoder.encode(torn));
      await vscode.workspace.fs.writeFile(this.file, encoder.encode(complete));
      this.inSync = true;
      return { kind: 'ok', events: [...parsed.events], torn: { line: parsed.torn.line, keptAs } };
    }
    // Every line parsed, each ending in a newline (serializeRecord): appending continues the file.
    this.inSync = bytes.length === 0 || bytes[bytes.length - 1] === 0x0a;
    return { kind: 'ok', events: [...parsed.events], torn: null };
  }

  /**
   * Appends `event`; `before` is the record it follows, exactly (the session's events array: it
   * only grows, and a new meeting has a new one), read only when the whole file is rewritten.
   */
  append(event: MeetingEvent, before: readonly MeetingEvent[]): Promise<void> {
    return this.write(event, before, before.length);
  }

  /** Forgets the live meeting (after it was written to the meetings folder). */
  clear(): Promise<void> {
    const forget = () => {
      // In the chain, so writes queued before still append, and every later one starts a new file whole.
      this.inSync = false;
      return vscode.workspace.fs.delete(this.file);
    };
    this.chain = this.chain.then(forget).then(undefined, () => undefined);
    return this.chain;
  }

  flush(): Promise<void> {
    return this.chain;
  }

  private write(event: MeetingEvent, before: readonly MeetingEvent[], upTo: number): Promise<void> {
    // Serialised now, in the caller's turn. A rewrite stores the events before this one (later
    // appends follow it), then this one.
    const line = serializeEvent(event) + '\n';
    const done = this.chain.then(async () => {
      if (this.inSync && this.appendText && this.file.scheme === 'file') {
        await this.appendText(this.file.fsPath, line);
        return;
      }
      await vscode.workspace.fs.createDirectory(this.dir);
      await vscode.workspace.fs.writeFile(this.file, new TextEncoder().encode(serializeRecord(before.slice(0, upTo)) + line));
      this.inSync = true;
    });
    // A failed write is reported to its caller; the next one still runs and rewrites everything,
    // since a failed append may have left part of a line.
    this.chain = done.catch(() => {
      this.inSync = false;
    });
    return done;
  }
}
