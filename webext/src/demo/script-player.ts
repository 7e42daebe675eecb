/**
 * Plays a SpeakingScript on a Stage (a page imitating one call platform's markup). While a
 * person speaks their level wobbles every LEVEL_STEP_MS like a real audio meter, and drops to
 * zero during breaths; the stage turns levels into that platform's indicators. Used by the
 * demo call page and by the platform fixtures in the browser tests.
 */
import type { ScriptPerson, SpeakingScript } from './demo-script';

export interface Stage {
  render(people: readonly ScriptPerson[]): void;
  /** 0 = silent; above 0 = speaking at that level (0..1). */
  setLevel(id: string, level: number): void;
  /** The call is over: the page leaves the meeting view. */
  end(): void;
}

const LEVEL_STEP_MS = 100;

export interface Playback {
  /** Resolves when the script has ended and the stage left the call. */
  done: Promise<void>;
  /** Epoch ms of script time 0. */
  origin: number;
  /**
   * Each step as played: [script ms, epoch ms the page showed it]. A timer can fire late (a busy
   * machine, a page still loading), and a speech the page shows late is one the detector can
   * only see late: this, not the script, is what the extension could measure.
   */
  played: [ms: number, at: number][];
  stop(): void;
}

function speakingAt(p: ScriptPerson, ms: number): boolean {
  return p.speaks.some(([a, b]) => ms >= a && ms < b) && !(p.breaths ?? []).some(([a, b]) => ms >= a && ms < b);
}

/**
 * Plays from `origin` (epoch ms of script time 0; default now). A page reloaded mid-script
 * passes the same origin and resumes where the script is, as a real call goes on during a reload.
 */
export function playScript(stage: Stage, script: SpeakingScript, origin = Date.now()): Playback {
  stage.render(script.people);
  // Every moment something changes, plus the wobble steps inside speech.
  const marks = new Set<number>([0, script.endMs]);
  for (const p of script.people) {
    for (const [a, b] of [...p.speaks, ...(p.breaths ?? [])]) {
      marks.add(a);
      marks.add(b);
    }
    for (const [a, b] of p.speaks) for (let t = a + LEVEL_STEP_MS; t < b; t += LEVEL_STEP_MS) marks.add(t);
  }
  const elapsed = Date.now() - origin;
  const times = [elapsed, ...[...marks].filter((m) => m > elapsed)].sort((a, b) => a - b);
  let i = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const played: [number, number][] = [];
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  // Each step is scheduled against the start time, so late timers never accumulate drift.
  const step = () => {
    const ms = times[i]!;
    played.push([ms, Date.now()]);
    if (ms >= script.endMs) {
      for (const p of script.people) stage.setLevel(p.id, 0);
      stage.end();
      resolve();
      return;
    }
    for (const p of script.people) stage.setLevel(p.id, speakingAt(p, ms) ? 0.45 + 0.5 * Math.abs(Math.sin(ms * 0.37 + p.id.length)) : 0);
    i++;
    timer = setTimeout(step, Math.max(0, origin + times[i]! - Date.now()));
  };
  step();
  return { done, origin, played, stop: () => clearTimeout(timer) };
}
