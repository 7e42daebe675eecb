/**
 * The demo call's speaking script: who speaks when, in ms from the start of playback. The
 * demo page plays it, and the browser tests assert the extension's numbers against it, so it
 * is the ground truth. Each interval may hold short "breaths" (all dots dark) that the
 * detector must bridge: they count as talk, as a listener would hear them.
 */
export interface ScriptPerson {
  id: string;
  name: string;
  local?: boolean;
  /** [start, end] ms from playback start. */
  speaks: [number, number][];
  /** [start, end] dark moments inside a speech, shorter than the hang-over. */
  breaths?: [number, number][];
}

export interface SpeakingScript {
  people: ScriptPerson[];
  /** The call ends (tiles disappear) at this time. */
  endMs: number;
}

export const DEMO_SCRIPT: SpeakingScript = {
  people: [
    { id: 'local', name: 'Ada (me)', local: true, speaks: [[500, 4000], [9000, 10500]], breaths: [[2000, 2300]] },
    { id: 'b7f3a1', name: 'Bashir', speaks: [[3500, 6000]] },
    { id: 'c21d9e', name: 'Chen', speaks: [[6500, 8500]], breaths: [[7400, 7600]] },
    { id: 'd4e8b2', name: 'Dolores', speaks: [[11000, 11800]] },
    { id: 'e90c57', name: 'Emeka', speaks: [] },
  ],
  endMs: 13000,
};

/** Talk time each person should get (union of their intervals), by pid as the Jitsi adapter names them. */
export function expectedTalkMs(script: SpeakingScript): Record<string, number> {
  return Object.fromEntries(script.people.map((p) => [p.id, p.speaks.reduce((sum, [a, b]) => sum + (b - a), 0)]));
}

/**
 * Talk time each person had on the page as it was played (`played`: Playback.played): each
 * interval from the moment the page showed its start to the moment it showed its end. Equals
 * expectedTalkMs when every timer fired on time.
 */
export function shownTalkMs(script: SpeakingScript, played: readonly (readonly [number, number])[]): Record<string, number> {
  // The first step at or after script time `ms` is when the page showed it (the end's step is always played).
  const shownAt = (ms: number) => (played.find(([m]) => m >= ms) ?? played[played.length - 1]!)[1];
  return Object.fromEntries(script.people.map((p) => [p.id, p.speaks.reduce((sum, [a, b]) => sum + (shownAt(b) - shownAt(a)), 0)]));
}

/** A larger meeting for the CPU measurement: n people taking turns with some overlap, for `minutes`. */
export function longScript(n: number, minutes: number): SpeakingScript {
  const endMs = minutes * 60_000;
  const people: ScriptPerson[] = Array.from({ length: n }, (_, i) => ({ id: i === 0 ? 'local' : `p${String(i).padStart(3, '0')}`, name: `Person ${i + 1}`, local: i === 0, speaks: [] }));
  let t = 1000;
  let k = 0;
  while (t < endMs - 10_000) {
    const p = people[(k * 7) % n]!;
    const len = 3000 + ((k * 2711) % 9000);
    p.speaks.push([t, t + len]);
    t += len - (k % 4 === 0 ? 800 : -1200); // every fourth turn overlaps the next
    k++;
  }
  return { people, endMs };
}
