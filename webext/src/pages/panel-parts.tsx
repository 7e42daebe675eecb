/**
 * The side panel's parts that load after its first render (lazy.tsx), in one module that both the
 * shell (sidepanel.tsx) and its live part (live-meeting.tsx) import: declared here, every one is
 * known when the shell calls preload() after its first render, so the forms the live part shows
 * are loading before the live part itself has arrived.
 */
import { lazy } from './lazy';

export const RosterEdit = lazy(() => import('./roster-edit').then((m) => m.RosterEdit));
export const SettingsPanel = lazy(() => import('./settings-panel').then((m) => m.SettingsPanel));
export const LeadershipPanel = lazy(() => import('./leadership/leadership-panel').then((m) => m.LeadershipPanel));
export const LinkCard = lazy(() => import('./link-card').then((m) => m.LinkCard));
export const AgendaForm = lazy(() => import('./agenda-form').then((m) => m.AgendaForm));
// Most meetings have no agenda: its clock and card load after the first render like the forms.
export const agendaParts = {
  AgendaClock: lazy(() => import('../../../shared/ui/agenda').then((m) => m.AgendaClock)),
  AgendaCard: lazy(() => import('../../../shared/ui/agenda').then((m) => m.AgendaCard)),
};
export const RecordProblemAlert = lazy(() => import('./record-problem-alert').then((m) => m.RecordProblemAlert));
export const StartRoundForm = lazy(() => import('./round-forms').then((m) => m.StartRoundForm));
export const RaiseHandForm = lazy(() => import('./round-forms').then((m) => m.RaiseHandForm));
