/**
 * Who decides what: a team's decision matrix, areas × people, each cell `decides`,
 * `contributes` or `informed` (a person with no cell has no part in that area). It lives beside
 * the roster (roster.ts) and proposes the rights of a decision in an area; the facilitator
 * can still change them before proposing.
 */
import type { DecisionRights, Pid } from '../record/events';
import { keyedProblem } from '../l10n/keyed-problem';
import type { RosterProblem, RosterProblemKey } from '../team/roster-problem';

export type MatrixRole = 'decides' | 'contributes' | 'informed';
export const MATRIX_ROLES: readonly MatrixRole[] = ['decides', 'contributes', 'informed'];

export interface MatrixArea {
  id: string;
  name: string;
  /** pid -> role. Built with Object.fromEntries, so a "__proto__" key is data, never a prototype. */
  cells: Record<Pid, MatrixRole>;
}

export interface DecisionMatrix {
  areas: MatrixArea[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const problem = (field: string, key: RosterProblemKey, ...args: string[]) => ({ ok: false as const, problem: keyedProblem(field, key, ...args) });

/**
 * Checks a matrix read from JSON against the roster's ids. Strict: every area needs a unique
 * id and a name, every cell a person on the roster and a known role.
 */
export function checkMatrix(v: unknown, people: ReadonlySet<Pid>, at = 'matrix'): { ok: true; matrix: DecisionMatrix } | { ok: false; problem: RosterProblem } {
  if (!isObj(v)) return problem(at, 'rosterProblem.matrixObject');
  if (!Array.isArray(v.areas)) return problem(`${at}.areas`, v.areas === undefined ? 'rosterProblem.missing' : 'rosterProblem.array');
  const seen = new Set<string>();
  const areas: MatrixArea[] = [];
  for (let i = 0; i < v.areas.length; i++) {
    const a = v.areas[i] as unknown;
    const f = `${at}.areas[${i}]`;
    if (!isObj(a)) return problem(f, 'rosterProblem.object');
    if (typeof a.id !== 'string' || a.id === '') return problem(`${f}.id`, 'rosterProblem.nonEmpty');
    if (seen.has(a.id)) return problem(`${f}.id`, 'rosterProblem.repeatsArea', JSON.stringify(a.id));
    seen.add(a.id);
    if (typeof a.name !== 'string') return problem(`${f}.name`, a.name === undefined ? 'rosterProblem.missing' : 'rosterProblem.string');
    if (!isObj(a.cells)) return problem(`${f}.cells`, a.cells === undefined ? 'rosterProblem.missing' : 'rosterProblem.cellsObject');
    const cells: [Pid, MatrixRole][] = [];
    for (const [pid, role] of Object.entries(a.cells)) {
      if (!people.has(pid)) return problem(`${f}.cells.${pid}`, 'rosterProblem.cellNotOnRoster');
      if (!MATRIX_ROLES.includes(role as MatrixRole)) return problem(`${f}.cells.${pid}`, 'rosterProblem.role', MATRIX_ROLES.join(', '));
      cells.push([pid, role as MatrixRole]);
    }
    areas.push({ id: a.id, name: a.name, cells: Object.fromEntries(cells) });
  }
  return { ok: true, matrix: { areas } };
}

export function findArea(matrix: DecisionMatrix, area: string): MatrixArea | undefined {
  return matrix.areas.find((a) => a.id === area);
}

/**
 * The rights the matrix gives a decision in `area`, or null for an unknown area. People come in
 * `order` (the roster's), then any others in the cells' order. The initiator is whoever raises
 * the item; the matrix does not name one.
 */
export function proposeRights(matrix: DecisionMatrix, area: string, options: { initiator?: Pid | null; order?: readonly Pid[] } = {}): DecisionRights | null {
  const a = findArea(matrix, area);
  if (!a) return null;
  const pids = [...new Set([...(options.order ?? []), ...Object.keys(a.cells)])];
  const having = (role: MatrixRole) => pids.filter((pid) => Object.hasOwn(a.cells, pid) && a.cells[pid] === role);
  return { initiator: options.initiator ?? null, deciders: having('decides'), contributors: having('contributes'), informed: having('informed') };
}

/** A copy of the matrix with one cell set (role) or cleared (null); an unknown area is added with `area` as its name. */
export function setCell(matrix: DecisionMatrix, area: string, pid: Pid, role: MatrixRole | null): DecisionMatrix {
  const areas = matrix.areas.map((a) => ({ ...a, cells: { ...a.cells } }));
  let a = areas.find((x) => x.id === area);
  if (!a) {
    a = { id: area, name: area, cells: {} };
    areas.push(a);
  }
  const rest = Object.entries(a.cells).filter(([k]) => k !== pid);
  a.cells = Object.fromEntries(role === null ? rest : [...rest, [pid, role]]);
  return { areas };
}
