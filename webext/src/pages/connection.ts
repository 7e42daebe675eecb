/**
 * Pages talk to the worker only through `send` (ui->background requests, typed by the
 * protocol's request map) and the view port (views.ts), and hear of new or deleted meetings
 * through MSG.changed. Every reply is checked as an envelope (parseReply) before it is used.
 */
import { MSG, parseReply, type MeetingInfo, type MeetingSnapshot, type PageRequestType, type ProtocolError, type ReplyTo, type Requests, type UiCommand } from '../messages';
import { browser } from '../platform/browser';

export async function send<K extends PageRequestType>(type: K, body: Requests[K]['body']): Promise<ReplyTo<K>> {
  try {
    return parseReply<K>(await browser.runtime.sendMessage({ ...body, type }));
  } catch (e) {
    return { ok: false, error: { code: 'failed', message: e instanceof Error ? e.message : String(e) } };
  }
}

/** A refusal as an exception, for pages that only show that something failed. */
export class Refused extends Error {
  constructor(readonly error: ProtocolError) {
    super(error.message);
  }
}

async function value<K extends PageRequestType>(type: K, body: Requests[K]['body']): Promise<Requests[K]['value']> {
  const r = await send(type, body);
  if (!r.ok) throw new Refused(r.error);
  return r.value;
}

export const getMeeting = (id?: string): Promise<MeetingSnapshot> => value(MSG.getMeeting, id ? { id } : {});
export const listMeetings = (): Promise<MeetingInfo[]> => value(MSG.listMeetings, {});
export const sendCommand = (command: UiCommand, meetingId?: string): Promise<ReplyTo<typeof MSG.command>> => send(MSG.command, { command, ...(meetingId ? { meetingId } : {}) });
export const deleteMeeting = (id: string | null, clearRoster = false): Promise<null> => (id === null ? value(MSG.deleteAll, { roster: clearRoster }) : value(MSG.deleteMeeting, { id }));

/** Calls `fn` whenever the worker says a meeting was opened, ended or deleted; returns the unsubscribe. */
export function onChanged(fn: (meetingId: string) => void): () => void {
  const listener = (m: unknown) => {
    if (typeof m === 'object' && m !== null && 'type' in m && m.type === MSG.changed && 'meetingId' in m && typeof m.meetingId === 'string') fn(m.meetingId);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
