/**
 * Bounds what a call page's roster can make the extension record (issue 15: a hostile or
 * broken page renaming 300 tiles every 60 ms, adding and removing tiles every 40 ms):
 *
 * - Dwell: a tile is a participant only once it has been on the page for `dwellMs`. One that
 *   appears and vanishes within that moment is forgotten, with any speech it showed.
 * - Renames are coalesced: a participant's reported name changes at most once per `renameMs`;
 *   when the window closes, the name the page shows then is reported, so the last one is kept.
 * - At most `maxParticipants` are ever admitted and `maxRenames` renames reported; past either
 *   the page is flooding, and `flooded` says so (a health problem) instead of reporting more.
 *
 * Per tile:
 *
 *   (unknown) --seen--> pending --present dwellMs--> admitted --(name differs, window open)--> admitted, renamed
 *                          | vanished                    (reported with `since` = first seen)
 *                          v
 *                      forgotten (its held speech dropped)
 *
 * Time is passed in (`t`, when the page was read); the owner re-reads the page when the one-shot
 * timer this arms fires (a dwell ending, a rename window closing), so nothing polls.
 */
import type { SeenParticipant, SpeakingChange } from '../messages';
import type { DetectorTimers } from './speech-detector';

export interface GateOptions {
  dwellMs: number;
  renameMs: number;
  maxParticipants: number;
  maxRenames: number;
}

/** Speech changes kept per pending tile (a start and an end per onset; a dwell holds few). */
const MAX_HELD = 16;

export const DEFAULT_GATE: GateOptions = { dwellMs: 1000, renameMs: 5000, maxParticipants: 250, maxRenames: 250 };

interface Tile {
  since: number;
  admitted: boolean;
  self: boolean;
  /** The name reported (admitted) and when it last changed. */
  name: string;
  namedAt: number;
  /** The name the page shows now. */
  latest: string;
  /** Speech shown while pending: released on admission, dropped if the tile vanishes. */
  held: SpeakingChange[];
}

export class RosterGate {
  private readonly tiles = new Map<string, Tile>();
  private admittedCount = 0;
  private renames = 0;
  private timer: unknown = null;
  private due = Infinity;
  /** The page showed more people than maxParticipants. */
  flooded = false;

  constructor(
    private readonly recheck: () => void,
    private readonly timers: DetectorTimers = globalThis,
    private readonly opts: GateOptions = DEFAULT_GATE,
  ) {}

  /**
   * The page shows `seen` at `t`. Returns the participants to report (admitted ones, with their
   * coalesced names and the time first seen) and the held speech of those admitted just now.
   */
  observe(t: number, seen: readonly SeenParticipant[]): { participants: (SeenParticipant & { since: number })[]; released: SpeakingChange[]; dwelling: number } {
    const present = new Set<string>();
    const released: SpeakingChange[] = [];
    let next = Infinity;
    let dwelling = 0;
    for (const p of seen) {
      present.add(p.pid);
      let tile = this.tiles.get(p.pid);
      if (!tile) {
        tile = { since: t, admitted: false, self: p.self, name: p.name, namedAt: t, latest: p.name, held: [] };
        this.tiles.set(p.pid, tile);
      }
      tile.latest = p.name;
      tile.self = p.self;
      if (!tile.admitted) {
        if (t - tile.since < this.opts.dwellMs) {
          dwelling++;
          next = Math.min(next, tile.since + this.opts.dwellMs);
          continue;
        }
        if (this.admittedCount >= this.opts.maxParticipants) {
          this.flooded = true;
          tile.held = [];
          continue;
        }
        tile.admitted = true;
        this.admittedCount++;
        tile.name = p.name;
        tile.namedAt = t;
        released.push(...tile.held);
        tile.held = [];
      } else if (tile.latest !== tile.name) {
        if (this.renames >= this.opts.maxRenames) this.flooded = true;
        else if (t - tile.namedAt >= this.opts.renameMs) {
          this.renames++;
          tile.name = tile.latest;
          tile.namedAt = t;
        } else next = Math.min(next, tile.namedAt + this.opts.renameMs);
      }
    }
    // A pending tile that vanished was never a participant. Admitted ones are remembered (a
    // tile that comes back is the same person, already on the record).
    for (const [pid, tile] of this.tiles) if (!tile.admitted && !present.has(pid)) this.tiles.delete(pid);
    this.arm(next, t);
    const participants = seen.flatMap((p) => {
      const tile = this.tiles.get(p.pid)!;
      return tile.admitted ? [{ pid: p.pid, name: tile.name, self: tile.self, since: tile.since }] : [];
    });
    return { participants, released, dwelling };
  }

  admitted(pid: string): boolean {
    return this.tiles.get(pid)?.admitted === true;
  }

  /** A speech change of a tile not yet admitted: kept until it is (or dropped when it vanishes). */
  hold(change: SpeakingChange): void {
    const tile = this.tiles.get(change.pid);
    // Bounded: a tile refused past the cap never releases what it held.
    if (tile && !tile.admitted && tile.held.length < MAX_HELD) tile.held.push(change);
  }

  dispose(): void {
    this.arm(Infinity, 0);
  }

  /** One one-shot timer, for the earliest moment a re-read can change the report. */
  private arm(at: number, t: number): void {
    if (at === this.due) return;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.due = at;
    if (at === Infinity) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.due = Infinity;
      this.recheck();
    }, Math.max(0, at - t) + 20);
  }
}
