/**
 * The roster page: the team's rotation (least recent facilitator first, as Start suggests),
 * the decision matrix, and import/export of the roster JSON (the same file as VS Code's
 * .roundtable/roster.json). Import reads a local file chosen by the user and saves it only when
 * the core's strict parser accepts it; otherwise the stored roster is untouched and the
 * parser's message (naming the field) is shown. Nothing goes over the network.
 */
import { useState } from 'preact/hooks';
import { rotationOrder } from '../../../../shared/core/team/facilitation-rotation';
import { describeRosterProblem, emptyRoster, parseRoster, serializeRoster, type Roster } from '../../../../shared/core/team/roster';
import { formatTimestamp } from '../../../../shared/core/text/format';
import { Name } from '../../../../shared/ui/name';
import { msg } from '../../i18n';
import { downloadText } from '../download';
import { rosterStore } from './connection';
import { MatrixEditor } from './matrix-editor';
import { useRoster } from './use-roster';

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function RosterView() {
  const load = useRoster();
  const [status, setStatus] = useState<Status>(null);
  const roster: Roster = load?.ok ? load.roster : emptyRoster();

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseRoster(await file.text());
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: msg('lsRosterImportFailed', describeRosterProblem(parsed.error)) });
      return;
    }
    await rosterStore.save(parsed.roster);
    setStatus({ kind: 'ok', text: msg('lsRosterImported', parsed.roster.people.length, parsed.roster.facilitations.length) });
  };

  const order = rotationOrder(roster);
  return (
    <section aria-labelledby="wx-roster-h">
      <h1 id="wx-roster-h">{msg('lsRosterPage')}</h1>
      <p>{msg('lsRosterIntro')}</p>
      {load && !load.ok && <p role="alert">{load.error}</p>}
      {order.length === 0 ? (
        <p class="wx-hint">{msg('lsRosterEmpty')}</p>
      ) : (
        <table class="wx-roster">
          <caption>{msg('lsRotationCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{msg('lsRosterPerson')}</th>
              <th scope="col">{msg('lsRosterCount')}</th>
              <th scope="col">{msg('lsRosterLast')}</th>
            </tr>
          </thead>
          <tbody>
            {order.map((e) => (
              <tr key={e.pid} data-pid={e.pid}>
                <th scope="row">
                  <Name name={e.name} />
                </th>
                <td>{e.count}</td>
                <td>{e.lastAt === null ? msg('lsFacilitatorNever') : formatTimestamp(e.lastAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {load?.ok && <MatrixEditor roster={roster} save={(r) => rosterStore.save(r)} />}
      <p class="wx-row">
        <button type="button" data-export="roster" disabled={!load?.ok} onClick={() => downloadText('roster.json', serializeRoster(roster), 'application/json')}>
          {msg('lsRosterExport')}
        </button>
      </p>
      <p class="wx-row">
        <label>
          {msg('lsRosterImport')}{' '}
          <input type="file" name="roster-file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget.files?.[0]).finally(() => ((e.target as HTMLInputElement).value = ''))} />
        </label>
      </p>
      <p class="wx-ls-status-line" role={status?.kind === 'error' ? 'alert' : 'status'} data-kind={status?.kind ?? ''}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
