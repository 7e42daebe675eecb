/**
 * The summary's floor dynamics (design.md "Floor dynamics"): the figures in words, each
 * person's longest turn, backchannels and interruptions, who interrupted whom as a table (text
 * first: rows interrupted columns), and who follows whom as a picture with its table.
 */
import { useId } from 'preact/hooks';
import { richText, useT, type Translate } from './i18n';
import { durationText } from './duration';
import type { FloorData } from './types';
import { Name } from './name';
import { DataTable } from './data-table';
import { TurnTaking } from './turn-taking';

export function gapText(t: Translate, ms: number | null): string {
  if (ms === null) return t('floor.gapNone');
  const size = Math.abs(ms) < 60_000 ? t('floor.seconds', (Math.abs(ms) / 1000).toFixed(1)) : durationText(t, ms);
  return ms < 0 ? t('floor.gapBefore', size) : t('floor.gapAfter', size);
}

export function FloorSection(props: { floor: FloorData }) {
  const t = useT();
  const id = useId();
  const f = props.floor;
  const longest = Math.max(0, ...f.people.map((p) => p.longestTurnMs));
  const holders = longest > 0 ? f.people.filter((p) => p.longestTurnMs === longest) : [];
  const m = f.interruptions;

  return (
    <section class="rt-floor" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="rt-heading">
        {t('floor.heading')}
      </h2>
      <ul class="rt-floor-figures">
        <li>{t('floor.changes', f.changes, f.switchesPerMin.toFixed(1))}</li>
        <li>{t('floor.gap', gapText(t, f.medianGapMs))}</li>
        <li>
          {holders.length
            ? richText(
                t,
                'floor.longest',
                holders.map((p, i) => (
                  <>
                    {i > 0 && t('list.separator')}
                    <Name name={p.name} />
                  </>
                )),
                durationText(t, longest),
              )
            : t('floor.longestNone')}
        </li>
      </ul>
      <p class="rt-summary-meta">{t('floor.backchannelHint', durationText(t, f.backchannelMs))}</p>
      <DataTable
        label={t('floor.table')}
        columns={[
          { label: t('floor.person') },
          { label: t('floor.longestTurn'), numeric: true },
          { label: t('floor.backchannels'), numeric: true },
          { label: t('floor.made'), numeric: true },
          { label: t('floor.received'), numeric: true },
        ]}
        rows={f.people.map((p) => ({ key: p.pid, head: <Name name={p.name} />, cells: [durationText(t, p.longestTurnMs), p.backchannels, p.interruptionsMade, p.interruptionsReceived] }))}
      />

      <h3 id={`${id}-m`} class="rt-subheading">
        {t('floor.matrixHeading')}
      </h3>
      {m.people.length === 0 ? (
        <p class="rt-empty">{t('floor.matrixNone')}</p>
      ) : (
        <div class="rt-table-wrap" role="region" aria-labelledby={`${id}-m`} tabIndex={0}>
          <table class="rt-table rt-matrix" data-interruptions="">
            <caption>{t('floor.matrixCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('floor.matrixCorner')}</th>
                {m.people.map((p) => (
                  <th key={p.pid} scope="col" class="rt-num">
                    <Name name={p.name} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.people.map((p, i) => (
                <tr key={p.pid}>
                  <th scope="row">
                    <Name name={p.name} />
                  </th>
                  {m.counts[i]!.map((n, j) => (
                    <td key={m.people[j]!.pid} class="rt-num">
                      {i === j ? '–' : n}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 class="rt-subheading">{t('floor.followHeading')}</h3>
      {f.transitions.length === 0 ? <p class="rt-empty">{t('floor.followNone')}</p> : <TurnTaking people={f.people} transitions={f.transitions} />}
    </section>
  );
}
