/**
 * Entry of the one webview bundle: the sidebar view and the summary panel (body[data-view]).
 * The host sends the meeting's record once, then only new events (numbered); one MeetingModel
 * folds them as they come and derives what shared/ui renders, recomputing remaining time from the clock four times a second (a render rate, not
 * a tick count: nothing is subtracted between renders).
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import '../../shared/ui/styles.css';
import './theme.css';
import { Disclosure, DisclosureMemoryProvider, I18nProvider, CATALOG_LANGUAGE, LivePanel, SummaryView, translator, type MessageKey, type RoundActions } from '../../shared/ui/index';
import { toSummaryData } from '../../shared/ui/summary-data';
import { agendaParts } from '../../shared/ui/agenda';
import { announcement } from '../../shared/ui/announcement';
import { MeetingModel } from '../../shared/ui/meeting-model';
import { summaryAt } from '../../shared/ui/model-views';
import { coreText } from '../../shared/core/l10n/core-text';
import { describeEventProblem } from '../../shared/core/record/record-problem';
import type { HostToWebview, LinkView, ViewSettings, WebviewKind } from '../src/protocol';
import { connect } from './host';
import { VIEW_STRINGS, type ViewStringKey } from './view-strings';
import { playTimeUp } from '../../shared/ui/chime';
import { useFocusRescue } from '../../shared/ui/focus-rescue';
import { DecisionCard } from './leadership/decision-card';
import { TrendsPage } from './leadership/trends-page';

type Received = Extract<HostToWebview, { type: 'record' | 'summary' }>;

/** Where focus goes when the focused control unmounts (a round ends, the meeting ends), best first. */
const FOCUS_TARGETS = ['.rt-controls [data-action="next"]:not([aria-disabled])', '[data-action="startRound"]:not([aria-disabled])', '[data-action="startMeeting"]'];

