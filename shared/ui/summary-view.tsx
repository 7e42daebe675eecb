/**
 * The meeting summary both shells show after a meeting (VS Code's summary panel, the browser's
 * summary page): balance score, talk chart, timeline, rounds with each turn's box against
 * what was measured, quiet voices, decisions (the whole trail with hand-overs and debrief when
 * the shell folded the leadership: decision-trail.tsx), and export buttons whose work the shell does.
 */
import { useId } from 'preact/hooks';
import { richText, useT } from './i18n';
import { durationText, percentText } from './duration';
import type { ExportFormat, SummaryActions, SummaryData } from './types';
import { TalkChart } from './talk-chart';
import { Timeline } from './timeline';
import { overran, turnUsageText } from './turn-usage';
import { Name } from './name';
import { DataTable } from './data-table';
import { DecisionTrail } from './decision-trail';
import { CoachingSection } from './coaching-section';
import { FloorSection } from './floor-section';
import { AgendaSection } from './agenda';
import { frameAt, peopleAt, ReplayControls, useReplay } from './replay';
import { formatClock } from '../core/text/format';

const EXPORTS: { format: ExportFormat; key: 'summary.exportMd' | 'summary.exportCsv' | 'summary.exportJson' | 'summary.exportAgendaCsv' }[] = [
  { format: 'md', key: 'summary.exportMd' },
  { format: 'csv', key: 'summary.exportCsv' },
  { format: 'json', key: 'summary.exportJson' },
  { format: 'agenda-csv', key: 'summary.exportAgendaCsv' },
];

/**
 * `retentionDays`: the shell's retention setting (0: kept until deleted), shown under the
 * summary; left out where the shell has none to show.
 */
