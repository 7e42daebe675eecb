/**
 * Trends across meetings: how often agenda items overran their time box, per kind (issue 11).
 * Words and figures only; both shells' trends pages render it.
 */
import { useT } from './i18n';
import { percentText } from './duration';
import type { AgendaKindTrend } from '../core/trends/trends';

export function AgendaTrend(props: { rows: readonly AgendaKindTrend[] }) {
  const t = useT();
  if (props.rows.length === 0) return null;
  return (
    <section class="rt-agenda-trend" aria-label={t('agenda.trendHeading')}>
      <h3 class="rt-subheading">{t('agenda.trendHeading')}</h3>
      <ul>
        {props.rows.map((r) => (
          <li key={r.kind} data-kind={r.kind}>
            {t('agenda.trendRow', t(`agenda.kind.${r.kind}`), r.overran, r.items, percentText(t, r.rate))}
          </li>
        ))}
      </ul>
    </section>
  );
}