function App(props: { kind: WebviewKind }) {
  // The header of the last whole record (settings, strings, hints); the events live in the model.
  const [data, setData] = useState<Received | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The browser link's state (issue 14), in the host's words; null when no link is wanted.
  const [link, setLink] = useState<LinkView | null>(null);
  const [now, setNow] = useState(Date.now());
  // One model folds the record once, then each pushed event (shared/ui/meeting-model.ts).
  const model = useRef<MeetingModel | null>(null);
  const [, setVersion] = useState(0);
  const host = useMemo(
    () =>
      connect(
        (msg) => {
          if (msg.type === 'timeUp') {
            const tone = settingsRef.current?.tone ?? 'off';
            if (tone !== 'off') playTimeUp(tone);
            return;
          }
          if (msg.type === 'link') return setLink(msg.link);
          if (msg.type === 'record') setLink(msg.link);
          if (msg.type === 'record' || msg.type === 'summary') {
            settingsRef.current = msg.settings;
            model.current = new MeetingModel({ minGapMs: msg.settings.minGapMs });
            model.current.reset(msg.events);
            setData({ ...msg, events: [] });
          } else if (msg.type === 'events') {
            // Before the first record, or after a gap: ask for the whole record.
            if (!model.current || model.current.apply(msg.from, msg.events) === 'resync') return hostRef.current?.resync();
          } else return;
          setVersion((v) => v + 1);
          setNow(Date.now());
        },
        (why) => setError(why),
      ),
    [],
  );
  hostRef.current = host;
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, []);

  const lookup = (key: string) => data?.strings[key];
  const t = translator(lookup as (k: MessageKey) => string | undefined, data?.strings[CATALOG_LANGUAGE]);
  const vt = (key: ViewStringKey, ...args: (string | number)[]) => (data?.strings[key] ?? VIEW_STRINGS[key]).replace(/\{(\d+)\}/g, (w, i: string) => String(args[Number(i)] ?? w));
  const m = model.current;

  useFocusRescue(FOCUS_TARGETS);
  const run = (p: Promise<void>) => p.then(() => setError(null), (e: Error) => setError(e.message));
  let body;
  if (!data || !m) body = <p class="rt-empty">{vt('view.loading')}</p>;
  // The record's problem in VS Code's display language: the host sends the core's recordProblem.* words with the strings.
  else if (m.problem) body = <p class="rt-host-error" role="alert">{vt('view.badRecord', describeEventProblem(m.problem.event, m.problem, coreText(data.strings[CATALOG_LANGUAGE], data.strings)))}</p>;
  else if (props.kind === 'summary') body = <SummaryView summary={toSummaryData(summaryAt(m, m.state.lastT), m.events)} actions={{ exportAs: (f) => run(host.exportAs(f)) }} retentionDays={data.settings.retentionDays} />;
  else {
    const live = m.state.started && m.state.windowEnd === null;
    const actions: RoundActions = {
      next: () => run(host.action('next')),
      pass: () => run(host.action('pass')),
      extend: (ms) => run(host.action('extend', { ms })),
      pause: () => run(host.action('pause')),
      resume: () => run(host.action('resume')),
      endRound: () => run(host.action('end')),
      lowerAllHands: () => run(host.action('lowerAllHands')),
      handsFollow: (on) => run(host.action('handsFollowFloor', { on })),
      agendaNext: () => run(host.action('agendaNext')),
      agendaEnd: (carried) => run(host.action('agendaEnd', { on: carried })),
      agendaSkip: () => run(host.action('agendaSkip')),
      agendaLink: (aid, did) => run(host.action('agendaLink', { aid, did })),
    };
    const settings: ViewSettings = data.settings;
    const inRound = !!m.state.activeRound && m.state.activeRound.status !== 'ended';
    // Between rounds Start round is the next action and stays in view; during a round the
    // meeting's other actions fold away (issue 12: the round fits a 300 px sidebar at a glance).
    const startRound = (
      <button type="button" class="rt-button" data-action="startRound" onClick={() => run(host.action('startRound'))} aria-disabled={inRound ? 'true' : undefined}>
        {vt('view.startRound')}
      </button>
    );
    const summaryButton = (
      <button type="button" class="rt-button" data-action="showSummary" onClick={() => run(host.action('showSummary'))}>
        {vt('view.showSummary')}
      </button>
    );
    body = live ? (
      // VS Code's own notification speaks "Time is up": the live region leaves it out so it is heard once.
      <LivePanel state={m.live(now, { warnMs: settings.warnMs, extendMs: settings.extendMs, extendMoreMs: settings.extendMoreMs, hints: (data as Extract<Received, { type: 'record' }>).hints ?? {} })} actions={actions} agenda={agendaParts} announce={announcement} announceTimeUp={false}>
        {!inRound && (
          <div class="rt-start" role="group" aria-label={vt('view.startRound')}>
            {startRound}
          </div>
        )}
        <Disclosure id="view.decision" summary={vt('lead.decision')} defaultOpen>
          <DecisionCard model={m} vt={vt} act={(a) => run(host.action(a))} />
        </Disclosure>
        <Disclosure id="view.meeting" summary={vt('view.meetingActions')}>
          <div class="rt-start" role="group" aria-label={vt('view.meetingActions')}>
            {inRound && startRound}
            <button type="button" class="rt-button" data-action="raiseHand" onClick={() => run(host.action('raiseHand'))}>
              {vt('view.raiseHand')}
            </button>
            <button type="button" class="rt-button" data-action="markSpeaking" onClick={() => run(host.action('markSpeaking'))}>
              {vt('view.markSpeaking')}
            </button>
            <button type="button" class="rt-button" data-action="endMeeting" onClick={() => run(host.action('endMeeting'))}>
              {vt('view.endMeeting')}
            </button>
            {summaryButton}
          </div>
        </Disclosure>
      </LivePanel>
    ) : (
      <>
        <p class="rt-empty">{vt('view.noMeeting')}</p>
        <div class="rt-start" role="group" aria-label={vt('view.meetingActions')}>
          <button type="button" class="rt-button" data-action="startMeeting" onClick={() => run(host.action('startMeeting'))}>
            {vt('view.startMeeting')}
          </button>
          <button type="button" class="rt-button" data-action="startRound" onClick={() => run(host.action('startRound'))}>
            {vt('view.startRound')}
          </button>
          {summaryButton}
        </div>
      </>
    );
  }
  return (
    <I18nProvider t={t}>
      <DisclosureMemoryProvider memory={host.disclosures}>
        {error && (
          <p class="rt-host-error" role="alert">
            {error}
          </p>
        )}
        {body}
        {props.kind === 'sidebar' && link && (
          // A status line (announced politely when it changes): the words say the state, the mark only repeats it.
          <p class="rt-link" data-link={link.kind} role="status">
            <span class="rt-link-mark" aria-hidden="true" />
            {link.text}
          </p>
        )}
      </DisclosureMemoryProvider>
    </I18nProvider>
  );
}

const settingsRef: { current: ViewSettings | null } = { current: null };
const hostRef: { current: ReturnType<typeof connect> | null } = { current: null };
const kind: WebviewKind = document.body.dataset.view === 'summary' ? 'summary' : document.body.dataset.view === 'trends' ? 'trends' : 'sidebar';
if (kind === 'trends') render(<TrendsPage />, document.getElementById('root')!);
else render(<App kind={kind} />, document.getElementById('root')!);
