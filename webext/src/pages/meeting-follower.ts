/**
 * A page's copy of one meeting, kept by the worker's pushes (views.ts) in a shared/ui
 * FoldedModel: the record once, then only new events, folded incrementally.
 *
 *   (no port) --connect + follow--> following --port closed (worker stopped)--> waiting
 *   waiting --the worker says awake--> connect + follow, resuming after model.seq
 *
 * Pushed events carry the seq of the first; one the copy already has is skipped (never counted
 * twice), and a gap (never expected) makes the page follow again from what it holds, so the
 * copy always equals the record.
 *
 * The model may come later than the connection: the side panel loads the fold and its validator
 * (a chunk, README *Bundles*) while the worker reads the record. Until the model is there, pushes
 * are held, status included, and then applied in order: the page shows the meeting once, with its
 * figures, never a live meeting without them. If the model's code fails to load, the statuses
 * still apply (the page's shell follows which meeting runs; its live part says it did not load).
 * Likewise a push whose events need the fold's parts (the agenda, decisions and debrief: the
 * model's `waitFor`) is held, with every push after it, until they have loaded.
 */
import type { FoldedModel } from '../../../shared/ui/folded-model';
import { browser, type Runtime } from '../platform/browser';
import { MSG_AWAKE, parsePush, VIEW_PORT, type FollowRequest, type MeetingStatus, type ViewPush } from '../views';

/** What a push brought: `speech` is events that are all speech, `events` any with an act among them. */
export type PushKind = 'record' | 'events' | 'speech' | 'status';

export class MeetingFollower {
  /** Null until a model given as a promise has loaded (or for good, if it failed to). */
  model: FoldedModel | null = null;
  status: MeetingStatus = { meeting: null, health: null, manual: false };
  /** A record has arrived (until then the page has nothing to show, not "no meeting"). */
  loaded = false;
  private port: Runtime.Port | null = null;
  private readonly listeners = new Set<(kind: PushKind) => void>();
  private closed = false;
  /** Pushes that came before the model, in order (null: none are held any more). */
  private held: ViewPush[] | null = null;

  /**
   * `meetingId`: the meeting to follow; absent: the live one (else the most recent), switching when another starts.
   * `model`: the copy to keep, or the promise of one (it connects at once either way).
   */
  constructor(private readonly meetingId: string | undefined, model: FoldedModel | Promise<FoldedModel>) {
    if (model instanceof Promise) this.hold(model.then((m) => void (this.model = m)));
    else this.model = model;
    browser.runtime.onMessage.addListener(this.onAwake);
    this.connect();
  }

  /** Holds every push until `until` settles, then applies them in order. */
  private hold(until: Promise<void>): void {
    this.held = [];
    const release = () => {
      const held = this.held ?? [];
      this.held = null;
      if (!this.closed) for (const push of held) this.receive(push);
    };
    until.then(release, release);
  }

  /** Called after every push, with what it brought. */
  subscribe(fn: (kind: PushKind) => void): () => void {
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
      ...(this.loaded && have && this.model && !this.model.problem ? { resume: { meetingId: have.id, seq: this.model.seq } } : {}),
    };
    port.postMessage(follow);
  }

  private receive(push: ViewPush | null): void {
    if (!push) return;
    if (this.held) return void this.held.push(push);
    const model = this.model;
    const wait = model && 'events' in push ? model.waitFor(push.events) : null;
    if (wait) {
      this.hold(wait);
      return void this.held!.push(push);
    }
    if (push.type === 'background->view:record') {
      model?.reset(push.events, push.problem ?? null);
      this.setStatus(push);
      this.loaded = true;
    } else if (push.type === 'background->view:events') {
      if (push.meetingId !== this.status.meeting?.id || !model) return;
      if (model.apply(push.from, push.events) === 'resync') {
        // A gap: follow again from what this copy holds.
        this.port?.disconnect();
        this.port = null;
        this.connect();
        return;
      }
    } else this.setStatus(push);
    const kind: PushKind = push.type === 'background->view:record' ? 'record' : push.type === 'background->view:events' ? (push.speech ? 'speech' : 'events') : 'status';
    for (const l of this.listeners) l(kind);
  }

  private setStatus(s: MeetingStatus): void {
    this.status = { meeting: s.meeting, health: s.health, manual: s.manual };
  }
}
