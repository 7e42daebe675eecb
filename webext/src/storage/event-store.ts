/**
 * The browser's meeting store: IndexedDB through idb. Append-only event log per meeting plus
 * a small index of meetings for the history list.
 *
 * Rules: `append` runs one transaction per event and resolves only once that transaction
 * committed, so an acknowledged event survives a killed worker or a crashed browser.
 * Schema changes add an `upgrade` step for their version; old steps are never edited.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { MeetingEvent } from '../../../shared/core/record/events';
import type { MeetingInfo } from '../messages';

export const DB_NAME = 'roundtable';
export const DB_VERSION = 1;

interface StoredEvent {
  seq?: number;
  meetingId: string;
  event: MeetingEvent;
}

interface Schema extends DBSchema {
  meetings: { key: string; value: MeetingInfo };
  events: { key: number; value: StoredEvent; indexes: { 'by-meeting': string } };
}

/** What the background worker needs from storage; MemoryStore in the unit tests implements it too. */
export interface MeetingStore {
  putMeeting(info: MeetingInfo): Promise<void>;
  meetings(): Promise<MeetingInfo[]>;
  append(meetingId: string, event: MeetingEvent): Promise<void>;
  events(meetingId: string): Promise<MeetingEvent[]>;
  deleteMeeting(id: string): Promise<void>;
  deleteAll(): Promise<void>;
}

export class IdbStore implements MeetingStore {
  private db: Promise<IDBPDatabase<Schema>> | null = null;

  private open(): Promise<IDBPDatabase<Schema>> {
    this.db ??= openDB<Schema>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('meetings', { keyPath: 'id' });
          db.createObjectStore('events', { keyPath: 'seq', autoIncrement: true }).createIndex('by-meeting', 'meetingId');
        }
      },
    });
    return this.db;
  }

  async putMeeting(info: MeetingInfo): Promise<void> {
    await (await this.open()).put('meetings', info);
  }

  async meetings(): Promise<MeetingInfo[]> {
    return (await (await this.open()).getAll('meetings')).sort((a, b) => b.startedAt - a.startedAt);
  }

  async append(meetingId: string, event: MeetingEvent): Promise<void> {
    const tx = (await this.open()).transaction('events', 'readwrite');
    await tx.store.add({ meetingId, event });
    await tx.done;
  }

  async events(meetingId: string): Promise<MeetingEvent[]> {
    // Keys are ascending sequence numbers, so this is append order.
    return (await (await this.open()).getAllFromIndex('events', 'by-meeting', meetingId)).map((r) => r.event);
  }

  async deleteMeeting(id: string): Promise<void> {
    const tx = (await this.open()).transaction(['meetings', 'events'], 'readwrite');
    await tx.objectStore('meetings').delete(id);
    let cursor = await tx.objectStore('events').index('by-meeting').openCursor(id);
    while (cursor) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
  }

  async deleteAll(): Promise<void> {
    const tx = (await this.open()).transaction(['meetings', 'events'], 'readwrite');
    await Promise.all([tx.objectStore('meetings').clear(), tx.objectStore('events').clear(), tx.done]);
  }
}
