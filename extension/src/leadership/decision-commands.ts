/**
 * The decision trail's commands: Record Decision (propose), Start Consent Round, Answer in Consent
 * Round, Resolve / Withdraw Objection, Record Decision Outcome. Each takes an argument object
 * (leadership-args.ts) or asks for what is missing; the core decides (decideConsent through the
 * LeadershipSession) and the decision files are rewritten after every change.
 *
 * A decision is named by its id (d1) or its title; by default the command takes the item it
 * obviously means (the one in the running consent round, the only blocked one, the latest open).
 */
import * as vscode from 'vscode';
import type { ConsentAnswer, DecisionRights, Pid } from '../../../shared/core/record/events';
import type { DecisionItemView } from '../../../shared/core/decisions/decision-view';
import { cleanNames } from '../command-args';
import { MeetingError } from '../live-meeting';
import { askDuration, askText } from '../prompts';
import { argsOrThrow } from '../round-commands';
import { readSettings } from '../settings';
import { parseAnswerConsentArgs, parseObjectionArgs, parseOutcomeArgs, parseRecordDecisionArgs, parseStartConsentArgs } from './leadership-args';
import type { Leadership } from './leadership';
import { rightsFromMatrix } from './team-roster';

const t = vscode.l10n.t;
const automatedCall = (arg: unknown) => arg !== undefined && arg !== null;

export class DecisionCommands {
  constructor(private readonly l: Leadership) {}

  private items(): DecisionItemView[] {
    return this.l.meeting.leadership().decisions;
  }

  /** The item named by id or title, or the default `fallback` picks; asks when several fit. */
  private async item(named: string | undefined, fallback: (items: DecisionItemView[]) => DecisionItemView[], automated: boolean): Promise<DecisionItemView | undefined> {
    const items = this.items();
    if (named !== undefined) {
      const it = items.find((i) => i.did === named) ?? items.find((i) => i.title.toLocaleLowerCase() === named.trim().toLocaleLowerCase());
      if (!it) throw new MeetingError(t('There is no decision "{0}" in this meeting.', named));
      return it;
    }
    const fits = fallback(items);
    if (fits.length === 0) throw new MeetingError(t('There is no open decision. Record one with "Roundtable: Record Decision".'));
    if (fits.length === 1 || automated) return fits[fits.length - 1];
    const pick = await vscode.window.showQuickPick(
      fits.map((i) => ({ label: i.title, description: this.statusText(i.status), item: i })),
      { title: t('Roundtable: which decision?'), ignoreFocusOut: true },
    );
    return pick?.item;
  }

  private statusText(s: DecisionItemView['status']): string {
    return s === 'open' ? t('open') : s === 'blocked' ? t('blocked by an objection') : t('decided');
  }

  private undecided = (items: DecisionItemView[]) => items.filter((i) => i.status !== 'decided');

  /** The item whose consent round is running, if any. */
  private inRound(): DecisionItemView | undefined {
    const r = this.l.meeting.meeting.activeRound;
    if (!r || r.status === 'ended' || r.kind !== 'consent') return undefined;
    return this.items().find((i) => i.rounds.includes(r.rid));
  }

  private pid(who: string): Pid {
    const pid = this.l.meeting.find(who);
    if (!pid) throw new MeetingError(t('{0} is not in the meeting.', who));
    return pid;
  }

  private async pickPeople(title: string, picked: readonly Pid[]): Promise<Pid[] | undefined> {
    const people = this.l.meeting.roster();
    const chosen = await vscode.window.showQuickPick(
      people.map((p) => ({ label: p.name, pid: p.pid, picked: picked.includes(p.pid) })),
      { title, canPickMany: true, ignoreFocusOut: true },
    );
    return chosen?.map((c) => c.pid);
  }

