/**
 * The playbook page: every stored meeting's debrief answers, newest first, under the three
 * prompts, and the same as Markdown (the core's renderPlaybook, as VS Code's playbook.md).
 */
import { DEBRIEF_PROMPTS } from '../../../../shared/core/record/events';
import { answersByPrompt } from '../../../../shared/core/debrief/debrief';
import { newestFirst, renderPlaybook, type PlaybookMeeting } from '../../../../shared/core/debrief/playbook-markdown';
import { formatTimestamp } from '../../../../shared/core/text/format';
import { msg } from '../../i18n/i18n';
import { currentRecordsText } from '../../i18n/core-text';
import { foldRecord } from '../record';
import { downloadText } from '../download';
import { AnswerList, promptKey } from '../leadership/debrief-form';
import type { StoredMeeting } from './stored-meetings';

export function playbookMeetings(stored: readonly StoredMeeting[]): PlaybookMeeting[] {
  return stored.map(({ info, events }) => {
    const state = foldRecord(events);
    return { id: info.id, title: info.title, startedAt: info.startedAt, answers: state.debrief, names: new Map([...state.participants].map(([pid, p]) => [pid, p.name])) };
  });
}

export function PlaybookView(props: { stored: StoredMeeting[] }) {
  const meetings = playbookMeetings(props.stored);
  const shown = newestFirst(meetings.filter((m) => m.answers.length > 0));
  return (
    <section aria-labelledby="wx-playbook-h">
      <h1 id="wx-playbook-h">{msg('lsPlaybookPage')}</h1>
      <p>{msg('lsPlaybookIntro')}</p>
      {shown.length === 0 && <p class="wx-hint">{msg('lsPlaybookEmpty')}</p>}
      {shown.map((m) => {
        const groups = answersByPrompt(m.answers);
        return (
          <article key={m.id} aria-labelledby={`pb-${m.id}`} class="wx-playbook-meeting">
            <h2 id={`pb-${m.id}`} class="rt-heading">
              {m.startedAt !== null && `${formatTimestamp(m.startedAt)}: `}
              <bdi>{m.title}</bdi>
            </h2>
            {DEBRIEF_PROMPTS.filter((p) => groups[p].length > 0).map((p) => (
              <div key={p} data-prompt={p}>
                <h3 class="rt-heading">{msg(promptKey(p))}</h3>
                <AnswerList answers={groups[p]} names={m.names} />
              </div>
            ))}
          </article>
        );
      })}
      <p class="wx-row">
        <button type="button" data-export="playbook" onClick={async () => downloadText('playbook.md', renderPlaybook(meetings, await currentRecordsText()), 'text/markdown')}>
          {msg('lsPlaybookDownload')}
        </button>
      </p>
    </section>
  );
}
