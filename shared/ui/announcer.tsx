/**
 * The one polite live region. It speaks what `announcement()` decides (milestones only) and
 * nothing else. The region is rendered from the start, empty, because screen readers ignore
 * live regions that appear together with their first message. `announcement` comes from the
 * shell (LivePanel's `announce`), which may load it later: until then the first snapshot is kept,
 * and the first render with it says what changed since (the first snapshot itself is never said).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useT } from './i18n';
import { snapshotOf, type AnnounceSnapshot } from './milestones';
import type { Announce } from './announcement';
import type { LiveState } from './types';

/** A bare live region showing `message`; `seq` changes re-announce an identical message. */
export function Announcer(props: { message: string | null; seq?: number }) {
  return (
    <div class="rt-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {props.message !== null && <span key={props.seq ?? 0}>{props.message}</span>}
    </div>
  );
}

/** Watches a live state between renders and announces its milestones. */
export function LiveAnnouncer(props: { state: LiveState; announce: Announce | null; marksMs?: readonly number[]; announceTimeUp?: boolean }) {
  const t = useT();
  const prev = useRef<AnnounceSnapshot | null>(null);
  const [said, setSaid] = useState<{ message: string | null; seq: number }>({ message: null, seq: 0 });
  const snapshot = snapshotOf(t, props.state);

  // A layout effect, in the render's own task: a plain one costs each render two timer tasks of
  // Preact's after-paint queue, and a side panel in a busy call renders at least twice a second
  // (issue 9).
  useLayoutEffect(() => {
    // The first snapshot is the baseline (announcement() says nothing for it); without announce yet, keep it.
    if (prev.current === null || !props.announce) {
      prev.current ??= snapshot;
      return;
    }
    const message = props.announce(t, prev.current, snapshot, { ...(props.marksMs ? { marksMs: props.marksMs } : {}), timeUp: props.announceTimeUp ?? true });
    prev.current = snapshot;
    if (message !== null) setSaid((s) => ({ message, seq: s.seq + 1 }));
  });

  return <Announcer message={said.message} seq={said.seq} />;
}
