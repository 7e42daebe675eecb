/**
 * A mock host for the preview page and the UI's end-to-end test: it plays the part a shell
 * plays (VS Code extension or browser worker) with the real core, an in-memory record and
 * the real clock, and simulates detection: whoever holds the turn mostly talks, others
 * interject now and then. Nothing here is used by the shells themselves.
 */
import { MEETING_PARTS, MeetingSession, summarize, type EventBody, type MeetingEvent } from '../../core/index';
import { toLiveState } from '../from-core';
import { toSummaryData } from '../summary-data';
import type { LiveState, RoundActions, SummaryData } from '../types';

export interface MockHostOptions {
  names: string[];
  slotMs?: number;
  /** Simulated speech; off for tests that drive speech themselves. */
  simulate?: boolean;
  random?: () => number;
}

export class MockHost {
  readonly session: MeetingSession;
  private readonly pids: string[];
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly random: () => number;

  constructor(private readonly options: MockHostOptions) {
    const events: MeetingEvent[] = [];
    this.session = new MeetingSession({ now: () => Date.now() }, { append: (e) => void events.push(e) });
    this.pids = options.names.map((_, i) => `p${i + 1}`);
    this.random = options.random ?? Math.random;
  }

  async start(): Promise<void> {
    const joins: EventBody[] = this.options.names.map((name, i) => ({ type: 'participant.joined', pid: this.pids[i]!, name }));
    await this.session.record({ type: 'meeting.started', id: 'preview', title: 'Preview meeting', facilitator: this.pids[0]! }, ...joins);
    await this.session.command({ type: 'start', kind: 'go-around', topic: 'How are you arriving?', slotMs: this.options.slotMs ?? 30_000 });
    if (this.options.simulate ?? true) this.timer = setInterval(() => void this.simulateSpeech(), 700);
  }

  /** One detection step: flip who speaks, as a call page's indicators would. */
  private async simulateSpeech(): Promise<void> {
    const view = this.session.view();
    const current = view.round?.current ?? null;
    const bodies: EventBody[] = [];
    for (const p of view.metrics.participants) {
      if (!p.present) continue;
      const wants = p.pid === current ? this.random() < 0.85 : this.random() < 0.04;
      if (wants && !p.speaking) bodies.push({ type: 'speech.started', pid: p.pid });
      if (!wants && p.speaking) bodies.push({ type: 'speech.ended', pid: p.pid });
    }
    if (bodies.length > 0) await this.session.record(...bodies);
  }

  live(now = Date.now()): LiveState {
    return toLiveState(this.session.state, now, MEETING_PARTS, { hints: { next: 'Alt+N', pause: 'Alt+P' } });
  }

  summary(now = Date.now()): SummaryData {
    return toSummaryData(summarize(this.session.state, now), this.session.events);
  }

  readonly actions: RoundActions = {
    next: () => void this.session.command({ type: 'next' }),
    pass: () => void this.session.command({ type: 'pass' }),
    extend: (ms) => void this.session.command({ type: 'extend', ms }),
    pause: () => void this.session.command({ type: 'pause' }),
    resume: () => void this.session.command({ type: 'resume' }),
    endRound: () => void this.session.command({ type: 'end' }),
  };

  async endMeeting(): Promise<void> {
    this.stop();
    await this.session.record({ type: 'meeting.ended' });
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
