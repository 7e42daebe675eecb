/**
 * The one-time pairing code VS Code shows and the user types into the browser's side panel.
 * It carries the port VS Code listens on, so the browser needs nothing else to find it:
 *
 *   10 symbols of Crockford base32 = 50 bits: port (16) | nonce (29) | check (5)
 *   shown as "K7QXM-2PA9T"; typing is forgiving: case, spaces and dashes are ignored, and the
 *   look-alikes O/I/L read as 0/1/1.
 *
 * The check symbol (odd weights mod 32) catches any single mistyped symbol and most swaps of
 * two neighbours before anything is sent: a typo never costs one of the rate-limited attempts
 * or reaches another program's port. The nonce is what proves the user saw VS Code's screen;
 * 29 bits against 5 attempts a minute and a 2-minute lifetime (the server's gatekeeper) leave
 * no room for guessing.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SYMBOLS = 10;
const NONCE_BITS = 29;
export const NONCE_LIMIT = 2 ** NONCE_BITS;

export interface PairingCode {
  port: number;
  nonce: number;
  /** The normalised form, ten symbols without the dash: what both sides compare. */
  text: string;
}

export type CodeProblem = 'length' | 'symbol' | 'typo' | 'port';

function check(values: readonly number[]): number {
  return values.reduce((sum, v, i) => sum + v * (2 * i + 1), 0) % 32;
}

/** `nonce` must be a random integer in [0, 2^29): the caller draws it (the core has no randomness). */
export function encodePairingCode(port: number, nonce: number): PairingCode {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new RangeError(`port ${port} out of range`);
  if (!Number.isInteger(nonce) || nonce < 0 || nonce >= NONCE_LIMIT) throw new RangeError('nonce out of range');
  // 45 data bits fit a double exactly; symbols are taken from the top down.
  let value = port * NONCE_LIMIT + nonce;
  const values: number[] = [];
  for (let i = 0; i < SYMBOLS - 1; i++) {
    values.unshift(value % 32);
    value = Math.floor(value / 32);
  }
  values.push(check(values));
  return { port, nonce, text: values.map((v) => ALPHABET[v]).join('') };
}

/** "K7QXM-2PA9T": how the code is shown. */
export function displayPairingCode(code: PairingCode | string): string {
  const text = typeof code === 'string' ? code : code.text;
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

export function decodePairingCode(typed: string): { ok: true; code: PairingCode } | { ok: false; problem: CodeProblem } {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== SYMBOLS) return { ok: false, problem: 'length' };
  const values = [...clean].map((c) => ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) return { ok: false, problem: 'symbol' };
  if (check(values.slice(0, -1)) !== values[SYMBOLS - 1]) return { ok: false, problem: 'typo' };
  let value = 0;
  for (const v of values.slice(0, -1)) value = value * 32 + v;
  const port = Math.floor(value / NONCE_LIMIT);
  const nonce = value % NONCE_LIMIT;
  if (port < 1 || port > 65535) return { ok: false, problem: 'port' };
  return { ok: true, code: { port, nonce, text: clean } };
}
