/**
 * A page's copy of one meeting, kept by the worker's pushes (views.ts) in a shared/ui
 * MeetingModel: the record once, then only new events, folded incrementally.
 *
 *   (no port) --connect + follow--> following --port closed (worker stopped)--> waiting
 *   waiting --the worker says awake--> connect + follow, resuming after model.seq
 *
 * Pushed events carry the seq of the first; one the copy already has is skipped (never counted
 * twice), and a gap (never expected) makes the page follow again from what it holds, so the
 * copy always equals the record.
 */
import { MeetingModel } from '../../../shared/ui/meeting-model';
import { browser, type Runtime } from '../platform/browser';
import { MSG_AWAKE, parsePush, VIEW_PORT, type FollowRequest, type MeetingStatus, type ViewPush } from '../views';

export class MeetingFollower {
  readonly model = new MeetingModel();
  status: MeetingStatus = { meeting: null, health: null, manual: false };
  /** A record has arrived (until then the page has nothing to show, not "no meeting"). */
  loaded = false;
  private port: Runtime.Port | null = null;
  private readonly listeners = new Set<(kind: 'record' | 'events' | 'status') => void>();
  private closed = false;

  /** `meetingId`: the meeting to follow; absent: the live one (else the most recent), switching when another starts. */
  constructor(private readonly meetingId?: string) {
    browser.runtime.onMessage.addListener(this.onAwake);
    this.connect();
  }

  /** Called after every push, with what it brought. */
  subscribe(fn: (kind: 'record' | 'events' | 'status') => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  close(): void {
    this.closed = true;
    browser.runtime.onMessage.removeListener(this.onAwake);
    this.port?.disconnect();
    this.port = null;
  }

  private readonly onAwake = (m: unknown): undefined => {
    if (typeof m === 'object' && m !== null && 'type' in m && m.type === MSG_AWAKE && !this.port && !this.closed) this.connect();
    return undefined;
  };

  private connect(): void {
    const port = browser.runtime.connect({ name: VIEW_PORT });
    this.port = port;
    port.onMessage.addListener((raw: unknown) => this.receive(parsePush(raw)));
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
    });
    const have = this.status.meeting;
    const follow: FollowRequest = {
      type: 'view->background:follow',
      ...(this.meetingId ? { meetingId: this.meetingId } : {}),
      ...(this.loaded && have && !this.model.problem ? { resume: { meetingId: have.id, seq: this.model.seq } } : {}),
    };
    port.postMessage(follow);
  }

  private receive(push: ViewPush | null): void {
    if (!push) return;
    if (push.type === 'background->view:record') {
      this.model.reset(push.events);
      this.setStatus(push);
      this.loaded = true;
    } else if (push.type === 'background->view:events') {
      if (push.meetingId !== this.status.meeting?.id) return;
      if (this.model.apply(push.from, push.events) === 'resync') {
        // A gap: follow again from what this copy holds.
        this.port?.disconnect();
        this.port = null;
        this.connect();
        return;
      }
    } else this.setStatus(push);
    const kind = push.type === 'background->view:record' ? 'record' : push.type === 'background->view:events' ? 'events' : 'status';
    for (const l of this.listeners) l(kind);
  }

  private setStatus(s: MeetingStatus): void {
    this.status = { meeting: s.meeting, health: s.health, manual: s.manual };
  }
}
