/**
 * Recording a decision item in the side panel: title, proposal, optional area (the team's
 * decision matrix then proposes deciders, contributors and informed among those in the call;
 * the facilitator can change them), and the initiator. Sent as a consent "propose" command.
 */
import { useState } from 'preact/hooks';
import type { DecisionRights, Pid } from '../../../../shared/core/record/events';
import type { Roster } from '../../../../shared/core/team/roster';
import { msg } from '../../i18n/i18n';
import { rightsFromMatrix, type Participant } from '../../team/people';
import type { LeadershipCommand } from '../../messages';
import type { StringKey } from '../../i18n/strings';
import { PersonSelect } from '../person-select';

type Role = 'deciders' | 'contributors' | 'informed';
const ROLES: { role: Role; label: StringKey }[] = [
  { role: 'deciders', label: 'lsDeciders' },
  { role: 'contributors', label: 'lsContributors' },
  { role: 'informed', label: 'lsInformed' },
];

const none = (): DecisionRights => ({ initiator: null, deciders: [], contributors: [], informed: [] });

export function DecisionForm(props: { people: Participant[]; roster: Roster | null; send: (c: LeadershipCommand) => Promise<boolean> }) {
  const [title, setTitle] = useState('');
  const [proposal, setProposal] = useState('');
  const [area, setArea] = useState('');
  const [rights, setRights] = useState<DecisionRights>(none);
  const [note, setNote] = useState('');
  const areas = props.roster?.matrix?.areas ?? [];

  const chooseArea = (id: string) => {
    setArea(id);
    const proposed = id && props.roster ? rightsFromMatrix(props.roster, id, props.people) : null;
    if (proposed) {
      setRights({ ...proposed, initiator: rights.initiator });
      setNote(msg('lsAreaProposed', areas.find((a) => a.id === id)?.name ?? id));
    } else setNote('');
  };
  const toggle = (role: Role, pid: Pid, on: boolean) =>
    setRights((r) => {
      const rest = r[role].filter((x) => x !== pid);
      return { ...r, [role]: on ? [...rest, pid] : rest };
    });

  // Folded away until needed: the side panel is narrow and the talk times come first.
  return (
    <details class="wx-ls-details">
      <summary>{msg('lsNewDecision')}</summary>
      <form
        class="wx-form wx-ls-new"
        onSubmit={(e) => {
          e.preventDefault();
          const areaName = areas.find((a) => a.id === area)?.name;
          void props
            .send({ kind: 'consent', command: { type: 'propose', title: title.trim(), ...(proposal.trim() ? { proposal: proposal.trim() } : {}), ...(areaName !== undefined ? { area: areaName } : {}), rights } })
            .then((ok) => {
              if (!ok) return;
              setTitle('');
              setProposal('');
              setArea('');
              setRights(none());
              setNote('');
            });
        }}
      >
        <label>
          {msg('lsTitle')}
          <input name="title" value={title} required onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <label>
          {msg('lsProposal')}
          <textarea name="proposal" rows={2} value={proposal} onInput={(e) => setProposal(e.currentTarget.value)} />
        </label>
        {areas.length > 0 && (
          <label>
            {msg('lsArea')}
            <select name="area" value={area} onChange={(e) => chooseArea(e.currentTarget.value)}>
              <option value="">{msg('lsAreaNone')}</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {note && (
          <p class="wx-hint" role="status">
            {note}
          </p>
        )}
        <PersonSelect
          label={msg('lsInitiator')}
          name="initiator"
          none={msg('lsNobody')}
          people={props.people}
          value={rights.initiator ?? ''}
          onChange={(pid) => setRights((r) => ({ ...r, initiator: pid || null }))}
        />
        {ROLES.map(({ role, label }) => (
          <fieldset key={role} class="wx-ls-people" data-role={role}>
            <legend>{msg(label)}</legend>
            {props.people.map((p) => (
              <label key={p.pid} class="wx-check">
                <input type="checkbox" value={p.pid} checked={rights[role].includes(p.pid)} onChange={(e) => toggle(role, p.pid, e.currentTarget.checked)} />
                <bdi>{p.name}</bdi>
              </label>
            ))}
          </fieldset>
        ))}
        <button type="submit">{msg('lsPropose')}</button>
      </form>
    </details>
  );
}
