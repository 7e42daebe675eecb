/**
 * Manual mode: a button per participant (and number keys 1–9; 0 or Escape for nobody) marks
 * who speaks now. One speaker at a time; the worker records speech.started/ended.
 */
import { useEffect } from 'preact/hooks';
import { Name } from '../../../shared/ui/name';
import type { ParticipantMetrics } from '../../../shared/core/talk/metrics';
import { msg } from '../i18n';

export function ManualMarker(props: { people: ParticipantMetrics[]; onMark: (pid: string | null) => void }) {
  const { people, onMark } = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || target?.closest('input, select, textarea')) return;
      if (e.key === '0' || e.key === 'Escape') onMark(null);
      else if (/^[1-9]$/.test(e.key)) {
        const p = people[Number(e.key) - 1];
        if (p) onMark(p.pid);
      } else return;
      e.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [people, onMark]);
  return (
    <section class="wx-manual" aria-labelledby="wx-manual-h">
      <h2 id="wx-manual-h" class="rt-heading">
        {msg('panelManualHeading')}
      </h2>
      <p class="wx-hint">{msg('panelManualHint')}</p>
      <ul class="wx-manual-list">
        {people.map((p, i) => (
          <li key={p.pid}>
            <button type="button" aria-pressed={p.speaking} aria-keyshortcuts={i < 9 ? String(i + 1) : undefined} onClick={() => onMark(p.speaking ? null : p.pid)}>
              {i < 9 && <kbd>{i + 1}</kbd>} <Name name={p.name} />
            </button>
          </li>
        ))}
        <li>
          <button type="button" aria-keyshortcuts="0" onClick={() => onMark(null)}>
            <kbd>0</kbd> {msg('panelManualNobody')}
          </button>
        </li>
      </ul>
    </section>
  );
}
