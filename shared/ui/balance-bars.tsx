/**
 * One compact bar per person: talk time, share, and a mark at their fair share. "quiet",
 * "dominant", "not heard yet" and "speaking" are words (with a stripe pattern on the bar), so
 * nothing depends on colour. The bars are drawn for sighted users and hidden from assistive
 * technology; the same figures are in each row's text.
 *
 * `compact`: one line per person (name, bar, figures, a symbol per tag with its word for
 * screen readers and in the tooltip), so a live view shows eight or more people at a glance.
 * `onMark` (manual mode): each name is a toggle button marking who talks now, with its digit
 * key (1–9; 0 or Escape: nobody), handled by useMarkKeys over the same list, in roster order.
 */
import { memo } from './memo';
import { useCallback, useId, useRef, useState } from 'preact/hooks';
import { useT } from './i18n';
import { durationText, percentText } from './duration';
import type { PersonBalance } from './types';
import { Name } from './name';
import { Icon } from './icons';
import { usePageKeys } from './page-keys';

export type BalanceSort = 'roster' | 'most' | 'least';
const SORTS: readonly BalanceSort[] = ['roster', 'most', 'least'];
const SORT_KEYS = { roster: 'balance.sortRoster', most: 'balance.sortMost', least: 'balance.sortLeast' } as const;

/** Stable sort: ties keep roster order, so rows do not jump while two people are level. */
export function sortPeople(people: readonly PersonBalance[], sort: BalanceSort): PersonBalance[] {
  const indexed = people.map((p, i) => [p, i] as const);
  if (sort !== 'roster') indexed.sort(([a, i], [b, j]) => (sort === 'most' ? b.talkMs - a.talkMs : a.talkMs - b.talkMs) || i - j);
  return indexed.map(([p]) => p);
}

/**
 * The share that fills a whole bar. Twice the largest fair share (where "dominant" begins)
 * or the largest share if higher: in a meeting of ten, 10 % is a visible bar, not a sliver.
 */
export function barScale(people: readonly PersonBalance[]): number {
  let scale = 0;
  for (const p of people) scale = Math.max(scale, p.share, 2 * p.fairShare);
  return Math.min(1, scale) || 1;
}

/** The digit keys of manual marking: 1–9 mark the n-th person (roster order), 0 or Escape nobody; live whenever the marks are shown (page-keys.ts). */
export function useMarkKeys(people: readonly { pid: string }[], onMark: ((pid: string | null) => void) | undefined): void {
  usePageKeys((e) => {
    if (!onMark) return false;
    if (e.key === '0' || e.key === 'Escape') onMark(null);
    else {
      const p = /^[1-9]$/.test(e.key) ? people[Number(e.key) - 1] : undefined;
      if (!p) return false;
      onMark(p.pid);
    }
    return true;
  });
}

/** A share of the bar's scale as a width: whole per cent, so a row is redrawn only when its bar visibly moves. */
export const barPercent = (share: number, scale: number): string => `${Math.round(Math.min(100, (share / scale) * 100))}%`;

