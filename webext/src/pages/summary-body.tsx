/** One meeting's figures and its export buttons. */
import type { Summary } from '../../../shared/core/summary';
import { durationText, percentText } from '../../../shared/ui/duration';
import { useT } from '../../../shared/ui/i18n';
import { Name } from '../../../shared/ui/name';
import { msg } from '../i18n';
import type { ExportKind } from './summary';

export function SummaryBody(props: { summary: Summary; live: boolean; onExport: (k: ExportKind) => void }) {
  const t = useT();
  const s = props.summary;
  return (
    <article class="rt-root">
      <h1 class="wx-title">
        <bdi>{s.meeting.title || t('summary.heading')}</bdi>
        {props.live && <span class="wx-hint"> ({msg('summaryLive')})</span>}
      </h1>
      <p>{t('summary.duration', durationText(t, s.meeting.durationMs))}</p>
      <p>
        {t('summary.balance')}: {t('summary.balanceValue', s.balance)} — {t('summary.balanceHint')}
      </p>
      <table>
        <caption>{t('chart.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.person')}</th>
            <th scope="col">{t('chart.talk')}</th>
            <th scope="col">{t('chart.share')}</th>
            <th scope="col">{t('chart.fair')}</th>
            <th scope="col">{t('chart.turns')}</th>
            <th scope="col">{t('chart.label')}</th>
          </tr>
        </thead>
        <tbody>
          {s.participants.map((p) => (
            <tr key={p.pid} data-pid={p.pid}>
              <th scope="row">
                <Name name={p.name} />
              </th>
              <td>{durationText(t, p.talkMs)}</td>
              <td>{percentText(t, p.share)}</td>
              <td>{percentText(t, p.fairShare)}</td>
              <td>{p.turns}</td>
              <td>{p.notHeard ? t('balance.notHeard') : p.quiet ? t('balance.quiet') : p.dominant ? t('balance.dominant') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="wx-export-h">
        <h2 id="wx-export-h" class="rt-heading">
          {t('summary.exportHeading')}
        </h2>
        <p class="wx-row">
          <button type="button" data-export="md" onClick={() => props.onExport('md')}>
            {t('summary.exportMd')}
          </button>{' '}
          <button type="button" data-export="csv" onClick={() => props.onExport('csv')}>
            {t('summary.exportCsv')}
          </button>{' '}
          <button type="button" data-export="json" onClick={() => props.onExport('json')}>
            {t('summary.exportJson')}
          </button>{' '}
          <button type="button" data-export="jsonl" onClick={() => props.onExport('jsonl')}>
            {msg('summaryExportJsonl')}
          </button>
        </p>
      </section>
    </article>
  );
}
