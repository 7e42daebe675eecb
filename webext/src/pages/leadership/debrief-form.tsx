/**
 * The debrief at the end of a meeting: the three prompts (what worked, what did not, what we
 * change next time), answers given so far, and a form per prompt. Answers are debrief.answered
 * events in the meeting's record (also after the meeting ended); the playbook page gathers them.
 */
import { useState } from 'preact/hooks';
import { DEBRIEF_PROMPTS, type DebriefPrompt, type Pid } from '../../../../shared/core/record/events';
import { answersByPrompt, debriefRound, type DebriefAnswer } from '../../../../shared/core/debrief/debrief';
import { Name } from '../../../../shared/ui/name';
import { msg } from '../../i18n/i18n';
import { currentRecordsText } from '../../i18n/core-text';
import type { Participant } from '../../team/people';
import type { LeadershipCommand } from '../../messages';
import type { StringKey } from '../../i18n/strings';
import { sendCommand } from '../connection';
import { PersonSelect } from '../person-select';

export const promptKey = (p: DebriefPrompt) => `lsPrompt_${p.replace('-', '_')}` as StringKey;

export function DebriefSection(props: { meetingId: string; people: Participant[]; answers: DebriefAnswer[]; names: ReadonlyMap<Pid, string>; canStartRound: boolean; open: boolean; send: (c: LeadershipCommand) => Promise<boolean> }) {
  const groups = answersByPrompt(props.answers);
  return (
    <section class="wx-ls-debrief" aria-labelledby="wx-ls-debrief-h">
      <h2 id="wx-ls-debrief-h" class="rt-heading">
        {msg('lsDebriefHeading')}
      </h2>
      {/* Folded during the meeting, open once it ended: the debrief closes the meeting. */}
      <details class="wx-ls-details" open={props.open}>
        <summary>{msg('lsDebriefQuestions')}</summary>
        <p class="wx-hint">{msg('lsDebriefIntro')}</p>
        {props.canStartRound && (
          <p class="wx-row">
            <button type="button" onClick={async () => void sendCommand({ kind: 'round', command: debriefRound(60_000, await currentRecordsText()) }, props.meetingId)}>
              {msg('lsDebriefRound')}
            </button>
          </p>
        )}
        {DEBRIEF_PROMPTS.map((prompt) => (
          <div key={prompt} class="wx-ls-prompt" data-prompt={prompt}>
            <h3 class="rt-heading">{msg(promptKey(prompt))}</h3>
            <AnswerList answers={groups[prompt]} names={props.names} />
            <AnswerForm prompt={prompt} people={props.people} send={props.send} />
          </div>
        ))}
      </details>
    </section>
  );
}

/** Answers to one prompt: the text, then whose it is (a group answer has no name). Text only. */
export function AnswerList(props: { answers: readonly DebriefAnswer[]; names: ReadonlyMap<Pid, string> | undefined }) {
  if (props.answers.length === 0) return null;
  return (
    <ul>
      {props.answers.map((a, i) => (
        <li key={i}>
          {a.text}
          {a.pid !== null && (
            <>
              {' '}
              (<Name name={props.names?.get(a.pid) ?? a.pid} />)
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function AnswerForm(props: { prompt: DebriefPrompt; people: Participant[]; send: (c: LeadershipCommand) => Promise<boolean> }) {
  const [text, setText] = useState('');
  const [pid, setPid] = useState('');
  return (
    <form
      class="wx-form"
      onSubmit={(e) => {
        e.preventDefault();
        void props.send({ kind: 'debrief', command: { type: 'answer', prompt: props.prompt, text, ...(pid ? { pid } : {}) } }).then((ok) => ok && setText(''));
      }}
    >
      <label>
        {msg(promptKey(props.prompt))}
        <textarea name="answer" rows={2} required value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <PersonSelect label={msg('lsDebriefWho')} name="who" none={msg('lsDebriefGroup')} people={props.people} value={pid} onChange={setPid} />
      <button type="submit">{msg('lsDebriefSave')}</button>
    </form>
  );
}
