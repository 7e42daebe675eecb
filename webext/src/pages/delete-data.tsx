/**
 * Delete this meeting / all data, each confirmed in the page (no `confirm()`: it cannot say
 * enough and is not styled or announced like the page). The confirmation says plainly what
 * goes and what stays; "delete all" offers to clear the team roster too. Keyboard: focus
 * moves to the confirmation, Escape cancels and returns focus to the button that opened it.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { msg, msgPlural } from '../i18n/i18n';

export function DeleteData(props: { meetingId: string | null; rosterPeople: number; onDelete: (which: string | null, clearRoster: boolean) => Promise<void> }) {
  const [asking, setAsking] = useState<'one' | 'all' | null>(null);
  const [clearRoster, setClearRoster] = useState(false);
  const confirm = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  // In the same commit as the confirmation (not after paint): a key pressed at once goes to it.
  useLayoutEffect(() => {
    if (asking) confirm.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [asking]);
  const ask = (which: 'one' | 'all', e: { currentTarget: HTMLButtonElement }) => {
    opener.current = e.currentTarget;
    setClearRoster(false);
    setAsking(which);
  };
  const cancel = () => {
    setAsking(null);
    opener.current?.focus();
  };
  // Escape is heard around the buttons too: it cancels even while focus is still on the opener.
  return (
    <div
      class="wx-delete-data"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && asking) cancel();
      }}
    >
      <p class="wx-row wx-actions">
        {props.meetingId && (
          <button type="button" class="wx-button wx-danger" aria-expanded={asking === 'one'} onClick={(e) => ask('one', e)}>
            {msg('summaryDelete')}
          </button>
        )}
        <button type="button" class="wx-button wx-danger" aria-expanded={asking === 'all'} onClick={(e) => ask('all', e)}>
          {msg('summaryDeleteAll')}
        </button>
      </p>
      {asking && (
        <div
          ref={confirm}
          class="wx-confirm"
          role="group"
          aria-labelledby="wx-confirm-q"
          data-confirm={asking}
        >
          <p id="wx-confirm-q">
            <strong>{msg(asking === 'one' ? 'summaryConfirmDelete' : 'summaryConfirmDeleteAll')}</strong>
          </p>
          <p>{msg(asking === 'one' ? 'summaryDeleteOneGoes' : 'summaryDeleteAllGoes')}</p>
          {asking === 'all' && props.rosterPeople > 0 && (
            <>
              <p>
                <label>
                  <input type="checkbox" name="clear-roster" checked={clearRoster} onChange={(e) => setClearRoster(e.currentTarget.checked)} /> {msgPlural('summaryDeleteAllRoster', props.rosterPeople)}
                </label>
              </p>
              <p class="wx-hint">{msg(clearRoster ? 'summaryDeleteAllRosterGoes' : 'summaryDeleteAllRosterStays')}</p>
            </>
          )}
          <p class="wx-row wx-actions">
            <button
              type="button"
              class="wx-button wx-danger"
              onClick={() => {
                const which = asking === 'one' ? props.meetingId : null;
                setAsking(null);
                void props.onDelete(which, asking === 'all' && clearRoster);
              }}
            >
              {msg('summaryConfirmYes')}
            </button>
            <button type="button" class="wx-button" onClick={cancel}>
              {msg('summaryConfirmNo')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
