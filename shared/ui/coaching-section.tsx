/**
 * "Next time": the summary's two or three suggestions (core/summary/coaching.ts), each a
 * sentence with the figure it rests on and the practice it suggests. Names are <Name>s inside
 * the translated sentence, never markup.
 */
import { useId } from 'preact/hooks';
import { richPlural, richText, useT, type Translate } from './i18n';
import { durationText, percentText } from './duration';
import { NameList, Name } from './name';
import type { Suggestion } from '../core/summary/coaching';
import { COACHING } from '../core/summary/coaching';

function sentence(t: Translate, x: Suggestion) {
  const names = <NameList names={x.names} />;
  switch (x.rule) {
    case 'not-heard':
      return richPlural(t, 'coach.notHeard', x.names.length, names);
    case 'dominant':
      return richText(t, 'coach.dominant', <Name name={x.names[0] ?? ''} />, percentText(t, x.figure), durationText(t, COACHING.goAroundSlotMs));
    case 'no-consent':
      return t.plural('coach.noConsent', x.figure);
    case 'overran':
      return t.plural('coach.overran', x.of, t.number(x.figure));
    case 'cross-talk':
      return richText(t, 'coach.crossTalk', durationText(t, x.figure), names);
    case 'interruptions':
      return richPlural(t, 'coach.interruptions', x.figure, <Name name={x.names[0] ?? ''} />);
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
