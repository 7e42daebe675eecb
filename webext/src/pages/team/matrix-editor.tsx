/**
 * Editing the team roster in the browser without a file: add a person, add an area, and set
 * each cell of the decision matrix (areas × people: decides, contributes, informed, or no part).
 * Every change goes through the core's value functions (addPeople, setCell) and is saved whole;
 * the stored roster is re-read by every page (useRoster).
 */
import { useState } from 'preact/hooks';
import type { Pid } from '../../../../shared/core/record/events';
import { MATRIX_ROLES, setCell, type MatrixRole } from '../../../../shared/core/decisions/decision-matrix';
import type { Person, Roster } from '../../../../shared/core/team/roster';
import { Name } from '../../../../shared/ui/name';
import { msg } from '../../i18n/i18n';
import { withParticipants } from '../../team/people';
import { addArea } from '../../team/roster-edits';
import type { StringKey } from '../../i18n/strings';

function AddForm(props: { label: StringKey; button: StringKey; name: string; onAdd: (name: string) => Promise<void> }) {
  const [text, setText] = useState('');
  return (
    <form
      class="wx-form wx-inline"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) void props.onAdd(text.trim()).then(() => setText(''));
      }}
    >
      <label>
        {msg(props.label)}
        <input name={props.name} value={text} required onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <button type="submit">{msg(props.button)}</button>
    </form>
  );
}

/** `people`: the roster's people to show as columns (a large roster shows the roster page's search window). */
export function MatrixEditor(props: { roster: Roster; people: readonly Person[]; save: (r: Roster) => Promise<void> }) {
  const r = props.roster;
  const people = props.people;
  const areas = r.matrix?.areas ?? [];
  const change = (area: string, pid: Pid, role: MatrixRole | null) => void props.save({ ...r, matrix: setCell(r.matrix ?? { areas: [] }, area, pid, role) });
  return (
    // Not a landmark itself: the scrollable table region below carries the heading's name.
    <section>
      <h2 id="wx-matrix-h" class="rt-heading">
        {msg('lsMatrixHeading')}
      </h2>
      <p class="wx-hint">{msg('lsMatrixIntro')}</p>
      {areas.length > 0 && people.length > 0 && (
        <div class="wx-ls-scroll" role="region" aria-labelledby="wx-matrix-h" tabIndex={0}>
          <table class="wx-matrix">
            <thead>
              <tr>
                <th scope="col">{msg('lsMatrixArea')}</th>
                {people.map((p) => (
                  <th scope="col" key={p.id}>
                    <Name name={p.name} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {areas.map((a) => (
                <tr key={a.id} data-area={a.id}>
                  <th scope="row">
                    <bdi>{a.name}</bdi>
                  </th>
                  {people.map((p) => (
                    <td key={p.id}>
                      <select aria-label={msg('lsMatrixCell', a.name, p.name)} data-pid={p.id} value={Object.hasOwn(a.cells, p.id) ? a.cells[p.id] : ''} onChange={(e) => change(a.id, p.id, (e.currentTarget.value || null) as MatrixRole | null)}>
                        <option value="">{msg('lsRole_none')}</option>
                        {MATRIX_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {msg(`lsRole_${role}` as StringKey)}
                          </option>
                        ))}
                      </select>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddForm label="lsAddPersonName" button="lsAddPerson" name="person" onAdd={(name) => props.save(withParticipants(r, [{ pid: '', name }]).roster)} />
      <AddForm label="lsAddAreaName" button="lsAddArea" name="area" onAdd={(name) => props.save(addArea(r, name))} />
    </section>
  );
}
