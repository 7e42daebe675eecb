/** Every stored meeting with its record, for the team pages (playbook, trends). Refetched when the worker announces a change. */
import { useEffect, useState } from 'preact/hooks';
import type { MeetingEvent } from '../../../../shared/core/record/events';
import type { MeetingInfo } from '../../messages';
import { getMeeting, listMeetings, onChanged } from '../connection';

export interface StoredMeeting {
  info: MeetingInfo;
  events: MeetingEvent[];
}

export function useStoredMeetings(): StoredMeeting[] | null {
  const [all, setAll] = useState<StoredMeeting[] | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => onChanged(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
    let alive = true;
    void listMeetings()
      .then((infos) => Promise.all(infos.map(async (info) => ({ info, events: (await getMeeting(info.id)).events }))))
      .then((x) => alive && setAll(x));
    return () => {
      alive = false;
    };
  }, [version]);
  return all;
}
