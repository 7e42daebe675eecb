/**
 * Pages talk to the worker only through these calls (ui->background) and hear back through
 * MSG.changed (background->ui). Pages hold no meeting state of their own: they fetch the
 * record and fold it with the core at render time.
 */
import { MSG, type MeetingInfo, type MeetingSnapshot, type UiCommand } from '../messages';
import { browser } from '../platform/browser';
import type { CommandOutcome } from '../background/commands';

export function getMeeting(id?: string): Promise<MeetingSnapshot> {
  return browser.runtime.sendMessage({ type: MSG.getMeeting, ...(id ? { id } : {}) }) as Promise<MeetingSnapshot>;
}

export function listMeetings(): Promise<MeetingInfo[]> {
  return browser.runtime.sendMessage({ type: MSG.listMeetings }) as Promise<MeetingInfo[]>;
}

export function sendCommand(command: UiCommand, meetingId?: string): Promise<CommandOutcome> {
  return browser.runtime.sendMessage({ type: MSG.command, command, ...(meetingId ? { meetingId } : {}) }) as Promise<CommandOutcome>;
}

export function deleteMeeting(id: string | null, clearRoster = false): Promise<unknown> {
  return browser.runtime.sendMessage(id === null ? { type: MSG.deleteAll, roster: clearRoster } : { type: MSG.deleteMeeting, id });
}

/** Calls `fn` whenever the worker says a meeting changed; returns the unsubscribe. */
export function onChanged(fn: (meetingId: string) => void): () => void {
  const listener = (m: unknown) => {
    if ((m as { type?: string })?.type === MSG.changed) fn((m as { meetingId: string }).meetingId);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
