/**
 * The commands API (manifest "commands"): next speaker, pass, extend, pause/resume, mark
 * speaking. Each maps to the same UiCommand the side panel sends, so the keyboard and the
 * buttons cannot disagree. Extend adds the first extend preset of the settings.
 */
import type { MeetingHost } from './meeting-host';

export const KEY_COMMANDS = { next: 'next-speaker', pass: 'pass-turn', extend: 'extend-turn', pause: 'toggle-pause', mark: 'mark-speaking' } as const;

/** `extendMs`: the first extend preset (the caller reads the settings). */
export async function runKeyboardCommand(host: MeetingHost, name: string, extendMs = 30_000): Promise<void> {
  // A shortcut may be what woke the worker: the live meetings must be rebuilt before asking for one.
  await host.ready();
  const m = host.current();
  if (!m) return;
  const round = m.session.state.activeRound;
  if (name === KEY_COMMANDS.next && round) await host.command(undefined, { kind: 'round', command: { type: 'next' } });
  else if (name === KEY_COMMANDS.pass && round) await host.command(undefined, { kind: 'round', command: { type: 'pass' } });
  else if (name === KEY_COMMANDS.extend && round) await host.command(undefined, { kind: 'round', command: { type: 'extend', ms: extendMs } });
  else if (name === KEY_COMMANDS.pause && round) await host.command(undefined, { kind: 'round', command: { type: round.status === 'paused' ? 'resume' : 'pause' } });
  else if (name === KEY_COMMANDS.mark && m.info.manual) {
    // Manual mode only (detection owns speech otherwise): marks the facilitator (self) as
    // speaking, or stops it: the key you press while you talk.
    const self = [...m.session.state.participants.values()].find((p) => p.self);
    if (self) await host.command(undefined, { kind: 'manual-speaking', pid: self.pid });
  }
}
