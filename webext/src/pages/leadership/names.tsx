/** Lists of people as text (names are untrusted: only ever text children, isolated in <bdi>). */
import { Fragment } from 'preact';
import type { Pid } from '../../../../shared/core/record/events';
import { Name } from '../../../../shared/ui/name';
import { msg } from '../../i18n/i18n';

export function Names(props: { pids: readonly Pid[]; names: ReadonlyMap<Pid, string> }) {
  if (props.pids.length === 0) return <>{msg('lsNobody')}</>;
  return (
    <>
      {props.pids.map((pid, i) => (
        <Fragment key={pid}>
          {i > 0 && ', '}
          <Name name={props.names.get(pid) ?? pid} />
        </Fragment>
      ))}
    </>
  );
}
