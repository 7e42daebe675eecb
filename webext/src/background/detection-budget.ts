/**
 * The worker's own bound on what call pages can make it record for one meeting (issue 15). The
 * content script already coalesces and caps (content/roster-gate.ts); this is the last line,
 * for a page (or a compromised content script) that does not.
 *
 * Rules:
 * - Only what a call page reports is budgeted: joins, renames, speech starts. Closing events
 *   (speech.ended, participant.left, meeting.ended) always pass, so an open speech can always
 *   be closed and talk time never accrues on a flooded meeting.
 * - Past a cap the meeting is `flooded` for good: the panel says so (a health problem) and the
 *   page's further reports are not written.
 * - Ids and names longer than the content script would send are refused outright.
 *
 * Usage by the host: one budget per live meeting, `DetectionBudget.of(events)` when it is
 * rebuilt from the log; `admit(body)` before writing a detected event; `count()` after writing
 * any event (page commands included, which are never refused).
 */
import type { EventBody } from '../../../shared/core/record/events';

export interface DetectionLimits {
  maxParticipants: number;
  maxRenames: number;
  maxEvents: number;
  maxIdLength: number;
  maxNameLength: number;
}

/** Generous for any real call (a 3-hour meeting of 30 people writes a few thousand events). */
export const DETECTION_LIMITS: DetectionLimits = { maxParticipants: 300, maxRenames: 1000, maxEvents: 20_000, maxIdLength: 128, maxNameLength: 256 };

const CLOSING = new Set<EventBody['type']>(['speech.ended', 'participant.left', 'meeting.ended']);
const codePoints = (s: string) => Array.from(s).length;

export class DetectionBudget {
  private events = 0;
  private participants = 0;
  private renames = 0;
  flooded = false;

  constructor(private readonly limits: DetectionLimits = DETECTION_LIMITS) {}

  /** The budget of a meeting rebuilt from its log. */
  static of(log: readonly { type: string }[], limits: DetectionLimits = DETECTION_LIMITS): DetectionBudget {
    const b = new DetectionBudget(limits);
    for (const e of log) b.count(e);
    b.flooded = b.events >= limits.maxEvents || b.participants > limits.maxParticipants || b.renames > limits.maxRenames;
    return b;
  }

  /** Whether a detected event may be written; a refusal past a cap marks the meeting flooded. */
  admit(body: EventBody): boolean {
    if (CLOSING.has(body.type)) return true;
    if ('pid' in body && typeof body.pid === 'string' && codePoints(body.pid) > this.limits.maxIdLength) return false;
    if ('name' in body && typeof body.name === 'string' && codePoints(body.name) > this.limits.maxNameLength) return false;
    const over =
      this.flooded ||
      this.events >= this.limits.maxEvents ||
      (body.type === 'participant.joined' && this.participants >= this.limits.maxParticipants) ||
      (body.type === 'participant.renamed' && this.renames >= this.limits.maxRenames);
    if (over) this.flooded = true;
    return !over;
  }

  /** An event was written. */
  count(e: { type: string }): void {
    this.events++;
    if (e.type === 'participant.joined') this.participants++;
    else if (e.type === 'participant.renamed') this.renames++;
  }
}
