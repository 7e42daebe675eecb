/**
 * Shared leadership (issue 6) in VS Code: the files the live meeting's decisions, facilitation and
 * debrief keep in the workspace, and the hooks the meeting's own commands call. The commands
 * themselves are the core session's (LiveMeeting.consent / debrief / changeFacilitator).
 *
 *   meeting starts with a facilitator ──> roster.json records the facilitation (rota)
 *   facilitator handed over           ──> the same meeting's entry names the new facilitator
 *   decision proposed / answered /    ──> .roundtable/decisions/NNNN-*.md + README.md rewritten
 *   objection closed / outcome           (idempotent: an item keeps its file and number)
 *   debrief answered                  ──> .roundtable/playbook.md rebuilt from every meeting
 *   meeting ends                      ──> decisions and playbook written once more, final
 *
 * Most leadership commands need a live meeting. Closing an objection, recording an outcome and
 * the debrief also work on the meeting just ended in this window (requireMeeting): the core
 * allows them after meeting.ended, and the session's sink puts them into the finished record
 * (meeting-sink.ts), since the live record is cleared at End Meeting.
 */
import * as vscode from 'vscode';
import type { Pid } from '../../../shared/core/record/events';
import { nameKey } from '../../../shared/core/team/names';
import type { Roster } from '../../../shared/core/team/roster';
import { summarize, type Summary } from '../../../shared/core/summary/summary';
import { currentFacilitator } from '../../../shared/core/meeting/meeting-state';
import { cleanNames } from '../command-args';
import { MeetingError, englishOnly, type LiveMeeting, type Localize } from '../live-meeting';
import type { TeamRoster } from '../meeting-commands';
import { readSettings } from '../settings';
import type { LeadershipFiles } from './leadership-files';
import { rosterAfterFacilitation, suggestAmong } from './team-roster';

export class Leadership implements vscode.Disposable {
  /** "meetingId|pid" of the last facilitation written, so a reload does not write it again. */
  private facilitationWritten = '';
  private endWritten = '';
  private warned = '';
  /** File writes, one after another, so two rewrites of the decision folder never interleave. */
  private writes: Promise<unknown> = Promise.resolve();
  private readonly subscription: { dispose(): void };

  constructor(
    readonly meeting: LiveMeeting,
    readonly files: LeadershipFiles,
    private readonly t: Localize = englishOnly,
  ) {
    this.subscription = meeting.onChange(() => this.changed());
  }

  requireLive(): void {
    this.meeting.requireLive();
  }

  /** A live meeting, or the one ended in this window (until the next starts; a reload forgets it). */
  requireMeeting(): void {
    if (!this.meeting.meeting.started) throw new MeetingError(this.t('No meeting is running. Start one with "Roundtable: Start Meeting".'));
  }

  /** Display names for decision records: participants, then roster people (deciders not in the meeting). */
  async names(): Promise<Map<Pid, string>> {
    const out = new Map<Pid, string>();
    const roster = await this.roster();
    const participants = [...this.meeting.meeting.participants.values()];
    // A roster entry named like a participant is that participant: listing both would make every such name look ambiguous (pid suffixes).
    const present = new Set(participants.map((p) => nameKey(p.name)));
    for (const p of roster?.people ?? []) if (!present.has(nameKey(p.name))) out.set(p.id, p.name);
    for (const p of participants) out.set(p.pid, p.name);
    return out;
  }

  /** The roster, or null when there is none or it cannot be read (then the user is told once, and the file left as it is). */
  async roster(): Promise<Roster | null> {
    const r = await this.files.readRoster();
    if (r.kind === 'corrupt') {
      if (this.warned !== r.message) void vscode.window.showWarningMessage(this.t('{0} could not be read and was left untouched: {1}', '.roundtable/roster.json', r.message));
      this.warned = r.message;
      return null;
    }
    return r.kind === 'ok' ? r.roster : null;
  }

  /** What Start Meeting asks of the team roster (meeting-commands.ts). */
  readonly team: TeamRoster = {
    names: async () => {
      const r = await this.roster();
      return r ? cleanNames(r.people.map((p) => p.name)) : undefined;
    },
    suggest: async (names) => suggestAmong(await this.roster(), names),
  };

  summary(): Summary {
    return summarize(this.meeting.meeting, this.meeting.core.clock.now(), { leadership: true });
  }

  /** Queues a write after the previous ones; failures are shown, never thrown into a command that already succeeded. */
  write(what: () => Promise<unknown>): Promise<void> {
    const next = this.writes.then(what).then(
      () => undefined,
      (e: unknown) => void vscode.window.showErrorMessage(this.t('Roundtable could not write the team files: {0}', e instanceof Error ? e.message : String(e))),
    );
    this.writes = next;
    return next;
  }

  async writeDecisions(): Promise<void> {
    const m = this.meeting.meeting;
    const items = this.meeting.leadership().decisions;
    if (items.length === 0) return;
    const names = await this.names();
    await this.write(() => this.files.writeDecisions({ id: m.id, title: m.title, startedAt: m.windowStart }, items, names));
  }

  async writePlaybook(): Promise<void> {
    const current = this.summary();
    await this.write(() => this.files.writePlaybook(readSettings().minGapMs, current));
  }

  private changed(): void {
    const m = this.meeting.meeting;
    if (!m.started) return;
    const fac = currentFacilitator(m);
    const key = `${m.id}|${fac}`;
    if (fac !== null && key !== this.facilitationWritten) {
      this.facilitationWritten = key;
      void this.recordFacilitation(fac);
    }
    if (m.windowEnd !== null && this.endWritten !== m.id) {
      this.endWritten = m.id;
      // The playbook only changes when this meeting had a debrief (a meeting without one adds nothing to it).
      void this.writeDecisions().then(() => (m.debrief.length ? this.writePlaybook() : undefined));
    }
  }

  /** The rota: roster.json notes who facilitates this meeting (a handover replaces the entry). */
  private async recordFacilitation(pid: Pid): Promise<void> {
    const m = this.meeting.meeting;
    const names = [...m.participants.values()].map((p) => p.name);
    await this.write(async () => {
      const read = await this.files.readRoster();
      const next = rosterAfterFacilitation(read, names, this.meeting.nameOf(pid), m.id, m.windowStart ?? 0, await this.files.display());
      if (!next.ok) {
        void vscode.window.showWarningMessage(this.t('The facilitation was not added to {0}, which was left untouched: {1}', '.roundtable/roster.json', next.message));
        return;
      }
      await this.files.writeRoster(next.text);
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