export function SummaryView(props: { summary: SummaryData; actions: SummaryActions; retentionDays?: number }) {
  const t = useT();
  const id = useId();
  const s = props.summary;
  const quiet = s.measured ? s.people.filter((p) => p.quiet) : [];
  const replay = useReplay(s.durationMs);
  const frame = replay.active && s.frames ? frameAt(s.frames, replay.positionMs) : null;

  return (
    <article class="rt-root rt-summary">
      <h1>{s.title || t('summary.heading')}</h1>
      <p class="rt-summary-meta">
        {t('summary.duration', durationText(t, s.durationMs))}
        {s.facilitator && <> · {richText(t, 'summary.facilitator', <Name name={s.facilitator} />)}</>}
      </p>
      {/* Before any figure: what the figures are for (issue 10, consent). */}
      <p class="rt-summary-meta rt-reflection">{t('summary.reflection')}</p>

      <section aria-labelledby={`${id}-score`}>
        <h2 id={`${id}-score`} class="rt-heading">
          {t('summary.balance')}
        </h2>
        {/* With nothing measured a balance of 100 would be a fiction: say so instead of scoring. */}
        <p class="rt-score" data-measured={s.measured ? 'yes' : 'no'}>
          {s.measured ? (
            <>
              <span class="rt-score-value">{richText(t, 'summary.balanceValue', <strong>{s.balance}</strong>)}</span>
              <span class="rt-summary-meta">{t('summary.balanceHint')}</span>
            </>
          ) : (
            <>
              <span class="rt-score-value">{t('summary.notMeasured')}</span>
              <span class="rt-summary-meta">{t('summary.notMeasuredHint')}</span>
            </>
          )}
        </p>
        <p class="rt-summary-meta">
          {t('summary.silence', durationText(t, s.silenceMs))} · {t('summary.overlap', durationText(t, s.overlapMs))}
        </p>
      </section>

      <CoachingSection suggestions={s.coaching ?? []} measured={s.measured} />

      {!s.measured && <p class="rt-empty">{t('balance.unmeasured')}</p>}
      <TalkChart
        people={frame ? peopleAt(s.people, frame) : s.people}
        measured={s.measured}
        {...(frame ? { note: t('replay.chartAt', formatClock(frame.atMs), formatClock(s.durationMs)) } : {})}
      />
      <Timeline
        people={s.people}
        spans={s.spans}
        durationMs={s.durationMs}
        playheadMs={replay.active ? replay.positionMs : null}
        {...(s.frames && s.durationMs > 0 ? { controls: <ReplayControls replay={replay} durationMs={s.durationMs} /> } : {})}
      />
      {s.agenda && <AgendaSection agenda={s.agenda} />}
      {s.floor && <FloorSection floor={s.floor} />}

      <section aria-labelledby={`${id}-rounds`}>
        <h2 id={`${id}-rounds`} class="rt-heading">
          {t('summary.roundsHeading')}
        </h2>
        {s.rounds.length === 0 && <p class="rt-empty">{t('summary.roundsNone')}</p>}
        {s.rounds.map((r, index) => {
          const kind = t(`kind.${r.kind}`);
          // Numbered, so two untitled go-arounds still have distinct names.
          const caption = t('summary.roundCaption', index + 1, r.topic ? t('round.title', kind, r.topic) : kind);
          return (
            <DataTable
              key={r.rid}
              label={caption}
              caption={caption}
              columns={[{ label: t('summary.turn.person') }, { label: t('summary.turn.result') }]}
              rows={[
                ...r.turns.map((turn, i) => ({
                  key: `${turn.pid}-${i}`,
                  head: <Name name={turn.name} />,
                  cells: [turnUsageText(t, turn)],
                  ...(overran(turn) ? { mark: 'overran' } : {}),
                })),
                ...(r.skipped ?? []).map((p) => ({ key: `skipped-${p.pid}`, head: <Name name={p.name} />, cells: [t('summary.turn.skipped')], mark: 'skipped' })),
              ]}
            />
          );
        })}
      </section>

      <section aria-labelledby={`${id}-quiet`}>
        <h2 id={`${id}-quiet`} class="rt-heading">
          {t('summary.quietHeading')}
        </h2>
        {quiet.length === 0 ? (
          <p class="rt-empty">{s.measured ? t('summary.quietNone') : t('summary.quietUnmeasured')}</p>
        ) : (
          <ul>
            {quiet.map((p) => (
              <li key={p.pid}>
                {richText(t, 'summary.quietItem', <Name name={p.name} />, percentText(t, p.share), percentText(t, p.fairShare))}
              </li>
            ))}
          </ul>
        )}
      </section>

      {s.leadership ? (
        <DecisionTrail leadership={s.leadership} id={id} />
      ) : (
        <section aria-labelledby={`${id}-decisions`}>
          <h2 id={`${id}-decisions`} class="rt-heading">
            {t('summary.decisionsHeading')}
          </h2>
          {s.decisions.length === 0 ? (
            <p class="rt-empty">{t('summary.decisionsNone')}</p>
          ) : (
            <ol class="rt-decisions">
              {s.decisions.map((d) => (
                <li key={d.did}>
                  <strong>{d.title}</strong>
                  <p>{t('summary.decisionOutcome', d.outcome)}</p>
                  {d.rationale && <p>{t('summary.decisionRationale', d.rationale)}</p>}
                  {d.deciders.length > 0 && (
                    <p>
                      {richText(
                        t,
                        'summary.decisionDeciders',
                        d.deciders.map((name, i) => (
                          <>
                            {i > 0 && t('list.separator')}
                            <Name name={name} />
                          </>
                        )),
                      )}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      <section aria-labelledby={`${id}-export`}>
        <h2 id={`${id}-export`} class="rt-heading">
          {t('summary.exportHeading')}
        </h2>
        <div class="rt-exports">
          {EXPORTS.filter((e) => e.format !== 'agenda-csv' || s.agenda).map((e) => (
            <button key={e.format} type="button" class="rt-button rt-button-secondary" data-export={e.format} onClick={() => props.actions.exportAs(e.format)}>
              {t(e.key)}
            </button>
          ))}
        </div>
        {props.retentionDays !== undefined && (
          <p class="rt-summary-meta rt-retention">{props.retentionDays > 0 ? t.plural('summary.retention', props.retentionDays) : t('summary.retentionOff')}</p>
        )}
      </section>
    </article>
  );
}
