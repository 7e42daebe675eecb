/**
 * The summary as JSON: the model itself, with design.md's field names. JSON.stringify escapes
 * whatever a name holds (quotes, controls, lone surrogates), so names round-trip exactly.
 */
import type { Summary } from './summary';

export function renderJson(s: Summary): string {
  return JSON.stringify(s, null, 2) + '\n';
}
