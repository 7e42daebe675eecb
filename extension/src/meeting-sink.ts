/**
 * Where the live meeting's session writes its events in VS Code.
 *
 *   live meeting ──> the live record in extension storage (live-record.ts)
 *   End Meeting saved the meeting to .roundtable/meetings/ ──> `finished(files)`: the live
 *   record is cleared, and any later event of that same meeting (an objection resolved, an
 *   outcome, a debrief answer: the core allows these after the end) rewrites its finished
 *   record and summary in place. A new meeting (another id) goes to the live record again.
 *
 * The events themselves are read from the session (its record is the one copy). No queue of
 * its own: the session calls append one event at a time and waits for it, so rewrites never
 * overlap and an older snapshot never lands last.
 */
import type * as vscode from 'vscode';
import type { EventSink, MeetingSession } from '../../shared/core/meeting/session';
import type { MeetingEvent } from '../../shared/core/record/events';
import type { LiveRecord } from './live-record';

export interface FinishedFiles {
  record: vscode.Uri;
  summary: vscode.Uri;
}

export class MeetingSink implements EventSink {
  private done: { id: string; files: FinishedFiles } | undefined;

  constructor(
    private readonly live: LiveRecord,
    /** The current meeting's session (a new meeting has a new one). */
    private readonly session: () => MeetingSession,
    /** Rewrites a finished meeting's files with its whole record. */
    private readonly rewrite: (files: FinishedFiles, events: readonly MeetingEvent[]) => Promise<void>,
    /** Told after a rewrite (the summary panel shows the new record). */
    private readonly rewritten: (previous: readonly MeetingEvent[], events: readonly MeetingEvent[]) => void = () => undefined,
  ) {}

  append(e: MeetingEvent): Promise<void> {
    const s = this.session();
    const before = s.events;
    const f = this.done;
    if (!f || s.state.id !== f.id || e.type === 'meeting.started') return this.live.append(e, before);
    const previous = before.slice();
    const events = [...previous, e];
    return this.rewrite(f.files, events).then(() => this.rewritten(previous, events));
  }

  /** The meeting `id` was saved to `files`: its later events go there, and the live record is forgotten. */
  finished(id: string, files: FinishedFiles): Promise<void> {
    this.done = { id, files };
    return this.live.clear();
  }
}
