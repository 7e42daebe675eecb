/**
 * The live meeting's append-only record, kept in the extension's storage (per workspace, or
 * global without a folder) so that "Developer: Reload Window" or a restart rebuilds the meeting
 * by folding it: every event carries its own timestamp, so no second is lost while the window
 * was gone.
 *
 * Guarantees:
 * - appends are written in the order they were made (one write chain);
 * - `flush()` resolves once everything appended so far is on disk (deactivate awaits it);
 * - a file that does not parse is never overwritten: it is renamed aside with a `.corrupt-<t>`
 *   suffix and the problem is returned, so the user gets a message and the bytes survive.
 *
 * vscode.workspace.fs has no append, so each write stores the whole record; a meeting is a few
 * hundred lines, and the same code then runs in the web extension host.
 */
import * as vscode from 'vscode';
import type { MeetingEvent } from '../../shared/core/events';
import { describeProblem, readRecord, serializeRecord } from '../../shared/core/record';
import { Paths } from './ids';

export type LoadResult = { kind: 'none' } | { kind: 'ok'; events: MeetingEvent[] } | { kind: 'corrupt'; message: string; movedTo: vscode.Uri };

export class LiveRecord {
  private events: MeetingEvent[] = [];
  private chain: Promise<void> = Promise.resolve();
  private readonly file: vscode.Uri;

  constructor(private readonly dir: vscode.Uri) {
    this.file = vscode.Uri.joinPath(dir, Paths.liveRecord);
  }

  get uri(): vscode.Uri {
    return this.file;
  }

  async load(): Promise<LoadResult> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.file);
    } catch {
      return { kind: 'none' };
    }
    const parsed = readRecord(new TextDecoder().decode(bytes));
    if (!parsed.ok) {
      const movedTo = vscode.Uri.joinPath(this.dir, `${Paths.liveRecord}.corrupt-${Date.now()}`);
      await vscode.workspace.fs.rename(this.file, movedTo, { overwrite: false });
      return { kind: 'corrupt', message: describeProblem(parsed.error), movedTo };
    }
    this.events = parsed.events;
    return { kind: 'ok', events: [...parsed.events] };
  }

  append(...events: MeetingEvent[]): Promise<void> {
    this.events.push(...events);
    return this.write();
  }

  /** Forgets the live meeting (after it was written to the meetings folder). */
  clear(): Promise<void> {
    this.events = [];
    this.chain = this.chain.then(() => vscode.workspace.fs.delete(this.file)).then(undefined, () => undefined);
    return this.chain;
  }

  flush(): Promise<void> {
    return this.chain;
  }

  private write(): Promise<void> {
    const text = serializeRecord(this.events);
    const done = this.chain.then(async () => {
      await vscode.workspace.fs.createDirectory(this.dir);
      await vscode.workspace.fs.writeFile(this.file, new TextEncoder().encode(text));
    });
    // A failed write is reported to its caller; the next one still runs (and rewrites everything).
    this.chain = done.catch(() => undefined);
    return done;
  }
}
