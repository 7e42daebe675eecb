/**
 * The side panel's VS Code link (issue 14): the link state in one sentence (a polite live
 * region, so a screen reader hears "Linked" or "Reconnecting"), the code field while not
 * linked, and Unlink while a link exists. The state lives in the worker; the card asks for it
 * and refreshes when the worker announces a change.
 */
import { useEffect, useState } from 'preact/hooks';
import { msg } from '../i18n/i18n';
import { browser } from '../platform/browser';
import type { BrowserLinkState, PairProblem } from '../link/link-client';
import { LINK_MSG, type LinkReply, type LinkRequest } from '../link/link-messages';
import type { StringKey } from '../i18n/strings';

const ask = (req: LinkRequest) => browser.runtime.sendMessage(req) as Promise<LinkReply>;

function describe(s: BrowserLinkState): string {
  switch (s.kind) {
    case 'linked':
      return msg('linkLinked', s.peer);
    case 'pairing':
      return msg('linkPairing');
    case 'reconnecting':
      return msg('linkReconnecting', s.peer, msg(s.why === 'connection-lost' ? 'linkReconnectingLost' : 'linkReconnectingNotAnswering'));
    case 'unlinked':
      return msg(({ 'never-paired': 'linkUnlinkedNever', 'unlinked-here': 'linkUnlinkedHere', 'unlinked-there': 'linkUnlinkedThere', forgotten: 'linkUnlinkedForgotten', 'rate-limited': 'linkUnlinkedRateLimited' } as const)[s.why]);
  }
}

const PROBLEM: Record<PairProblem, StringKey> = {
  length: 'linkProblemLength',
  symbol: 'linkProblemSymbol',
  typo: 'linkProblemTypo',
  port: 'linkProblemPort',
  'wrong-code': 'linkProblemWrong',
  'code-spent': 'linkProblemSpent',
  'rate-limited': 'linkProblemRateLimited',
  'not-answering': 'linkProblemNotAnswering',
  refused: 'linkProblemRefused',
};

export function LinkCard() {
  const [state, setState] = useState<BrowserLinkState | null>(null);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const refresh = () => void ask({ type: LINK_MSG.status }).then((r) => setState(r.state), () => undefined);
    const listener = (m: unknown) => {
      if ((m as { type?: string } | null)?.type === LINK_MSG.changed) refresh();
    };
    browser.runtime.onMessage.addListener(listener);
    refresh();
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);

  const pair = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem('');
    const r = await ask({ type: LINK_MSG.pair, code });
    setBusy(false);
    setState(r.state);
    if (r.pair?.ok) setCode('');
    else if (r.pair) setProblem(msg(PROBLEM[r.pair.problem]));
  };

  const paired = state?.kind === 'linked' || state?.kind === 'reconnecting';
  return (
    <section class="wx-card wx-link" aria-labelledby="wx-link-h" data-link={state?.kind ?? ''}>
      <h2 id="wx-link-h" class="rt-heading">
        {msg('linkHeading')}
      </h2>
      <p role="status" class="wx-link-state">
        {state ? describe(state) : ''}
      </p>
      {!paired && (
        <form class="wx-form" onSubmit={pair}>
          <label>
            {msg('linkCodeLabel')}
            <input value={code} required autoComplete="off" spellcheck={false} maxLength={16} aria-describedby="wx-link-problem" onInput={(e) => setCode(e.currentTarget.value)} />
          </label>
          <button type="submit" class="wx-button" disabled={busy}>
            {msg('linkPair')}
          </button>
          <p id="wx-link-problem" role="alert" class="wx-link-problem">
            {problem}
          </p>
        </form>
      )}
      {paired && (
        <p class="wx-row">
          <button type="button" class="wx-button" onClick={() => void ask({ type: LINK_MSG.unlink }).then((r) => setState(r.state))}>
            {msg('linkUnlink')}
          </button>
        </p>
      )}
    </section>
  );
}
