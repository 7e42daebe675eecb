/**
 * The roster page: the team's rotation (least recent facilitator first, as Start suggests),
 * the decision matrix, and import/export of the roster JSON (the same file as VS Code's
 * .roundtable/roster.json). Import reads a local file chosen by the user and saves it only when
 * the core's strict parser accepts it; otherwise the stored roster is untouched and the
 * parser's message (naming the field) is shown. Nothing goes over the network.
 */
import { useMemo, useState } from 'preact/hooks';
import { rotationOrder } from '../../../../shared/core/team/facilitation-rotation';
import { emptyRoster, parseRoster, serializeRoster, type Roster } from '../../../../shared/core/team/roster';
import { describeProblem } from '../../../../shared/core/l10n/keyed-problem';
import { browserCoreText } from '../../i18n/core-text';
import { formatTimestamp } from '../../../../shared/core/text/format';
import { Name } from '../../../../shared/ui/name';
import { msg, msgPlural } from '../../i18n/i18n';
import { downloadText } from '../download';
import { MAX_ROSTER_BYTES, megabytes } from '../../storage/roster-store';
import { rosterStore } from '../leadership/connection';
import { peopleWindow } from './people-window';
import { MatrixEditor } from './matrix-editor';
import { useRoster } from './use-roster';

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function RosterView() {
  const load = useRoster();
  const [status, setStatus] = useState<Status>(null);
  const roster: Roster = load?.ok ? load.roster : emptyRoster();

  const [query, setQuery] = useState('');

  // Whatever happens, the last message is replaced: an old success must never stand beside a failed import.
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_ROSTER_BYTES) {
      setStatus({ kind: 'error', text: msg('lsRosterTooLarge', megabytes(file.size), megabytes(MAX_ROSTER_BYTES)) });
      return;
    }
    setStatus({ kind: 'ok', text: msg('lsRosterReading') });
    const parsed = parseRoster(await file.text());
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: msg('lsRosterImportFailed', describeProblem(parsed.error, browserCoreText())) });
      return;
    }
    try {
      await rosterStore.save(parsed.roster);
    } catch (e) {
      setStatus({ kind: 'error', text: msg('lsRosterStoreFailed', e instanceof Error ? e.message : String(e)) });
      return;
    }
    setStatus({ kind: 'ok', text: msgPlural('lsRosterImported', parsed.roster.people.length, parsed.roster.facilitations.length) });
  };

  /** Matrix edits and added people: a storage failure is said, never an unhandled rejection. */
  const save = async (r: Roster) => {
    try {
      await rosterStore.save(r);
    } catch (e) {
      setStatus({ kind: 'error', text: msg('lsRosterChangeFailed', e instanceof Error ? e.message : String(e)) });
    }
  };

  // A roster of 100,000 stays responsive: the page lists a searchable window of it (the matrix shows the same people).
  const order = useMemo(() => rotationOrder(roster), [roster]);
  const listed = peopleWindow(order, query);
  const shownIds = new Set(listed.shown.map((e) => e.pid));
  return (
    <section aria-labelledby="wx-roster-h">
      <h1 id="wx-roster-h">{msg('lsRosterPage')}</h1>
      <p>{msg('lsRosterIntro')}</p>
      {load && !load.ok && <p role="alert">{describeProblem(load.problem, browserCoreText())}</p>}
      {order.length > listed.shown.length || query ? (
        <p class="wx-row">
          <label>
            {msg('lsRosterSearch')}{' '}
            <input type="search" name="roster-search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          </label>
        </p>
      ) : null}
      {order.length > listed.shown.length && (
        <p class="wx-hint" role="status" data-shown={listed.shown.length} data-matches={listed.matches}>
          {msg('lsRosterShowing', listed.shown.length, listed.matches, listed.total)}
        </p>
      )}
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
            {listed.shown.map((e) => (
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
      {load?.ok && <MatrixEditor roster={roster} people={roster.people.filter((p) => shownIds.has(p.id))} save={save} />}
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
