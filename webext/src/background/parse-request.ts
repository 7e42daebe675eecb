/**
 * The worker's check of every message where it arrives: returns the request, rebuilt from the
 * fields this protocol knows (nothing else from the sender is kept), or null when it is not one
 * of ours or its body has the wrong shape. Semantics (is the pid in the meeting, may this round
 * start) are the core's to decide; this only makes sure the core is handed the types it expects.
 */
import { AGENDA_COMMANDS, type AgendaCommand } from '../../../shared/core/agenda/agenda-commands';
import { CONSENT_COMMANDS, type ConsentCommand } from '../../../shared/core/decisions/consent';
import type { DebriefCommand } from '../../../shared/core/debrief/debrief';
import { ROUND_COMMANDS, type RoundCommand } from '../../../shared/core/rounds/round-commands';
import {
  HEALTH_PROBLEMS,
  MSG,
  PLATFORMS,
  type CallIdentity,
  type Health,
  type LeadershipCommand,
  type PlatformId,
  type SeenParticipant,
  type SpeakingChange,
  type ToBackground,
  type UiCommand,
} from '../messages';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
/** Lists from a page are bounded: a flooding page cannot make the worker walk millions of entries. */
const MAX_LIST = 10_000;
const list = <T>(x: unknown, item: (v: unknown) => T | null): T[] | null => {
  if (!Array.isArray(x) || x.length > MAX_LIST) return null;
  const out: T[] = [];
  for (const v of x) {
    const r = item(v);
    if (r === null) return null;
    out.push(r);
  }
  return out;
};
const optStr = (x: unknown): x is string | undefined => x === undefined || isStr(x);

function call(x: unknown): CallIdentity | null {
  if (!isObj(x) || !isStr(x.key) || x.key === '' || !isStr(x.title) || !(PLATFORMS as readonly unknown[]).includes(x.platform)) return null;
  return { key: x.key, title: x.title, platform: x.platform as PlatformId };
}
function participant(x: unknown): SeenParticipant | null {
  if (!isObj(x) || !isStr(x.pid) || x.pid === '' || !isStr(x.name) || typeof x.self !== 'boolean') return null;
  if (x.since !== undefined && !isTime(x.since)) return null;
  return { pid: x.pid, name: x.name, self: x.self, ...(x.since !== undefined ? { since: x.since } : {}) };
}
const change = (x: unknown): SpeakingChange | null => (isObj(x) && isStr(x.pid) && x.pid !== '' && typeof x.speaking === 'boolean' && isTime(x.t) ? { pid: x.pid, speaking: x.speaking, t: x.t } : null);
const str = (x: unknown): string | null => (isStr(x) ? x : null);
function health(x: unknown): Health | null {
  if (!isObj(x) || !(x.layout === null || isStr(x.layout))) return null;
  const problems = list(x.problems, (p) => ((HEALTH_PROBLEMS as readonly unknown[]).includes(p) ? (p as Health['problems'][number]) : null));
  const matched = list(x.matched, str);
  return problems && matched ? { problems, matched, layout: x.layout } : null;
}

function uiCommand(x: unknown): UiCommand | null {
  if (!isObj(x)) return null;
  switch (x.kind) {
    case 'start-manual': {
      const names = list(x.names, str);
      return isStr(x.title) && names ? { kind: 'start-manual', title: x.title, names } : null;
    }
    case 'manual-speaking':
      return x.pid === null || isStr(x.pid) ? { kind: 'manual-speaking', pid: x.pid } : null;
    case 'add-participant':
      return isStr(x.name) ? { kind: 'add-participant', name: x.name } : null;
    case 'rename':
      return isStr(x.pid) && isStr(x.name) ? { kind: 'rename', pid: x.pid, name: x.name } : null;
    case 'end-meeting':
      return { kind: 'end-meeting' };
    case 'manual-mode':
      return typeof x.on === 'boolean' ? { kind: 'manual-mode', on: x.on } : null;
    case 'round':
      // decideRound validates every field of a round command; here only that it is one by name.
      return isObj(x.command) && (ROUND_COMMANDS as readonly unknown[]).includes(x.command.type) ? { kind: 'round', command: x.command as RoundCommand } : null;
    case 'agenda':
      // decideAgenda validates every field (items, time boxes, owners) and never throws on a wrong one.
      return isObj(x.command) && (AGENDA_COMMANDS as readonly unknown[]).includes(x.command.type) ? { kind: 'agenda', command: x.command as AgendaCommand } : null;
    default:
      return null;
  }
}

function leadershipCommand(x: unknown): LeadershipCommand | null {
  if (!isObj(x)) return null;
  // decideConsent and decideDebrief validate every field and never throw on a wrong one.
  if (x.kind === 'consent' && isObj(x.command) && (CONSENT_COMMANDS as readonly unknown[]).includes(x.command.type)) return { kind: 'consent', command: x.command as ConsentCommand };
  if (x.kind === 'debrief' && isObj(x.command) && x.command.type === 'answer') return { kind: 'debrief', command: x.command as DebriefCommand };
  if (x.kind === 'facilitator' && isStr(x.pid) && x.pid !== '') return { kind: 'facilitator', pid: x.pid };
  return null;
}

export function parseRequest(raw: unknown): ToBackground | null {
  if (!isObj(raw)) return null;
  switch (raw.type) {
    case MSG.observed: {
      const c = call(raw.call);
      const participants = list(raw.participants, participant);
      const changes = list(raw.changes, change);
      const speakingNow = list(raw.speakingNow, (p) => (isStr(p) && p !== '' ? p : null));
      const h = health(raw.health);
      return c && participants && changes && speakingNow && h ? { type: MSG.observed, call: c, participants, changes, speakingNow, health: h } : null;
    }
    case MSG.callEnded: {
      const c = call(raw.call);
      return c && isTime(raw.t) ? { type: MSG.callEnded, call: c, t: raw.t } : null;
    }
    case MSG.left: {
      // The tab's unsent changes ride along: each is checked like an observed message's.
      const c = call(raw.call);
      const changes = list(raw.changes, change);
      return c && changes && isTime(raw.t) ? { type: MSG.left, call: c, t: raw.t, changes } : null;
    }
    case MSG.getMeeting:
      return optStr(raw.id) ? { type: MSG.getMeeting, ...(raw.id !== undefined ? { id: raw.id } : {}) } : null;
    case MSG.listMeetings:
      return { type: MSG.listMeetings };
    case MSG.command: {
      const command = uiCommand(raw.command);
      return command && optStr(raw.meetingId) ? { type: MSG.command, command, ...(raw.meetingId !== undefined ? { meetingId: raw.meetingId } : {}) } : null;
    }
    case MSG.leadership: {
      const command = leadershipCommand(raw.command);
      return command && isStr(raw.meetingId) ? { type: MSG.leadership, meetingId: raw.meetingId, command } : null;
    }
    case MSG.deleteMeeting:
      return isStr(raw.id) ? { type: MSG.deleteMeeting, id: raw.id } : null;
    case MSG.deleteAll:
      if (raw.roster !== undefined && typeof raw.roster !== 'boolean') return null;
      return { type: MSG.deleteAll, ...(raw.roster !== undefined ? { roster: raw.roster } : {}) };
    case MSG.refusals:
      return { type: MSG.refusals };
    default:
      return null;
  }
}
