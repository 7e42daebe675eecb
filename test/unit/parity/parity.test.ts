/**
 * Parity: one scripted meeting driven through both shells' hosts gives the same event log (ids
 * aside) and the same Markdown summary. VS Code's side is its LiveMeeting on the core session
 * over an in-memory sink; the browser's is the worker's MeetingHost (a core session per call)
 * and LeadershipWorker over the in-memory store (test/fakes), driven by the same page commands
 * the side panel sends. Both read one manual clock that the script advances.
 *
 * The script: a manual meeting of three, speech marked by hand, a go-around with a pass and an
 * extension, a raised hand, someone added by hand and renamed, a decision with a consent round, an objection and its resolution,
 * the outcome, a debrief answer, the end.
 */
import { strict as assert } from 'node:assert';
import { ManualClock } from '../../../shared/core/meeting/clock';
import type { ConsentCommand } from '../../../shared/core/decisions/consent';
import type { DebriefCommand } from '../../../shared/core/debrief/debrief';
import type { MeetingEvent, Pid } from '../../../shared/core/record/events';
import type { RoundCommand } from '../../../shared/core/rounds/round-commands';
import { renderMarkdown } from '../../../shared/core/summary/render-markdown';
import { LiveMeeting } from '../../../extension/src/live-meeting';
import { summarizeMeeting } from '../../../extension/src/leadership/meeting-history';
import { MeetingHost } from '../../../webext/src/background/meeting-host';
import { LeadershipWorker } from '../../../webext/src/background/leadership-worker';
import { summaryWithLeadership } from '../../../webext/src/pages/record';
import { T0 } from '../../fakes/events';
import { MemoryClaims, MemoryRoster, MemoryStore } from '../../fakes/memory-store';

/** What each shell's host offers the script, in the script's words. */
interface Shell {
  start(title: string, names: string[]): Promise<void>;
  speaking(pid: Pid | null): Promise<void>;
  /** Someone typed by hand joins (the one pid allocator). */
  add(name: string): Promise<void>;
  rename(pid: Pid, name: string): Promise<void>;
  round(cmd: RoundCommand): Promise<void>;
  facilitator(pid: Pid): Promise<void>;
  consent(cmd: ConsentCommand): Promise<void>;
  debrief(cmd: DebriefCommand): Promise<void>;
  end(): Promise<void>;
  events(): Promise<MeetingEvent[]>;
  markdown(): Promise<string>;
}

function vscodeShell(clock: ManualClock): Shell {
  const log: MeetingEvent[] = [];
  const m = new LiveMeeting(clock, { append: (e) => void log.push(structuredClone(e)) }, 1500, () => 'meeting-id');
  return {
    start: (title, names) => m.start(title, names),
    speaking: async (pid) => {
      if (pid === null) {
        const on = [...m.meeting.participants.values()].find((p) => p.speakingSince !== null);
        if (on) await m.toggleSpeaking(on.pid);
      } else await m.toggleSpeaking(pid);
    },
    add: async (name) => void (await m.addParticipant(name)),
    rename: (pid, name) => m.record({ type: 'participant.renamed', pid, name }),
    round: (cmd) => m.command(cmd),
    facilitator: (pid) => m.changeFacilitator(pid),
    consent: (cmd) => m.consent(cmd),
    debrief: (cmd) => m.debrief(cmd),
    end: () => m.end(),
    events: async () => log,
    markdown: async () => renderMarkdown(summarizeMeeting(log, 1500)),
  };
}

