/**
 * Two tabs of one meeting must not double-count: a participant speaks while at least one tab
 * says so. Each tab's claims are kept apart; only a change of the union becomes an event.
 * When the union empties, the end time is the latest end any tab reported, because tabs'
 * messages arrive in any order.
 *
 *   union empty --(a tab claims p)--> speaking(p) --(last claim of p withdrawn)--> union empty
 */
export type Claims = Record<string, string[]>;

export interface UnionChange {
  pid: string;
  speaking: boolean;
  t: number;
}

export class SpeechUnion {
  /** tab -> pids it says are speaking. */
  private readonly tabs = new Map<string, Set<string>>();
  /** Latest end reported for a pid still held by another tab. */
  private readonly lastEnd = new Map<string, number>();

  constructor(claims: Claims = {}) {
    for (const [tab, pids] of Object.entries(claims)) this.tabs.set(tab, new Set(pids));
  }

  /** A tab reports from the call: it counts as present (the meeting lasts while any tab is), claiming nobody yet. */
  join(tab: string): void {
    if (!this.tabs.has(tab)) this.tabs.set(tab, new Set());
  }

  speaking(pid: string): boolean {
    for (const s of this.tabs.values()) if (s.has(pid)) return true;
    return false;
  }

  /** One tab's change; returns the union's change, if any. */
  apply(tab: string, pid: string, speaking: boolean, t: number): UnionChange | null {
    const before = this.speaking(pid);
    const mine = this.tabs.get(tab) ?? new Set<string>();
    this.tabs.set(tab, mine);
    if (speaking) mine.add(pid);
    else if (mine.delete(pid)) this.lastEnd.set(pid, Math.max(this.lastEnd.get(pid) ?? t, t));
    const after = this.speaking(pid);
    if (before === after) return null;
    if (after) {
      this.lastEnd.delete(pid);
      return { pid, speaking: true, t };
    }
    const end = Math.max(this.lastEnd.get(pid) ?? t, t);
    this.lastEnd.delete(pid);
    return { pid, speaking: false, t: end };
  }

  /** Makes a tab's claims equal `pids` (its full report), e.g. after a reload or a worker restart. */
  reconcile(tab: string, pids: readonly string[], t: number): UnionChange[] {
    const out: UnionChange[] = [];
    const want = new Set(pids);
    for (const pid of [...(this.tabs.get(tab) ?? [])]) if (!want.has(pid)) pushIf(out, this.apply(tab, pid, false, t));
    for (const pid of want) if (!this.tabs.get(tab)?.has(pid)) pushIf(out, this.apply(tab, pid, true, t));
    return out;
  }

  /** The tab closed or left the call: every claim it held ends at `t`. */
  dropTab(tab: string, t: number): UnionChange[] {
    const out = this.reconcile(tab, [], t);
    this.tabs.delete(tab);
    return out;
  }

  /** Manual mode takes over: every tab's claims end at `t` (tabs stay known). */
  reconcileAll(t: number): UnionChange[] {
    return this.tabIds().flatMap((tab) => this.reconcile(tab, [], t));
  }

  tabIds(): string[] {
    return [...this.tabs.keys()];
  }

  claims(): Claims {
    return Object.fromEntries([...this.tabs].map(([tab, s]) => [tab, [...s]]));
  }
}

function pushIf<T>(out: T[], x: T | null): void {
  if (x) out.push(x);
}
