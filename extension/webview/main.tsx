/**
 * Entry of the one webview bundle: the sidebar view and the summary panel (body[data-view]).
 * The host sends the meeting's record; this side folds it with the core and renders
 * shared/ui, recomputing remaining time from the clock four times a second (a render rate, not
 * a tick count: nothing is subtracted between renders).
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import '../../shared/ui/styles.css';
import './theme.css';
import { createMeetingState, foldEvents } from '../../shared/core/meeting/meeting-state';
import { checkEvent } from '../../shared/core/record/record';
import type { MeetingEvent } from '../../shared/core/record/events';
import { I18nProvider, LivePanel, SummaryView, translator, type MessageKey, type RoundActions } from '../../shared/ui/index';
import { toLiveState, toSummaryData } from '../../shared/ui/from-core';
import { summarize } from '../../shared/core/summary/summary';
import type { HostToWebview, ViewSettings, WebviewKind } from '../src/protocol';
import { connect } from './host';
import { VIEW_STRINGS, type ViewStringKey } from './view-strings';
import { playTimeUp } from './sound';
import { DecisionCard } from './leadership/decision-card';
import { TrendsPage } from './leadership/trends-page';

type Received = Extract<HostToWebview, { type: 'record' | 'summary' }>;

/** Checks each event with the core's validator; one bad event blocks rendering with a message. */
function validEvents(raw: unknown[]): { events: MeetingEvent[] } | { error: string } {
  const out: MeetingEvent[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = checkEvent(raw[i]);
    if (c.ok) out.push(c.event);
    else if ('problem' in c) return { error: `event ${i + 1}: ${c.problem.field} ${c.problem.message}` };
  }
  return { events: out };
}

function App(props: { kind: WebviewKind }) {
  const [data, setData] = useState<Received | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());
  const host = useMemo(
    () =>
      connect(
        (msg) => {
          if (msg.type === 'timeUp') {
            if (settingsRef.current?.sound) playTimeUp();
            return;
          }
          if (msg.type === 'record' || msg.type === 'summary') {
            settingsRef.current = msg.settings;
            setData(msg);
            setNow(Date.now());
          }
        },
        (why) => setError(why),
      ),
    [],
  );
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, []);

  const lookup = (key: string) => data?.strings[key];
  const t = translator(lookup as (k: MessageKey) => string | undefined);
  const vt = (key: ViewStringKey, ...args: (string | number)[]) => (data?.strings[key] ?? VIEW_STRINGS[key]).replace(/\{(\d+)\}/g, (w, i: string) => String(args[Number(i)] ?? w));
  const folded = useMemo(() => {
    if (!data) return null;
    const v = validEvents(data.events);
    if ('error' in v) return v;
    // The one fold carries the decision trail, hand-overs and debrief the summary panel shows.
    const state = foldEvents(v.events, createMeetingState({ minGapMs: data.settings.minGapMs }));
    return { state, events: v.events };
  }, [data]);

  const run = (p: Promise<void>) => p.then(() => setError(null), (e: Error) => setError(e.message));
  let body;
  if (!data || !folded) body = <p class="rt-empty">{vt('view.loading')}</p>;
  else if ('error' in folded) body = <p class="rt-host-error" role="alert">{vt('view.badRecord', folded.error)}</p>;
  else if (props.kind === 'summary')
    body = <SummaryView summary={toSummaryData(summarize(folded.state, folded.state.lastT, { leadership: true }), folded.events)} actions={{ exportAs: (f) => run(host.exportAs(f)) }} />;
  else {
    const live = folded.state.started && folded.state.windowEnd === null;
    const actions: RoundActions = {
      next: () => run(host.action('next')),
      pass: () => run(host.action('pass')),
      extend: (ms) => run(host.action('extend', { ms })),
      pause: () => run(host.action('pause')),
      resume: () => run(host.action('resume')),
      endRound: () => run(host.action('end')),
    };
    const settings: ViewSettings = data.settings;
    body = (
      <>
        {live ? (
          <LivePanel state={toLiveState(folded.state, now, { warnMs: settings.warnMs, extendMs: settings.extendMs, hints: (data as Extract<Received, { type: 'record' }>).hints ?? {} })} actions={actions} />
        ) : (
          <p class="rt-empty">{vt('view.noMeeting')}</p>
        )}
        {live && <DecisionCard events={folded.events} minGapMs={settings.minGapMs} vt={vt} act={(a) => run(host.action(a))} />}
        <div class="rt-start" role="group" aria-label={vt('view.meetingActions')}>
          {live ? (
            <>
              <button type="button" class="rt-button" data-action="startRound" onClick={() => run(host.action('startRound'))} disabled={!!folded.state.activeRound && folded.state.activeRound.status !== 'ended'}>
                {vt('view.startRound')}
              </button>
              <button type="button" class="rt-button" data-action="raiseHand" onClick={() => run(host.action('raiseHand'))}>
                {vt('view.raiseHand')}
              </button>
              <button type="button" class="rt-button" data-action="markSpeaking" onClick={() => run(host.action('markSpeaking'))}>
                {vt('view.markSpeaking')}
              </button>
              <button type="button" class="rt-button" data-action="endMeeting" onClick={() => run(host.action('endMeeting'))}>
                {vt('view.endMeeting')}
              </button>
            </>
          ) : (
            <>
              <button type="button" class="rt-button" data-action="startMeeting" onClick={() => run(host.action('startMeeting'))}>
                {vt('view.startMeeting')}
              </button>
              <button type="button" class="rt-button" data-action="startRound" onClick={() => run(host.action('startRound'))}>
                {vt('view.startRound')}
              </button>
            </>
          )}
          <button type="button" class="rt-button" data-action="showSummary" onClick={() => run(host.action('showSummary'))}>
            {vt('view.showSummary')}
          </button>
        </div>
      </>
    );
  }
  return (
    <I18nProvider t={t}>
      {error && (
        <p class="rt-host-error" role="alert">
          {error}
        </p>
      )}
      {body}
    </I18nProvider>
  );
}

const settingsRef: { current: ViewSettings | null } = { current: null };
const kind: WebviewKind = document.body.dataset.view === 'summary' ? 'summary' : document.body.dataset.view === 'trends' ? 'trends' : 'sidebar';
if (kind === 'trends') render(<TrendsPage />, document.getElementById('root')!);
else render(<App kind={kind} />, document.getElementById('root')!);
