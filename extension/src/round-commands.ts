/**
 * Commands that run a round and its floor: start, next, pass, extend, pause, resume, end,
 * hands and speech marks. Each takes its inputs as an optional argument object (see
 * command-args.ts and extension/README-section.md) and asks only for what is missing.
 */
import * as vscode from 'vscode';
import { parseExtendArgs, parseHandsFollowArgs, parsePersonArgs, parseStartRoundArgs, cleanNames, type Parsed } from './command-args';
import { Commands, StateKeys } from './ids';
import { MeetingError, type LiveMeeting } from './live-meeting';
import { askBox, askDuration, askKind, askNames, askOrder, askPerson, askText } from './prompts';
import { readSettings } from './settings';

const t = vscode.l10n.t;

/** Shows what went wrong (a refusal as a warning, anything else as an error) instead of throwing into VS Code. */
export async function guarded(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (e instanceof MeetingError) void vscode.window.showWarningMessage(e.message);
    else void vscode.window.showErrorMessage(t('Roundtable: {0}', e instanceof Error ? e.message : String(e)));
  }
}

export function argsOrThrow<T>(p: Parsed<T>): T {
  if (!p.ok) throw new MeetingError(t('Invalid command arguments: {0}', p.error));
  return p.value;
}

export class RoundCommands {
  constructor(
    private readonly meeting: LiveMeeting,
    private readonly memory: vscode.Memento,
  ) {}

  register(): vscode.Disposable[] {
    const m = this.meeting;
    const reg = (id: string, fn: (arg?: unknown) => Promise<unknown>) => vscode.commands.registerCommand(id, (arg?: unknown) => guarded(() => fn(arg)));
    return [
      reg(Commands.startRound, (a) => this.startRound(a)),
      reg(Commands.nextSpeaker, () => m.command({ type: 'next' })),
      reg(Commands.pass, () => m.command({ type: 'pass' })),
      reg(Commands.extend, (a) => this.extend(a)),
      reg(Commands.pause, () => m.command({ type: 'pause' })),
      reg(Commands.resume, () => m.command({ type: 'resume' })),
      reg(Commands.endRound, () => m.command({ type: 'end' })),
      reg(Commands.raiseHand, (a) => this.hand(a, 'raise')),
      reg(Commands.lowerHand, (a) => this.hand(a, 'lower')),
      reg(Commands.lowerAllHands, () => m.command({ type: 'lower-all' })),
      reg(Commands.handsFollowFloor, (a) => this.handsFollow(a)),
      reg(Commands.markSpeaking, (a) => this.markSpeaking(a)),
    ];
  }

  remembered(): string[] {
    const v = this.memory.get<unknown>(StateKeys.lastRoster);
    return Array.isArray(v) ? cleanNames(v) : [];
  }

  /**
   * Start Round. With no meeting running it first starts one (the quick path: participants are
   * asked, comma-separated, and remembered for next time).
   */
  async startRound(arg: unknown): Promise<void> {
    const a = argsOrThrow(parseStartRoundArgs(arg));
    const settings = readSettings();
    const automated = arg !== undefined && arg !== null;
    if (!this.meeting.live) {
      const names = a.participants !== undefined ? cleanNames(a.participants) : await askNames(this.remembered());
      if (!names) return;
      if (names.length === 0) throw new MeetingError(t('Enter at least one name.'));
      await this.memory.update(StateKeys.lastRoster, names);
      await this.meeting.start(t('Meeting'), names);
    }
    const kind = a.kind ?? (automated ? 'go-around' : await askKind());
    if (!kind) return;
    const topic = a.topic ?? (automated ? undefined : await askText(t('Roundtable: topic'), t('Topic of the round (optional)')));
    if (topic === undefined && !automated) return;
    let box = a.box ?? (a.totalMs !== undefined ? 'round' : a.slotMs !== undefined || automated || kind === 'silent' ? 'turn' : await askBox());
    if (!box) return;
    if (kind === 'silent') box = 'round';
    const lastSlot = this.memory.get<number>(StateKeys.lastSlotSeconds) ?? settings.defaultSlotSeconds;
    const slotMs =
      a.slotMs ??
      a.totalMs ??
      (automated
        ? settings.defaultSlotSeconds * 1000
        : await askDuration(t('Roundtable: time box'), box === 'round' ? t('Time box for the whole round, in seconds') : t('Time box per person, in seconds'), lastSlot * 1000));
    if (slotMs === undefined) return;
    if (!automated) await this.memory.update(StateKeys.lastSlotSeconds, Math.round(slotMs / 1000));
    const strategy = a.order ?? (automated ? settings.orderStrategy : await askOrder(settings.orderStrategy));
    if (!strategy) return;
    const participants = a.participants !== undefined && this.meeting.live ? this.pidsFor(cleanNames(a.participants)) : undefined;
    await this.meeting.command({
      type: 'start',
      kind,
      slotMs,
      strategy,
      seed: Date.now() % 2147483647,
      ...(topic ? { topic } : {}),
      ...(box === 'round' ? { box } : {}),
      ...(a.queue ? { queue: a.queue } : {}),
      ...(participants ? { participants } : {}),
    });
  }

