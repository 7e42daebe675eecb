/**
 * The one in-memory store for tests of the browser's worker: the MeetingStore contract
 * (webext/src/storage/event-store.ts) over plain arrays, the speaking-claims store and the
 * roster store. A "restart" is a new host over the same object. Events are copied in and out,
 * as IndexedDB's structured clone does, so a test cannot pass by sharing objects with the store.
 */
import type { MeetingEvent } from '../../shared/core/record/events';
import { emptyRoster, type Roster } from '../../shared/core/team/roster';
import type { ClaimStore } from '../../webext/src/background/meeting-host';
import type { Claims } from '../../webext/src/background/speech-union';
import type { RosterStore } from '../../webext/src/storage/roster-store';
import type { MeetingInfo } from '../../webext/src/messages';
import type { MeetingStore } from '../../webext/src/storage/event-store';

export class MemoryStore implements MeetingStore {
  readonly infos = new Map<string, MeetingInfo>();
  /** Every append in order, across meetings. */
  readonly log: { meetingId: string; event: MeetingEvent }[] = [];

  async putMeeting(info: MeetingInfo): Promise<void> {
    this.infos.set(info.id, structuredClone(info));
  }
  async meetings(): Promise<MeetingInfo[]> {
    return [...this.infos.values()].map((i) => structuredClone(i)).sort((a, b) => b.startedAt - a.startedAt);
  }
  async append(meetingId: string, event: MeetingEvent): Promise<void> {
    this.log.push({ meetingId, event: structuredClone(event) });
  }
  async events(meetingId: string): Promise<MeetingEvent[]> {
    return this.log.filter((r) => r.meetingId === meetingId).map((r) => structuredClone(r.event));
  }
  async deleteMeeting(id: string): Promise<void> {
    this.infos.delete(id);
    for (let i = this.log.length - 1; i >= 0; i--) if (this.log[i]!.meetingId === id) this.log.splice(i, 1);
  }
  async deleteAll(): Promise<void> {
    this.infos.clear();
    this.log.length = 0;
  }
}

export class MemoryClaims implements ClaimStore {
  saved: Record<string, Claims> = {};
  async load(): Promise<Record<string, Claims>> {
    return structuredClone(this.saved);
  }
  async save(all: Record<string, Claims>): Promise<void> {
    this.saved = structuredClone(all);
  }
  departures: Record<string, number> = {};
  async loadDepartures(): Promise<Record<string, number>> {
    return { ...this.departures };
  }
  async saveDepartures(all: Record<string, number>): Promise<void> {
    this.departures = { ...all };
  }
}

export class MemoryRoster implements RosterStore {
  constructor(public value: Roster = emptyRoster()) {}
  async load(): Promise<{ ok: true; roster: Roster }> {
    return { ok: true, roster: structuredClone(this.value) };
  }
  async save(r: Roster): Promise<void> {
    this.value = structuredClone(r);
  }
}
