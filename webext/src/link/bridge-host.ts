/**
 * What the link's meeting bridge needs of the worker (meeting-bridge.ts BridgeHost), over the
 * worker's own MeetingHost and LeadershipWorker: VS Code's commands run through the same
 * handlers, in the same one-at-a-time chain, as the side panel's. A refusal keeps its code, which
 * VS Code words in its own language; the English message is for logs (and for an older VS Code).
 */
import type { BridgeHost } from './meeting-bridge';
import type { MeetingHost } from '../background/meeting-host';
import type { LeadershipWorker } from '../background/leadership-worker';

export function workerBridgeHost(host: MeetingHost, leadership: LeadershipWorker): BridgeHost {
  return {
    async liveMeetingId() {
      const live = (await host.list()).filter((m) => m.endedAt === undefined).sort((a, b) => b.startedAt - a.startedAt);
      return live[0]?.id ?? null;
    },
    async events(id) {
      const snap = await host.snapshot(id);
      return snap.meeting?.id === id ? snap.events : null;
    },
    async run(meetingId, command) {
      if (command.kind === 'consent' || command.kind === 'debrief' || command.kind === 'facilitator') {
        const r = await leadership.handle({ meetingId, command });
        return r.ok ? { ok: true } : { ok: false, code: r.error.code, message: r.error.message };
      }
      const r = await host.command(meetingId, command.kind === 'round' ? { kind: 'round', command: command.command } : command);
      if (r.error) return { ok: false, code: r.error.code, message: r.error.message };
      return r.meetingId ? { ok: true } : { ok: false, code: 'no-meeting', message: 'the browser has no such live meeting' };
    },
  };
}