  async recordDecision(arg: unknown): Promise<string | undefined> {
    const a = argsOrThrow(parseRecordDecisionArgs(arg));
    this.l.requireLive();
    const automated = automatedCall(arg);
    const title = a.title ?? (automated ? undefined : await askText(t('Roundtable: record decision'), t('What is to be decided? (a short title)')));
    if (title === undefined || title.trim() === '') {
      if (automated) throw new MeetingError(t('A decision needs a title.'));
      return undefined;
    }
    const proposal = a.proposal ?? (automated ? undefined : await askText(t('Roundtable: record decision'), t('The proposal (optional)')));
    if (proposal === undefined && !automated) return undefined;
    const roster = await this.l.roster();
    let area = a.area;
    if (area === undefined && !automated && roster?.matrix?.areas.length) {
      const pick = await vscode.window.showQuickPick(
        [{ label: t('No area'), id: undefined as string | undefined }, ...roster.matrix.areas.map((x) => ({ label: x.name || x.id, description: t('decision matrix in roster.json'), id: x.id as string | undefined }))],
        { title: t('Roundtable: area of the decision'), placeHolder: t('The decision matrix proposes who decides, contributes and is informed'), ignoreFocusOut: true },
      );
      if (!pick) return undefined;
      area = pick.id;
    }
    const initiator = a.initiator !== undefined ? this.pid(a.initiator) : automated ? null : await this.askInitiator();
    if (initiator === undefined) return undefined;
    let rights: DecisionRights = { initiator, deciders: [], contributors: [], informed: [] };
    if (area !== undefined) {
      const fromMatrix = roster && rightsFromMatrix(roster, area, this.l.meeting.roster(), initiator);
      if (fromMatrix) {
        rights = fromMatrix.rights;
        area = fromMatrix.area;
      } else if (roster?.matrix) throw new MeetingError(t('The decision matrix in roster.json has no area "{0}".', area));
    }
    const list = (v: string | string[]) => cleanNames(v).map((n) => this.pid(n));
    if (a.deciders !== undefined) rights.deciders = list(a.deciders);
    if (a.contributors !== undefined) rights.contributors = list(a.contributors);
    if (a.informed !== undefined) rights.informed = list(a.informed);
    if (!automated) {
      // The matrix proposes; the facilitator confirms or changes who decides.
      const deciders = await this.pickPeople(t('Roundtable: who decides?'), rights.deciders.length ? rights.deciders : this.l.meeting.roster().map((p) => p.pid));
      if (!deciders) return undefined;
      rights.deciders = [...deciders, ...rights.deciders.filter((d) => !this.l.meeting.meeting.participants.get(d)?.present && !deciders.includes(d))];
    }
    const before = new Set(this.items().map((i) => i.did));
    await this.l.meeting.consent({ type: 'propose', title: title.trim(), ...(proposal ? { proposal } : {}), ...(area ? { area } : {}), rights });
    await this.l.writeDecisions();
    return this.items().find((i) => !before.has(i.did))?.did;
  }

  private async askInitiator(): Promise<Pid | null | undefined> {
    const pick = await vscode.window.showQuickPick(
      [{ label: t('Nobody in particular'), pid: null as Pid | null }, ...this.l.meeting.roster().map((p) => ({ label: p.name, pid: p.pid as Pid | null }))],
      { title: t('Roundtable: who brought this decision?'), ignoreFocusOut: true },
    );
    return pick ? pick.pid : undefined;
  }

  async startConsentRound(arg: unknown): Promise<void> {
    const a = argsOrThrow(parseStartConsentArgs(arg));
    this.l.requireLive();
    const automated = automatedCall(arg);
    const item = await this.item(a.decision, this.undecided, automated);
    if (!item) return;
    const dflt = readSettings().defaultSlotSeconds * 1000;
    const slotMs = a.slotMs ?? (automated ? dflt : await askDuration(t('Roundtable: consent round'), t('Time box per decider, in seconds'), dflt));
    if (slotMs === undefined) return;
    await this.l.meeting.consent({ type: 'start-round', did: item.did, slotMs });
    if (automated) return;
    // From the palette the round is run here: each decider in turn. Escape leaves the rest to
    // "Roundtable: Answer in Consent Round" (or the sidebar).
    for (let guard = 0; guard < 100; guard++) {
      const current = this.l.meeting.round()?.current;
      if (!current || this.inRound()?.did !== item.did) break;
      if (!(await this.answer(item.did, current, undefined, undefined, false))) break;
    }
  }

  async answerConsent(arg: unknown): Promise<void> {
    const a = argsOrThrow(parseAnswerConsentArgs(arg));
    this.l.requireLive();
    const automated = automatedCall(arg);
    const round = this.inRound();
    const item = a.decision !== undefined || !round ? await this.item(a.decision, this.undecided, automated) : round;
    if (!item) return;
    let pid: Pid | undefined = a.participant !== undefined ? this.pid(a.participant) : undefined;
    if (pid === undefined && round?.did === item.did) pid = this.l.meeting.round()?.current ?? undefined;
    if (pid === undefined && automated) throw new MeetingError(t('Say whose answer it is: no consent round is running.'));
    if (pid === undefined) {
      const waiting = item.responses.filter((r) => r.decider && r.response === null);
      const pick = await vscode.window.showQuickPick(
        (waiting.length ? waiting : item.responses).map((r) => ({ label: r.name, pid: r.pid })),
        { title: t('Roundtable: whose answer?'), ignoreFocusOut: true },
      );
      pid = pick?.pid;
    }
    if (pid === undefined) return;
    await this.answer(item.did, pid, a.response, a.reason, automated);
  }

