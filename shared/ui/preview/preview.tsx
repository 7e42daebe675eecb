/**
 * The preview page: the live panel at sidebar width beside the summary, driven by the mock host
 * (the real core, simulated speech). `?hostile` swaps in hostile names; `?nosim` turns the
 * simulated speech off. Re-rendering four times a second is a render rate: every render asks the
 * core for the time left at that moment, so the digits never drift.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { I18nProvider, english, useT } from '../i18n';
import { LivePanel } from '../live-panel';
import { agendaParts } from '../agenda';
import { announcement } from '../announcement';
import { SummaryView } from '../summary-view';
import type { SummaryData } from '../types';
import { MockHost } from './mock-host';

const params = new URLSearchParams(location.search);
const names = params.has('hostile')
  ? ['<img src=x onerror="alert(1)">', '\u202Eevil\u202C Bob', 'L'.repeat(200), 'Dee']
  : ['Ana', 'Bo', 'Chen', 'Dee', 'Eli'];
const host = new MockHost({ names, slotMs: Number(params.get('slot')) || 30_000, simulate: !params.has('nosim') });
(window as unknown as { rtHost: MockHost }).rtHost = host;

function Preview() {
  const t = useT();
  const [, setFrame] = useState(0);
  const [summary, setSummary] = useState<SummaryData | null>(null);
  useEffect(() => {
    const off = host.session.subscribe(() => setFrame((n) => n + 1));
    const id = setInterval(() => setFrame((n) => n + 1), 250);
    return () => {
      off();
      clearInterval(id);
    };
  }, []);
  if (summary) return <SummaryView summary={summary} actions={{ exportAs: (f) => console.log('export', f) }} />;
  return (
    <div class="rt-preview-sidebar">
      <LivePanel state={host.live()} actions={host.actions} agenda={agendaParts} announce={announcement} />
      <button
        type="button"
        class="rt-button rt-button-secondary"
        data-preview="end-meeting"
        onClick={async () => {
          await host.endMeeting();
          setSummary(host.summary());
        }}
      >
        {t('meeting.end')}
      </button>
    </div>
  );
}

void host.start().then(() =>
  render(
    <I18nProvider t={english}>
      <Preview />
    </I18nProvider>,
    document.getElementById('root')!,
  ),
);
