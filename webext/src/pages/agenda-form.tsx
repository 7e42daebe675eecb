/**
 * The agenda in the side panel (issue 11 item 5): typed into a form as the same Markdown list
 * VS Code reads from .roundtable/agenda.md ("- [decision] Ship on Friday (10 min) @Ana"), or
 * imported from such a file. Problems are listed by line and nothing is set; owners are found
 * among the meeting's participants by the one name rule. The worker asks the core (decideAgenda);
 * a refusal is shown in the reader's words (refusal-text.ts), never the worker's English message.
 */
import { useId, useState } from 'preact/hooks';
import type { MeetingState } from '../../../shared/core/meeting/meeting-state';
import { findParticipant } from '../../../shared/core/meeting/session';
import { parseAgendaMarkdown } from '../../../shared/core/agenda/agenda-markdown';
import type { AgendaItemInput } from '../../../shared/core/agenda/agenda-commands';
import { msg } from '../i18n/i18n';
import { browserCoreText } from '../i18n/core-text';
import { sendCommand } from './connection';
import { refusalText } from './refusal-text';
import { useT } from '../../../shared/ui/i18n';

/** The items of a Markdown agenda with owners resolved, or the problems by line. */
export function agendaFromMarkdown(text: string, state: MeetingState): { ok: true; items: AgendaItemInput[] } | { ok: false; problems: string[] } {
  const parsed = parseAgendaMarkdown(text, browserCoreText());
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => msg('agendaProblem', p.line, p.message)) };
  const problems: string[] = [];
  const items = parsed.items.map((i): AgendaItemInput => {
    const owner = i.owner === undefined ? undefined : findParticipant(state, i.owner);
    if (i.owner !== undefined && owner === undefined) problems.push(msg('agendaProblem', i.line, msg('agendaNoOwner', i.owner)));
    return { title: i.title, boxMs: i.boxMs, kind: i.kind, ...(owner ? { owner } : {}) };
  });
  return problems.length ? { ok: false, problems } : { ok: true, items };
}

export function AgendaForm(props: { meetingId: string; state: MeetingState }) {
  const id = useId();
  const t = useT();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const submit = async () => {
    setDone(false);
    const r = agendaFromMarkdown(text, props.state);
    if (!r.ok) return setProblems(r.problems);
    const reply = await sendCommand({ kind: 'agenda', command: { type: 'set', items: r.items } }, props.meetingId);
    setProblems(reply.ok ? [] : [refusalText(t, reply.error)]);
    setDone(reply.ok);
  };
  return (
    <form
      class="wx-form wx-agenda-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label for={`${id}-text`}>{msg('agendaLabel')}</label>
      <textarea id={`${id}-text`} rows={5} value={text} aria-describedby={`${id}-hint`} onInput={(e) => setText(e.currentTarget.value)} />
      <p id={`${id}-hint`} class="wx-hint">
        {msg('agendaHint')}
      </p>
      <p class="wx-row wx-actions">
        <label class="wx-file">
          {msg('agendaImport')}{' '}
          <input
            type="file"
            accept=".md,.markdown,.txt,text/markdown,text/plain"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void file.text().then((t) => setText(t));
            }}
          />
        </label>
        <button type="submit">{msg('agendaSet')}</button>
      </p>
      {problems.length > 0 && (
        <ul class="wx-problems" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {done && (
        <p class="wx-hint" role="status">
          {msg('agendaDone')}
        </p>
      )}
    </form>
  );
}
