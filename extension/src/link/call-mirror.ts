/**
 * The call's meeting in VS Code (issue 14), mirrored from the browser worker, its one writer.
 *
 * Why the browser writes: only it sees the call page; its detector's times are back-dated to
 * when an indicator really changed and land in its IndexedDB log before anything else happens,
 * and it keeps recording while VS Code reloads or restarts. VS Code's copy is that log in the
 * same order (seq n = event n), folded by the same core, written through the same live record,
 * so the sidebar, the status bar and the summary read it like a meeting of their own.
 *
 *   link up --> follow { meetingId, seq } --> events from seq+1 --> ingest (write-ahead, fold)
 *                                           gap? -> follow again     overlap? -> skipped
 *   palette command on the call's meeting --> command --> browser runs it --> result { seq }
 *                                           --> the command returns once events up to seq are in
 *   meeting.ended arrives --> the meeting is saved to .roundtable/meetings like any other
 *
 * Which meeting is mirrored survives a reload in workspace state (the live record holds its
 * events), so a reload asks for exactly the events it lacks. While the link is down the call's
 * meeting goes on in the browser; VS Code shows the last state it has and says the link is
 * reconnecting, and commands on that meeting are refused with a sentence saying why.
 */
import * as vscode from 'vscode';
import type { KeyValue } from './file-memento';
import { checkEvent } from '../../../shared/core/record/record';
import type { LinkCommand } from '../../../shared/core/link/link-protocol';
import { MeetingError, type LiveMeeting } from '../live-meeting';
import type { BrowserLink } from './browser-link';
import type { LinkConnection } from './link-server';
import { browserRefusal } from '../refusal-text';

const MIRROR_KEY = 'roundtable.link.mirroredMeeting';
/** How long a palette command waits for the browser's answer and its events. */
const COMMAND_TIMEOUT_MS = 10_000;

export class CallMirror implements vscode.Disposable {
  private conn: LinkConnection | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (seq: number) => void; reject: (e: Error) => void }>();
  private readonly waiters: { seq: number; resolve: () => void }[] = [];
  private chain: Promise<void> = Promise.resolve();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    link: BrowserLink,
    private readonly meeting: LiveMeeting,
    private readonly memory: KeyValue,
    /** The mirrored meeting ended: save it like End Meeting does. */
    private readonly ended: () => Promise<void>,
    private readonly log: (m: string) => void,
    private readonly t: (m: string, ...a: (string | number)[]) => string,
  ) {
    if (this.mirroredId && this.meeting.meeting.started && this.meeting.meeting.id === this.mirroredId) this.attach();
    this.disposables.push(link.onConnection((c) => this.connected(c)));
  }

  /** The id of the browser meeting this window mirrors, if any. */
  get mirroredId(): string | undefined {
    return this.memory.get<string>(MIRROR_KEY);
  }

  private attach(): void {
    this.meeting.remote = { run: (command) => this.run(command) };
  }

  private connected(conn: LinkConnection): void {
    this.conn = conn;
    conn.onMessage((msg) => {
      if (msg.type === 'events') this.serial(() => this.receive(msg.meetingId, msg.from, msg.events));
      else if (msg.type === 'result') {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (!p) return;
        if (msg.ok) p.resolve(msg.seq ?? 0);
        else p.reject(new MeetingError(browserRefusal(this.t, msg.error), msg.error?.code));
      }
    });
    conn.onClose(() => {
      if (this.conn !== conn) return;
      this.conn = null;
      for (const p of this.pending.values()) p.reject(new MeetingError(this.t('The browser link dropped before the browser answered. Try again once it is linked.')));
      this.pending.clear();
    });
    this.follow();
  }

  /** Tells the browser what this window holds; it answers with the rest. */
  private follow(): void {
    const id = this.mirroredId;
    const holds = id && this.meeting.meeting.started && this.meeting.meeting.id === id;
    this.conn?.send({ type: 'follow', meetingId: holds ? id : null, seq: holds ? this.meeting.events.length : 0 });
  }

  private serial(fn: () => Promise<void>): void {
    this.chain = this.chain.then(fn).catch((e: unknown) => this.log(`link: mirroring failed: ${e instanceof Error ? e.message : String(e)}`));
  }

  private async receive(meetingId: string, from: number, raw: readonly unknown[]): Promise<void> {
    if (meetingId !== this.mirroredId || !(this.meeting.meeting.started && this.meeting.meeting.id === meetingId)) {
      // A meeting this window does not hold yet: only its beginning can start the mirror, and
      // never over a meeting of VS Code's own that is still running (one meeting at a time).
      if (from !== 1) return this.follow();
      if (this.meeting.live && this.meeting.meeting.id !== meetingId) {
        this.log(`link: the browser's meeting ${meetingId} is not shown: VS Code's own meeting is still running`);
        return;
      }
      await this.memory.update(MIRROR_KEY, meetingId);
      this.meeting.followCall();
      this.attach();
      this.log(`link: mirroring the browser's meeting ${meetingId}`);
    }
    const have = this.meeting.events.length;
    if (from > have + 1) return this.follow();
    const fresh = raw.slice(have + 1 - from);
    let endedNow = false;
    for (const r of fresh) {
      const c = checkEvent(r);
      // Names and ids came from a call page: only valid v1 events are folded. A bad one stops the
      // batch, so the seq never skips; the next follow asks for it again.
      if (!c.ok) {
        this.log(`link: refused an event from the browser: ${'problem' in c ? c.problem.message : c.newer}`);
        return;
      }
      await this.meeting.ingest(c.event);
      if (c.event.type === 'meeting.ended') endedNow = true;
    }
    this.wake();
    if (endedNow) {
      this.log(`link: the browser's meeting ${meetingId} ended; saving it`);
      await this.ended();
    }
  }

  private wake(): void {
    const seq = this.meeting.events.length;
    for (const w of [...this.waiters]) if (w.seq <= seq) {
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve();
    }
  }

  /** A palette command on the call's meeting: the browser runs it; resolves once its events are here. */
  private async run(command: LinkCommand): Promise<void> {
    const conn = this.conn;
    const meetingId = this.mirroredId;
    if (!conn || !meetingId) throw new MeetingError(this.t("The call's meeting is run by the browser, and the browser link is not connected. Try again once it is linked."));
    const id = this.nextId++;
    const seq = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new MeetingError(this.t('The browser did not answer in time.')));
      }, COMMAND_TIMEOUT_MS);
      this.pending.set(id, { resolve: (s) => (clearTimeout(timer), resolve(s)), reject: (e) => (clearTimeout(timer), reject(e)) });
      conn.send({ type: 'command', id, meetingId, command });
    });
    if (this.meeting.events.length >= seq) return;
    await new Promise<void>((resolve) => {
      const w = { seq, resolve };
      this.waiters.push(w);
      setTimeout(() => {
        const i = this.waiters.indexOf(w);
        if (i >= 0) this.waiters.splice(i, 1);
        resolve();
      }, COMMAND_TIMEOUT_MS);
    });
  }

  /** After the mirrored meeting was saved, a new one (local or mirrored) may start. */
  async forget(): Promise<void> {
    await this.memory.update(MIRROR_KEY, undefined);
    this.meeting.remote = null;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
