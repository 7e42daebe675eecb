/** Sends one leadership command and keeps the worker's refusal (the core's message) to show. */
import { useState } from 'preact/hooks';
import type { LeadershipCommand } from '../../messages';
import { sendLeadership } from './connection';

export function useLeadershipCommand(meetingId: string): { error: string | null; send: (c: LeadershipCommand) => Promise<boolean> } {
  const [error, setError] = useState<string | null>(null);
  return {
    error,
    async send(c) {
      const r = await sendLeadership(meetingId, c);
      setError(r.ok ? null : r.error.message);
      return r.ok;
    },
  };
}
