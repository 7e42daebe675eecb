/**
 * The core's leadership refusals in the user's language (the core's own messages are English,
 * for logs); round refusals go through live-meeting.ts's table.
 */
import { localizeError, type Localize } from '../live-meeting';

export function localizeLeadershipError(t: Localize, code: string, fallback: string): string {
  switch (code) {
    case 'duplicate-item':
      return t('A decision with that id already exists.');
    case 'unknown-item':
      return t('There is no such decision in this meeting.');
    case 'already-decided':
      return t('That decision is already recorded.');
    case 'no-deciders':
      return t('A decision needs at least one decider in the meeting.');
    case 'not-a-decider':
      return t('Only the deciders of this decision answer in its consent round.');
    case 'not-their-turn':
      return t('It is not their turn in the consent round.');
    case 'reason-required':
      return t('An objection needs its reason.');
    case 'objection-open':
      return t('Their objection is still open: resolve or withdraw it first.');
    case 'no-open-objection':
      return t('They have no open objection on this decision.');
    case 'blocked':
      return t('An open objection blocks this decision: resolve or withdraw it first.');
    case 'empty-answer':
      return t('An answer needs some text.');
    case 'unknown-participant':
      return t('That participant is not in the meeting.');
    case 'already-facilitator':
      return t('They already facilitate.');
    case 'invalid-command':
      return t('Roundtable could not do that: {0}', fallback);
    default:
      return localizeError(t, code, fallback);
  }
}