export function BalanceBars(props: {
  people: PersonBalance[];
  /** False while no speech has been recorded: then the labels would all say "not heard yet" for want of data. */
  measured?: boolean;
  sort?: BalanceSort;
  onSortChange?: (s: BalanceSort) => void;
  compact?: boolean;
  /** The meeting is over: "not heard", in the past tense. */
  ended?: boolean;
  /** Manual mode: mark who talks now (null: nobody); names become toggle buttons with digit keys. */
  onMark?: (pid: string | null) => void;
}) {
  const t = useT();
  const id = useId();
  const [ownSort, setOwnSort] = useState<BalanceSort>(props.sort ?? 'roster');
  const sort = props.onSortChange ? (props.sort ?? 'roster') : ownSort;
  const scale = barScale(props.people);
  const rows = sortPeople(props.people, sort);
  const measured = props.measured ?? true;
  const digitOf = new Map(props.people.slice(0, 9).map((p, i) => [p.pid, String(i + 1)]));
  // The rows get one function for the page's life, which calls the latest onMark: a row's props then change only with what it shows.
  const onMark = useRef(props.onMark);
  onMark.current = props.onMark;
  const mark = useCallback((pid: string | null) => onMark.current?.(pid), []);

  return (
    <section class={props.compact ? 'rt-balance rt-balance-compact' : 'rt-balance'} aria-labelledby={`${id}-h`}>
      <div class="rt-balance-head">
        <h2 id={`${id}-h`} class="rt-heading">
          {t('balance.heading')}
        </h2>
        <label class="rt-sort">
          <span>{t('balance.sortLabel')}</span>{' '}
          <select
            value={sort}
            onChange={(e) => {
              const next = (e.currentTarget as HTMLSelectElement).value as BalanceSort;
              if (props.onSortChange) props.onSortChange(next);
              else setOwnSort(next);
            }}
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(SORT_KEYS[s])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!measured && rows.length > 0 && <p class="rt-empty">{t('balance.unmeasured')}</p>}
      {rows.length === 0 ? (
        <p class="rt-empty">{t('balance.empty')}</p>
      ) : (
        <ul class="rt-balance-list">
          {rows.map((p) => (
            <BalanceRow
              key={p.pid}
              pid={p.pid}
              name={p.name}
              talk={durationText(t, p.talkMs)}
              share={percentText(t, p.share)}
              fairShare={percentText(t, p.fairShare)}
              fill={barPercent(p.share, scale)}
              fair={barPercent(p.fairShare, scale)}
              speaking={p.speaking}
              notHeard={measured && p.talkMs === 0}
              quiet={measured && p.quiet}
              dominant={measured && p.dominant}
              compact={!!props.compact}
              ended={!!props.ended}
              digit={props.onMark ? digitOf.get(p.pid) : undefined}
              mark={props.onMark ? mark : undefined}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * One person's row, given only what it shows (texts, flags, bar widths): redrawn when one of them
 * changes, not at every redraw of the list (in a busy call most rows show the same figures from
 * one redraw to the next).
 */
const BalanceRow = memo(function BalanceRow(p: {
  pid: string;
  name: string;
  talk: string;
  share: string;
  fairShare: string;
  fill: string;
  fair: string;
  speaking: boolean;
  notHeard: boolean;
  quiet: boolean;
  dominant: boolean;
  compact: boolean;
  ended: boolean;
  digit: string | undefined;
  mark: ((pid: string | null) => void) | undefined;
}) {
  const t = useT();
  const mark = p.mark;
  const name = mark ? (
    <button type="button" class="rt-talk-mark" aria-pressed={p.speaking} aria-keyshortcuts={p.digit} onClick={() => mark(p.speaking ? null : p.pid)}>
      {p.digit && <kbd class="rt-kbd">{p.digit}</kbd>} <Name name={p.name} />
    </button>
  ) : (
    <Name name={p.name} />
  );
  const tags = (
    <div class="rt-balance-tags">
      <span class="rt-visually-hidden">{t('balance.detail', p.talk, p.share, p.fairShare)}</span>
      {p.speaking && (
        <span class="rt-tag rt-tag-speaking" title={t('balance.speaking')}>
          <Icon name="mic" /> <span class="rt-tag-word">{t('balance.speaking')}</span>
        </span>
      )}
      {p.notHeard && (
        <span class="rt-tag rt-tag-not-heard" title={t(p.ended ? 'balance.notHeardEnded' : 'balance.notHeard')}>
          ○ <span class="rt-tag-word">{t(p.ended ? 'balance.notHeardEnded' : 'balance.notHeard')}</span>
        </span>
      )}
      {p.quiet && !p.notHeard && (
        <span class="rt-tag rt-tag-quiet" title={t('balance.quiet')}>
          ↓ <span class="rt-tag-word">{t('balance.quiet')}</span>
        </span>
      )}
      {p.dominant && (
        <span class="rt-tag rt-tag-dominant" title={t('balance.dominant')}>
          ↑ <span class="rt-tag-word">{t('balance.dominant')}</span>
        </span>
      )}
    </div>
  );
  const bar = (
    <div class="rt-bar" aria-hidden="true">
      <div class="rt-bar-fill" style={{ width: p.fill }} />
      <div class="rt-bar-fair" style={{ insetInlineStart: p.fair }} title={t('balance.fairMark')} />
    </div>
  );
  const figures = (
    <span class="rt-balance-figures">
      {p.talk} · {p.share}
    </span>
  );
  return (
    <li
      class={p.compact ? 'rt-balance-item rt-talk-row' : 'rt-balance-item'}
      data-quiet={p.quiet || undefined}
      data-dominant={p.dominant || undefined}
      data-not-heard={p.notHeard || undefined}
      data-speaking={p.speaking || undefined}
    >
      {p.compact ? (
        <>
          {name}
          {bar}
          {figures}
          {tags}
        </>
      ) : (
        <>
          <div class="rt-balance-line">
            {name}
            {figures}
          </div>
          {bar}
          {tags}
        </>
      )}
    </li>
  );
});
