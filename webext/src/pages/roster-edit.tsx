/** Manual mode's roster edits: add someone who joined, rename someone (names are labels; pids stay). */
import { useState } from 'preact/hooks';
import type { ParticipantMetrics } from '../../../shared/core/talk/metrics';
import { msg } from '../i18n/i18n';
import { sendCommand } from './connection';
import { PersonSelect } from './person-select';

export function RosterEdit(props: { meetingId: string; people: ParticipantMetrics[] }) {
  const [added, setAdded] = useState('');
  const [pid, setPid] = useState('');
  const [name, setName] = useState('');
  const chosen = pid || props.people[0]?.pid || '';
  return (
    <>
      <form
        class="wx-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!added.trim()) return;
          void sendCommand({ kind: 'add-participant', name: added.trim() }, props.meetingId);
          setAdded('');
        }}
      >
        <label>
          {msg('rosterAddLabel')}
          <input value={added} onInput={(e) => setAdded(e.currentTarget.value)} />
        </label>
        <button type="submit">{msg('rosterAdd')}</button>
      </form>
      {props.people.length > 0 && (
        <form
          class="wx-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!chosen || !name.trim()) return;
            void sendCommand({ kind: 'rename', pid: chosen, name: name.trim() }, props.meetingId);
            setName('');
          }}
        >
          <PersonSelect label={msg('rosterRenameWho')} people={props.people} value={chosen} onChange={setPid} />
          <label>
            {msg('rosterRenameTo')}
            <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <button type="submit">{msg('rosterRename')}</button>
        </form>
      )}
    </>
  );
}