function browserShell(clock: ManualClock): Shell {
  const store = new MemoryStore();
  const host = new MeetingHost(store, new MemoryClaims(), () => clock.now(), () => 'meeting-id');
  const worker = new LeadershipWorker(host, new MemoryRoster(), () => undefined);
  const ok = (outcome: { error?: unknown; ok?: boolean }) => assert.ok(outcome.ok !== false && !outcome.error, JSON.stringify(outcome));
  const lead = async (command: Parameters<LeadershipWorker['handle']>[0]['command']) => ok(await worker.handle({ meetingId: 'meeting-id', command }));
  return {
    start: async (title, names) => ok(await host.command(undefined, { kind: 'start-manual', title, names })),
    speaking: async (pid) => ok(await host.command(undefined, { kind: 'manual-speaking', pid })),
    add: async (name) => ok(await host.command(undefined, { kind: 'add-participant', name })),
    rename: async (pid, name) => ok(await host.command(undefined, { kind: 'rename', pid, name })),
    round: async (command) => ok(await host.command(undefined, { kind: 'round', command })),
    facilitator: (pid) => lead({ kind: 'facilitator', pid }),
    consent: (command) => lead({ kind: 'consent', command }),
    debrief: (command) => lead({ kind: 'debrief', command }),
    end: async () => ok(await host.command(undefined, { kind: 'end-meeting' })),
    events: () => store.events('meeting-id'),
    markdown: async () => {
      const events = await store.events('meeting-id');
      return renderMarkdown(summaryWithLeadership(events, events[events.length - 1]!.t));
    },
  };
}

async function script(shell: Shell, clock: ManualClock): Promise<void> {
  const wait = (ms: number) => clock.advance(ms);
  await shell.start('Parity', ['Ana', 'Ben', 'Cy']);
  await shell.facilitator('p1');
  wait(2_000);
  await shell.speaking('p1');
  wait(20_000);
  await shell.speaking('p2');
  wait(5_000);
  await shell.speaking(null);
  await shell.round({ type: 'start', kind: 'go-around', slotMs: 60_000, topic: 'Status' });
  await shell.speaking('p1');
  wait(30_000);
  await shell.speaking(null);
  await shell.round({ type: 'next' });
  wait(3_000);
  await shell.round({ type: 'pass' });
  await shell.speaking('p3');
  wait(55_000);
  await shell.round({ type: 'extend', ms: 30_000 });
  wait(20_000);
  await shell.speaking(null);
  await shell.round({ type: 'next' });
  await shell.round({ type: 'raise', pid: 'p2' });
  wait(4_000);
  await shell.round({ type: 'lower', pid: 'p2' });
  await shell.add('Dee');
  await shell.rename('p4', 'Dee Dee');
  const rights = { initiator: 'p1', deciders: ['p2', 'p3'], contributors: ['p1'], informed: [] };
  await shell.consent({ type: 'propose', did: 'd1', title: 'Ship on Friday', proposal: 'Release 2.0', rights });
  await shell.consent({ type: 'start-round', did: 'd1', slotMs: 30_000 });
  await shell.speaking('p2');
  wait(10_000);
  await shell.speaking(null);
  await shell.consent({ type: 'respond', did: 'd1', pid: 'p2', response: 'consent' });
  wait(8_000);
  await shell.consent({ type: 'respond', did: 'd1', pid: 'p3', response: 'objection', reason: 'QA is not done' });
  wait(6_000);
  await shell.consent({ type: 'resolve', did: 'd1', pid: 'p3', how: 'QA signs off Thursday' });
  await shell.consent({ type: 'record', did: 'd1', outcome: 'Ship on Friday after QA', rationale: 'Objection met' });
  await shell.debrief({ type: 'answer', prompt: 'worked', pid: 'p2', text: 'Short rounds' });
  wait(1_000);
  await shell.end();
}

/** The log without what legitimately differs: the meeting id (each shell mints its own) and the platform tag the browser adds. */
function comparable(events: MeetingEvent[]): unknown[] {
  return events.map((e) => {
    const { t, ...rest } = e;
    if (rest.type === 'meeting.started') return { ...rest, id: '(id)', platform: undefined, t };
    return { ...rest, t };
  });
}

describe('parity: one scripted meeting through both shells’ hosts', () => {
  it('gives the same event log and the same Markdown summary', async () => {
    const c1 = new ManualClock(T0);
    const c2 = new ManualClock(T0);
    const vscode = vscodeShell(c1);
    const browser = browserShell(c2);
    await script(vscode, c1);
    await script(browser, c2);
    const [a, b] = [await vscode.events(), await browser.events()];
    assert.ok(a.length > 30, `${a.length} events`);
    assert.deepEqual(comparable(b), comparable(a));
    assert.equal(await browser.markdown(), await vscode.markdown());
    assert.match(await vscode.markdown(), /Ship on Friday after QA/);
  });
});
