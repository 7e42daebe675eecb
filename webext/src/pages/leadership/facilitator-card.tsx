/**
 * Rotating facilitation in the side panel: who facilitates this meeting. Until someone is
 * recorded, it suggests whoever (of those in the call) facilitated least recently on the team
 * roster; recording the choice writes facilitator.changed into the meeting and the
 * facilitation onto the roster (the worker does both).
 */
import { useState } from 'preact/hooks';
import type { Pid } from '../../../../shared/core/record/events';
import { emptyRoster } from '../../../../shared/core/team/roster';
import { describeProblem } from '../../../../shared/core/l10n/keyed-problem';
import { browserCoreText } from '../../i18n/core-text';
import { formatTimestamp } from '../../../../shared/core/text/format';
import { Name } from '../../../../shared/ui/name';
import { msg } from '../../i18n/i18n';
import { suggestAmong, type Participant } from '../../team/people';
import type { LeadershipCommand } from '../../messages';
import type { RosterLoad } from '../team/use-roster';
import { PersonSelect } from '../person-select';

export function FacilitatorCard(props: { people: Participant[]; facilitator: Pid | null; roster: RosterLoad; send: (c: LeadershipCommand) => Promise<boolean> }) {
  const roster = props.roster?.ok ? props.roster.roster : emptyRoster();
  const suggestion = suggestAmong(roster, props.people);
  const [chosen, setChosen] = useState<Pid | null>(null);
  const pid = chosen ?? (props.facilitator === null ? suggestion?.pid : props.people.find((p) => p.pid !== props.facilitator)?.pid) ?? '';
  const current = props.people.find((p) => p.pid === props.facilitator);
  if (props.people.length === 0) return null;
  return (
    <section class="wx-ls-card" aria-labelledby="wx-ls-fac-h" data-facilitator={props.facilitator ?? ''}>
      <h2 id="wx-ls-fac-h" class="rt-heading">
        {msg('lsFacilitatorHeading')}
      </h2>
      {current ? (
        <p class="wx-ls-facilitating">{fillName(msg('lsFacilitatorNow', '\u0000'), current.name)}</p>
      ) : (
        suggestion && (
          <p class="wx-ls-suggestion">
            {fillName(msg('lsFacilitatorSuggest', '\u0000', suggestion.lastAt === null ? msg('lsFacilitatorNever') : msg('lsFacilitatorLast', formatTimestamp(suggestion.lastAt))), suggestion.name)}
          </p>
        )
      )}
      {props.roster && !props.roster.ok && <p role="alert">{describeProblem(props.roster.problem, browserCoreText())}</p>}
      <form
        class="wx-form wx-inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (pid) void props.send({ kind: 'facilitator', pid }).then((ok) => ok && setChosen(null));
        }}
      >
        <PersonSelect label={msg('lsFacilitatorChoose')} people={props.people} value={pid} onChange={setChosen} />
        <button type="submit">{msg(current ? 'lsFacilitatorChange' : 'lsFacilitatorConfirm')}</button>
      </form>
    </section>
  );
}

/** A localised sentence with one name in it: the name goes in as a text node where the marker was, never into markup. */
export function fillName(sentence: string, name: string) {
  const at = sentence.indexOf('\u0000');
  const [before, after] = at < 0 ? [sentence, ''] : [sentence.slice(0, at), sentence.slice(at + 1)];
  return (
    <>
      {before}
      <Name name={name} />
      {after}
    </>
  );
}
