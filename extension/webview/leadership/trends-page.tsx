/**
 * The trends panel (Roundtable: Show Trends): shared/ui's TrendsView over the trends the host
 * computed from the records (computeTrends, people matched by roster pid), sent whole after
 * `ready` like every Roundtable webview.
 */
import { useMemo, useState } from 'preact/hooks';
import { CATALOG_LANGUAGE, I18nProvider, translator, type MessageKey } from '../../../shared/ui/index';
import { TrendsView } from '../../../shared/ui/trends-view';
import type { HostToWebview } from '../../src/protocol';
import { connect } from '../host';

type Received = Extract<HostToWebview, { type: 'trends' }>;

export function TrendsPage() {
  const [data, setData] = useState<Received | null>(null);
  const [error, setError] = useState<string | null>(null);
  useMemo(() => connect((msg) => msg.type === 'trends' && setData(msg), (why) => setError(why)), []);
  const t = translator((k: MessageKey) => data?.strings[k], data?.strings[CATALOG_LANGUAGE]);
  return (
    <I18nProvider t={t}>
      <main class="rt-trends">
        {error && (
          <p class="rt-host-error" role="alert">
            {error}
          </p>
        )}
        {data && <TrendsView trends={data.trends} />}
      </main>
    </I18nProvider>
  );
}
