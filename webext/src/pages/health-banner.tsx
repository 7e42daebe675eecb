/** Says plainly when detection is blind, and offers manual mode (never silent zeros). */
import type { Health, HealthProblem } from '../messages';
import { msg } from '../i18n/i18n';
import type { StringKey } from '../i18n/strings';

const TEXT: Record<HealthProblem, StringKey> = {
  'no-signals': 'healthNoSignals',
  'unknown-layout': 'healthUnknownLayout',
  'all-speaking': 'healthAllSpeaking',
  'audio-but-silent': 'healthAudioButSilent',
  flooded: 'healthFlooded',
};

export function HealthBanner(props: { health: Health | null; manual: boolean; onManual: (on: boolean) => void }) {
  const problems = props.health?.problems ?? [];
  if (props.manual)
    return (
      <p class="wx-row">
        <button type="button" onClick={() => props.onManual(false)}>
          {msg('panelManualOff')}
        </button>
      </p>
    );
  // Which of the adapter's candidate selectors matched: drift is visible before it breaks.
  if (problems.length === 0)
    return props.health?.matched.length ? (
      <div class="wx-status">
        <p class="wx-status-line" data-matched={props.health.matched.join('; ')}>
          <span aria-hidden="true">✓ </span>
          {msg('panelDetectingOk')}
        </p>
        <details class="wx-status-detail">
          <summary>{msg('panelDetectingDetail')}</summary>
          <p class="wx-hint">{msg('panelDetecting', props.health.matched.join(', '))}</p>
        </details>
      </div>
    ) : null;
  return (
    <section class="wx-health" role="alert" aria-labelledby="wx-health-h" data-problems={problems.join(' ')}>
      <h2 id="wx-health-h" class="rt-heading">
        <span aria-hidden="true">⚠ </span>
        {msg('healthHeading')}
      </h2>
      <ul>
        {problems.map((p) => (
          <li key={p}>{msg(TEXT[p])}</li>
        ))}
      </ul>
      <p>{msg('healthOffer')}</p>
      <button type="button" class="wx-primary" onClick={() => props.onManual(true)}>
        {msg('panelManualOn')}
      </button>
    </section>
  );
}
