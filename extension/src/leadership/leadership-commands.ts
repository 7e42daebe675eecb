/**
 * Registers the shared-leadership commands (ids.ts) and runs the ones that are not about a
 * decision: Hand Over Facilitation, Debrief, Show Trends. Like every Roundtable command, each
 * takes an argument object or asks; refusals become warnings (round-commands.ts's guarded).
 * A command's result (the new decision's id, the trends' Markdown) is returned to
 * executeCommand for automation and tests.
 */
import * as vscode from 'vscode';
import { DEBRIEF_PROMPTS, type DebriefPrompt, type Pid } from '../../../shared/core/record/events';
import { debriefRound } from '../../../shared/core/debrief/debrief';
import { currentFacilitator } from '../../../shared/core/meeting/meeting-state';
import { Commands } from '../ids';
import { MeetingError } from '../live-meeting';
import { askDuration, askText } from '../prompts';
import { argsOrThrow, guarded, type RoundCommands } from '../round-commands';
import { readSettings } from '../settings';
import { DecisionCommands } from './decision-commands';
import type { Leadership } from './leadership';
import { parseDebriefArgs } from './leadership-args';
import type { TrendsView } from './trends-view';

const t = vscode.l10n.t;

const QUESTION: Record<DebriefPrompt, string> = {
  worked: t('What worked?'),
  'did-not': t('What did not work?'),
  change: t('What do we change next time?'),
};

export class LeadershipCommands {
  private readonly decisions: DecisionCommands;

  constructor(
    private readonly l: Leadership,
    private readonly rounds: RoundCommands,
    private readonly trends: TrendsView,
  ) {
    this.decisions = new DecisionCommands(l);
  }

  register(): vscode.Disposable[] {
    const reg = (id: string, fn: (arg?: unknown) => Promise<unknown>) =>
      vscode.commands.registerCommand(id, async (arg?: unknown) => {
        let result: unknown;
        await guarded(async () => (result = await fn(arg)));
        return result;
      });
    const d = this.decisions;
    return [
      reg(Commands.handOverFacilitation, (a) => this.handOver(a)),
      reg(Commands.recordDecision, (a) => d.recordDecision(a)),
      reg(Commands.startConsentRound, (a) => d.startConsentRound(a)),
      reg(Commands.answerConsent, (a) => d.answerConsent(a)),
      reg(Commands.resolveObjection, (a) => d.closeObjection(a, 'resolve')),
      reg(Commands.withdrawObjection, (a) => d.closeObjection(a, 'withdraw')),
      reg(Commands.recordOutcome, (a) => d.recordOutcome(a)),
      reg(Commands.debrief, (a) => this.debrief(a)),
      reg(Commands.showTrends, (a) => this.trends.show(a)),
    ];
  }

  private async handOver(arg: unknown): Promise<void> {
    this.l.requireLive();
    const current = currentFacilitator(this.l.meeting.meeting);
    const among = this.l.meeting.roster().filter((p) => p.pid !== current);
    const pid = await this.rounds.person(arg, t('Who facilitates from now on?'), among);
    if (pid) await this.l.meeting.changeFacilitator(pid);
  }

  /**
   * The closing round: with `{round: true}` a go-around on the three prompts starts first; the
   * answers come as `{answers: [...]}` or are asked, prompt by prompt (an empty answer skips a
   * prompt, Escape stops). They go into the meeting record, then the playbook is rebuilt.
   */
  private async debrief(arg: unknown): Promise<void> {
    const a = argsOrThrow(parseDebriefArgs(arg));
    // Answers may come after End Meeting; the closing round itself needs the meeting running.
    if (a.round) this.l.requireLive();
    else this.l.requireMeeting();
    const automated = arg !== undefined && arg !== null;
    if (a.round) await this.l.meeting.command(debriefRound(a.slotMs ?? readSettings().defaultSlotSeconds * 1000, await this.l.files.text()));
    const find = (who: string): Pid => {
      const pid = this.l.meeting.find(who);
      if (!pid) throw new MeetingError(t('{0} is not in the meeting.', who));
      return pid;
    };
    let answers = (a.answers ?? []).map((x) => ({ prompt: x.prompt, text: x.text, pid: x.participant === undefined ? undefined : find(x.participant) }));
    if (!automated) {
      if (!a.round && this.l.meeting.live && (await this.askRound()) === undefined) return;
      const who = await vscode.window.showQuickPick(
        [{ label: t('The group'), pid: undefined as Pid | undefined }, ...this.l.meeting.roster().map((p) => ({ label: p.name, pid: p.pid as Pid | undefined }))],
        { title: t('Roundtable: debrief'), placeHolder: t('Whose answers are these?'), ignoreFocusOut: true },
      );
      if (!who) return;
      answers = [];
      for (const prompt of DEBRIEF_PROMPTS) {
        const text = await askText(t('Roundtable: debrief'), QUESTION[prompt]);
        if (text === undefined) break;
        if (text.trim()) answers.push({ prompt, text, pid: who.pid });
      }
    }
    for (const x of answers) await this.l.meeting.debrief({ type: 'answer', prompt: x.prompt, text: x.text, ...(x.pid ? { pid: x.pid } : {}) });
    if (answers.length) await this.l.writePlaybook();
  }

  /** From the palette: offer the closing round when none is running. Undefined: cancelled. */
  private async askRound(): Promise<boolean | undefined> {
    const r = this.l.meeting.round();
    if (r && r.status !== 'ended') return false;
    const pick = await vscode.window.showQuickPick(
      [
        { label: t('Note answers'), round: false },
        { label: t('Start the closing round, then note answers'), round: true },
      ],
      { title: t('Roundtable: debrief'), ignoreFocusOut: true },
    );
    if (!pick) return undefined;
    if (pick.round) {
      const slotMs = await askDuration(t('Roundtable: debrief'), t('Time box per person, in seconds'), readSettings().defaultSlotSeconds * 1000);
      if (slotMs === undefined) return undefined;
      // Its topic goes into the record, so it is in the records language.
      await this.l.meeting.command(debriefRound(slotMs, await this.l.files.text()));
    }
    return pick.round;
  }
}