  /** Asks (if needed) and records one answer; false when the user cancelled. */
  private async answer(did: string, pid: Pid, response: ConsentAnswer | undefined, reason: string | undefined, automated: boolean): Promise<boolean> {
    const name = this.l.meeting.nameOf(pid);
    if (response === undefined) {
      if (automated) throw new MeetingError(t('Say which answer: consent, concern or objection.'));
      const pick = await vscode.window.showQuickPick(
        [
          { label: t('Consent'), answer: 'consent' as const },
          { label: t('Concern'), description: t('voiced, does not block'), answer: 'concern' as const },
          { label: t('Objection'), description: t('blocks until resolved or withdrawn'), answer: 'objection' as const },
        ],
        { title: t('Roundtable: consent round'), placeHolder: t('Answer for {0}', name), ignoreFocusOut: true },
      );
      if (!pick) return false;
      response = pick.answer;
    }
    if (reason === undefined && !automated) {
      const r = await vscode.window.showInputBox({
        title: t('Roundtable: consent round'),
        prompt: response === 'objection' ? t('Reason of the objection by {0}', name) : t('Reason (optional)'),
        ignoreFocusOut: true,
        validateInput: (v) => (response === 'objection' && v.trim() === '' ? t('An objection needs its reason.') : undefined),
      });
      if (r === undefined) return false;
      reason = r;
    }
    await this.l.meeting.consent({ type: 'respond', did, pid, response, ...(reason ? { reason } : {}) });
    await this.l.writeDecisions();
    return true;
  }

  async closeObjection(arg: unknown, how: 'resolve' | 'withdraw'): Promise<void> {
    const a = argsOrThrow(parseObjectionArgs(arg));
    this.l.requireMeeting();
    const automated = automatedCall(arg);
    const item = await this.item(a.decision, (items) => items.filter((i) => i.status === 'blocked'), automated);
    if (!item) return;
    const open = item.objections.filter((o) => o.state === 'open');
    let pid: Pid | undefined = a.participant !== undefined ? this.pid(a.participant) : undefined;
    if (pid === undefined && open.length === 1) pid = open[0]!.pid;
    if (pid === undefined && !automated && open.length > 1)
      pid = (await vscode.window.showQuickPick(open.map((o) => ({ label: o.name, detail: o.reason, pid: o.pid })), { title: t('Roundtable: whose objection?'), ignoreFocusOut: true }))?.pid;
    if (pid === undefined) {
      if (automated) throw new MeetingError(t('Say whose objection.'));
      return;
    }
    const text =
      a.how ??
      (automated ? undefined : await askText(t('Roundtable: objection'), how === 'resolve' ? t('How was it resolved? (optional)') : t('Why was it withdrawn? (optional)')));
    if (text === undefined && !automated) return;
    await this.l.meeting.consent({ type: how, did: item.did, pid, ...(text ? { how: text } : {}) });
    await this.l.writeDecisions();
  }

  async recordOutcome(arg: unknown): Promise<void> {
    const a = argsOrThrow(parseOutcomeArgs(arg));
    this.l.requireMeeting();
    const automated = automatedCall(arg);
    const item = await this.item(a.decision, this.undecided, automated);
    if (!item) return;
    const outcome = a.outcome ?? (automated ? undefined : await askText(t('Roundtable: decision outcome'), t('What was decided?'), item.proposal));
    if (outcome === undefined || outcome.trim() === '') {
      if (automated) throw new MeetingError(t('A decision needs an outcome.'));
      return;
    }
    const rationale = a.rationale ?? (automated ? undefined : await askText(t('Roundtable: decision outcome'), t('Why? (the rationale, optional)')));
    if (rationale === undefined && !automated) return;
    await this.l.meeting.consent({ type: 'record', did: item.did, outcome: outcome.trim(), ...(rationale ? { rationale } : {}) });
    await this.l.writeDecisions();
  }
}
