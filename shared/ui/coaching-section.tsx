/**
 * "Next time": the summary's two or three suggestions (core/summary/coaching.ts), each a
 * sentence with the figure it rests on and the practice it suggests. Names are <Name>s inside
 * the translated sentence, never markup.
 */
import { useId } from 'preact/hooks';
import { richText, useT, type Translate } from './i18n';
import { durationText, percentText } from './duration';
import { NameList, Name } from './name';
import type { Suggestion } from '../core/summary/coaching';
import { COACHING } from '../core/summary/coaching';

function sentence(t: Translate, x: Suggestion) {
  const names = <NameList names={x.names} />;
  switch (x.rule) {
    case 'not-heard':
      return richText(t, x.names.length === 1 ? 'coach.notHeardOne' : 'coach.notHeardMany', names);
    case 'dominant':
      return richText(t, 'coach.dominant', <Name name={x.names[0] ?? ''} />, percentText(t, x.figure), durationText(t, COACHING.goAroundSlotMs));
    case 'no-consent':
      return x.figure === 1 ? t('coach.noConsentOne') : t('coach.noConsentMany', x.figure);
    case 'overran':
      return t('coach.overran', x.figure, x.of);
    case 'cross-talk':
      return richText(t, 'coach.crossTalk', durationText(t, x.figure), names);
    case 'interruptions':
      return richText(t, 'coach.interruptions', <Name name={x.names[0] ?? ''} />, x.figure);
  }
}

export function CoachingSection(props: { suggestions: readonly Suggestion[]; measured: boolean }) {
  const t = useT();
  const id = useId();
  return (
    <section class="rt-coaching" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="rt-heading">
        {t('coach.heading')}
      </h2>
      {props.suggestions.length === 0 ? (
        <p class="rt-empty">{props.measured ? t('coach.none') : t('summary.notMeasuredHint')}</p>
      ) : (
        <ul class="rt-coaching-list">
          {props.suggestions.map((x) => (
            <li key={x.rule} data-rule={x.rule} data-practice={x.practice}>
              {sentence(t, x)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
