/**
 * Every refusal the core gives, as a code. The message beside a code is English for logs and
 * tests; what a person reads comes from the code (shared/ui/core-errors.ts maps each one to a
 * localised sentence in both shells), never from the message, which may name ids.
 */
import type { ConsentErrorCode } from '../decisions/consent';
import type { DebriefErrorCode } from '../debrief/debrief';
import type { AgendaErrorCode } from '../agenda/agenda-commands';
import type { RoundErrorCode } from '../rounds/round-commands';

/** The session's own refusals (meeting lifecycle, roster, speaking marks, facilitation, persistence). */
export type SessionErrorCode =
  | 'invalid-event'
  | 'sink-failed'
  | 'not-started'
  | 'already-started'
  | 'name-required'
  | 'already-present'
  | 'already-facilitator'
  | 'unknown-participant'
  | 'meeting-ended'
  | 'invalid-command';

export type CoreErrorCode = SessionErrorCode | RoundErrorCode | ConsentErrorCode | DebriefErrorCode | AgendaErrorCode;

export interface CoreError {
  code: CoreErrorCode;
  /** English, for logs: may name pids. Show `code` through shared/ui's table instead. */
  message: string;
}

/** Every code, once: the UI table is checked against this list. */
export const CORE_ERROR_CODES = [
  'invalid-event',
  'sink-failed',
  'not-started',
  'already-started',
  'name-required',
  'already-present',
  'already-facilitator',
  'unknown-participant',
  'meeting-ended',
  'invalid-command',
  'round-active',
  'no-active-round',
  'round-paused',
  'not-paused',
  'empty-order',
  'duplicate-participant',
  'not-in-round',
  'not-present',
  'already-current',
  'no-current-turn',
  'no-turns',
  'nobody-next',
  'untimed',
  'hand-already-raised',
  'hand-not-raised',
  'no-hands',
  'already-set',
  'duplicate-item',
  'unknown-item',
  'already-decided',
  'no-deciders',
  'not-a-decider',
  'not-their-turn',
  'reason-required',
  'objection-open',
  'no-open-objection',
  'blocked',
  'empty-answer',
  'invalid-agenda',
  'no-agenda',
  'unknown-agenda-item',
  'agenda-item-in-play',
  'no-item-in-play',
  'agenda-finished',
  'agenda-item-not-pending',
] as const satisfies readonly CoreErrorCode[];

// Fails to compile when a code is added to a union above but not to the list.
const everyCodeListed: Exclude<CoreErrorCode, (typeof CORE_ERROR_CODES)[number]> extends never ? true : never = true;
void everyCodeListed;
