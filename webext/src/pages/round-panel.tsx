/**
 * The RoundActions LivePanel calls in the browser: each sends the round (or agenda) command to
 * the worker, where the core decides it (decideRound). The forms that start a round or raise a
 * hand are round-forms.tsx, loaded after the side panel's first render.
 */
import type { RoundCommand } from '../../../shared/core/rounds/round-commands';
import type { RoundActions } from '../../../shared/ui/types';
import { sendCommand } from './connection';

export function roundActions(meetingId: string): RoundActions {
  const send = (command: RoundCommand) => void sendCommand({ kind: 'round', command }, meetingId);
  return {
    next: () => send({ type: 'next' }),
    pass: () => send({ type: 'pass' }),
    extend: (ms) => send({ type: 'extend', ms }),
    pause: () => send({ type: 'pause' }),
    resume: () => send({ type: 'resume' }),
    endRound: () => send({ type: 'end' }),
    lowerAllHands: () => send({ type: 'lower-all' }),
    handsFollow: (on) => send({ type: 'hands-follow', on }),
    agendaNext: () => void sendCommand({ kind: 'agenda', command: { type: 'next' } }, meetingId),
    agendaEnd: (carried) => void sendCommand({ kind: 'agenda', command: { type: 'end', carried } }, meetingId),
    agendaSkip: () => void sendCommand({ kind: 'agenda', command: { type: 'skip' } }, meetingId),
    agendaLink: (aid, did) => void sendCommand({ kind: 'agenda', command: { type: 'link', aid, did } }, meetingId),
  };
}
