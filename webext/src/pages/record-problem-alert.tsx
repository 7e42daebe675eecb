/**
 * Why the side panel stopped following the meeting (an event that failed validation), in the UI
 * language. Its own chunk: the core's catalogue must stay out of the panel's first load
 * (NOT_UP_FRONT), and a bad record is rare.
 */
import { describeEventProblem } from '../../../shared/core/record/record-problem';
import type { EventProblem } from '../../../shared/core/record/record';
import { browserCoreText } from '../i18n/core-text';

export function RecordProblemAlert({ problem }: { problem: EventProblem }) {
  return <p role="alert">{describeEventProblem(problem.event, problem, browserCoreText())}</p>;
}
