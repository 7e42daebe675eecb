/**
 * The call's meeting over the link, browser side (issue 14). The worker is the meeting's one
 * writer; this bridge only reads its log and forwards VS Code's commands to the same handlers
 * the side panel uses.
 *
 * Nothing lost, nothing doubled: after every (re)link VS Code says which meeting it mirrors and
 * how many of its events it holds (`follow`); the bridge sends the rest of that meeting's log
 * from there (`events` with the seq of the first), then every later append as it is stored. A
 * worker stopped mid-meeting keeps nothing in memory that matters: the log is in IndexedDB and
 * VS Code's `follow` after the re-link says where to go on. When the followed meeting ends, the
 * bridge moves on to the browser's next live meeting, if any.
 */
import type { MeetingEvent } from '../../../shared/core/record/events';
import type { LinkCommand, VsCodeToBrowser } from '../../../shared/core/link/link-protocol';
import type { LinkClient, LinkSession } from './link-client';

export interface BridgeHost {
  /** The browser's most recent live meeting, if any. */
  liveMeetingId(): Promise<string | null>;
  /** A meeting's log in stored order (seq n = element n-1); null when there is no such meeting. */
  events(meetingId: string): Promise<readonly MeetingEvent[] | null>;
  run(meetingId: string, command: LinkCommand): Promise<{ ok: true } | { ok: false; code: string; message: string }>;
}

export class MeetingBridge {
  private session: LinkSession | null = null;
  /** The meeting VS Code mirrors and how many of its events it has been sent. */
  private following: { id: string; sent: number } | null = null;
  /** VS Code has said what it holds since the last (re)link: nothing is pushed before. */
  private told = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: BridgeHost,
    link: LinkClient,
    private readonly log: (m: string) => void = () => undefined,
  ) {
    link.onLinked((s) => {
      this.session = s;
      this.told = false;
    });
    link.onState((st) => {
      if (st.kind !== 'linked') this.session = null;
    });
    link.onMessage((m, s) => this.received(m, s));
  }

  /** The worker stored something in `meetingId` (or a meeting started or ended). */
  changed(): void {
    this.serial(() => this.push());
  }

  private received(m: VsCodeToBrowser, s: LinkSession): void {
    if (m.type === 'follow') {
      this.serial(async () => {
        this.session = s;
        this.told = true;
        this.following = m.meetingId ? { id: m.meetingId, sent: m.seq } : null;
        await this.push();
      });
    } else if (m.type === 'command') {
      // Commands run in the worker's own order (the host's chain); their events come back through push().
      void this.host.run(m.meetingId, m.command).then(
        async (r) => s.send(r.ok ? { type: 'result', id: m.id, ok: true, seq: (await this.host.events(m.meetingId))?.length ?? 0 } : { type: 'result', id: m.id, ok: false, error: { code: r.code, message: r.message } }),
        (e: unknown) => s.send({ type: 'result', id: m.id, ok: false, error: { code: 'failed', message: String(e) } }),
      );
    }
  }

  private serial(fn: () => Promise<void>): void {
    this.chain = this.chain.then(fn).catch((e: unknown) => this.log(`link bridge: ${String(e)}`));
  }

  private async push(): Promise<void> {
    for (let guard = 0; guard < 4; guard++) {
      const s = this.session;
      if (!s || !this.told) return;
      if (!this.following) {
        const live = await this.host.liveMeetingId();
        if (!live) return;
        this.following = { id: live, sent: 0 };
      }
      const f = this.following;
      const events = await this.host.events(f.id);
      if (events === null) {
        // VS Code mirrors a meeting this browser no longer has (deleted): start over with the live one.
        this.following = null;
        continue;
      }
      if (events.length > f.sent) {
        s.send({ type: 'events', meetingId: f.id, from: f.sent + 1, events: events.slice(f.sent) });
        f.sent = events.length;
      }
      if (!events.some((e) => e.type === 'meeting.ended')) return;
      // The followed meeting is over (VS Code has all of it): go on with the next live one.
      const next = await this.host.liveMeetingId();
      if (!next || next === f.id) return;
      this.following = { id: next, sent: 0 };
    }
  }
}