  private pidsFor(names: string[]): string[] {
    return names.map((n) => {
      const pid = this.meeting.find(n);
      if (!pid) throw new MeetingError(t('{0} is not in the meeting.', n));
      return pid;
    });
  }

  /**
   * With `{ms}` it extends at once, with `{preset}` by that amount of the extendSeconds setting
   * (the keybinding passes the first); from the palette it offers the presets or a custom amount.
   */
  private async extend(arg: unknown): Promise<void> {
    const a = argsOrThrow(parseExtendArgs(arg));
    const presets = readSettings().extendSeconds.map((s) => s * 1000);
    let ms = a.ms ?? (a.preset !== undefined ? (presets[a.preset - 1] ?? presets[0]) : undefined);
    if (ms === undefined) {
      const custom = t('Custom…');
      const items = presets.map((p) => ({ label: p % 60_000 === 0 ? t('+{0} min', p / 60_000) : t('+{0} s', p / 1000), ms: p as number | undefined }));
      const pick = await vscode.window.showQuickPick([...items, { label: custom, ms: undefined }], { title: t('Roundtable: extend the time box'), ignoreFocusOut: true });
      if (pick === undefined) return;
      ms = pick.ms ?? (await askDuration(t('Roundtable: extend the time box'), t('Extra time, in seconds'), presets[0]!));
      if (ms === undefined) return;
    }
    await this.meeting.command({ type: 'extend', ms });
  }

  /** Resolves a person from {participant} or {index} (1-based roster position), else asks. */
  async person(arg: unknown, placeHolder: string, among = this.meeting.roster()): Promise<string | undefined> {
    const a = argsOrThrow(parsePersonArgs(arg));
    if (a.participant !== undefined) {
      const pid = this.meeting.find(a.participant);
      if (!pid) throw new MeetingError(t('{0} is not in the meeting.', a.participant));
      return pid;
    }
    if (a.index !== undefined) {
      const p = this.meeting.roster()[a.index - 1];
      if (!p) throw new MeetingError(t('There is no participant number {0}.', a.index));
      return p.pid;
    }
    return askPerson(among, placeHolder);
  }

  private async hand(arg: unknown, op: 'raise' | 'lower'): Promise<void> {
    if (!this.meeting.live) throw new MeetingError(t('No meeting is running. Start one with "Roundtable: Start Meeting".'));
    const raised = new Set(this.meeting.meeting.hands.keys());
    const among = this.meeting.roster().filter((p) => (op === 'raise' ? !raised.has(p.pid) : raised.has(p.pid)));
    const pid = await this.person(arg, op === 'raise' ? t('Whose hand goes up?') : t('Whose hand goes down?'), among);
    if (pid) await this.meeting.command({ type: op, pid });
  }

  private async live(): Promise<void> {
    if (!this.meeting.live) throw new MeetingError(t('No meeting is running. Start one with "Roundtable: Start Meeting".'));
  }

  /** `{on}` sets the switch; without it the command turns it over and says which way it now is. */
  private async handsFollow(arg: unknown): Promise<boolean> {
    const a = argsOrThrow(parseHandsFollowArgs(arg));
    await this.live();
    const on = a.on ?? !this.meeting.meeting.handsFollowFloor;
    if (on !== this.meeting.meeting.handsFollowFloor) await this.meeting.command({ type: 'hands-follow', on });
    if (a.on === undefined) void vscode.window.showInformationMessage(on ? t('Raised hands now lower themselves when their owner takes the floor.') : t('Raised hands now stay up until lowered.'));
    return on;
  }

  private async markSpeaking(arg: unknown): Promise<void> {
    if (!this.meeting.live) throw new MeetingError(t('No meeting is running. Start one with "Roundtable: Start Meeting".'));
    const pid = await this.person(arg, t('Who is speaking now? (pick again to stop)'));
    if (pid) await this.meeting.toggleSpeaking(pid);
  }
}
