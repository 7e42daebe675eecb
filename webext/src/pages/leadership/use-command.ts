/** Sends one leadership command and keeps the worker's refusal, in the reader's words, to show. */
import { useState } from 'preact/hooks';
import { useT } from '../../../../shared/ui/i18n';
import type { LeadershipCommand } from '../../messages';
import { refusalText } from '../refusal-text';
import { sendLeadership } from './connection';

export function useLeadershipCommand(meetingId: string): { error: string | null; send: (c: LeadershipCommand) => Promise<boolean> } {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  return {
    error,
    async send(c) {
      const r = await sendLeadership(meetingId, c);
      setError(r.ok ? null : refusalText(t, r.error));
      return r.ok;
    },
  };
}
