/**
 * The one-line "Not heard yet" strip: who present has not spoken, in roster order. The line is
 * truncated visually at the panel's width; the full list stays in the text (screen readers)
 * and the tooltip. It is the only place the live view says who has not been heard: nudges
 * never repeat it. `ended`: after the meeting it reads in the past tense.
 */
import { richText, useT } from './i18n';
import type { HandEntry } from './types';
import { NameList } from './name';

export function NotHeardStrip(props: { notHeard: readonly HandEntry[]; measured: boolean; people: number; ended?: boolean }) {
  const t = useT();
  if (props.people === 0) return null;
  const names = props.notHeard.map((p) => p.name);
  const text = !props.measured
    ? t('strip.unmeasured')
    : names.length === 0
      ? t(props.ended ? 'strip.allHeardEnded' : 'strip.allHeard')
      : t(props.ended ? 'strip.notHeardEnded' : 'strip.notHeard', names.join(t('list.separator')));
  return (
    <p class="rt-strip rt-not-heard" data-count={props.measured ? names.length : undefined} title={text}>
      <span class="rt-strip-mark" aria-hidden="true">
        ○
      </span>{' '}
      {!props.measured || names.length === 0 ? text : richText(t, props.ended ? 'strip.notHeardEnded' : 'strip.notHeard', <NameList names={names} />)}
    </p>
  );
}
