import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { decodePairingCode, displayPairingCode, encodePairingCode, NONCE_LIMIT } from '../../../../shared/core/link/pairing-code.ts';

describe('pairing code', () => {
  it('round-trips every port and nonce, forgiving case, dashes, spaces and look-alikes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 0, max: NONCE_LIMIT - 1 }), (port, nonce) => {
        const code = encodePairingCode(port, nonce);
        assert.equal(code.text.length, 10);
        const shown = displayPairingCode(code);
        assert.match(shown, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
        for (const typed of [shown, shown.toLowerCase(), ` ${shown.replace('-', ' ')} `, shown.replace(/0/g, 'O').replace(/1/g, 'l')]) {
          const back = decodePairingCode(typed);
          assert.ok(back.ok, typed);
          assert.deepEqual([back.code.port, back.code.nonce, back.code.text], [port, nonce, code.text]);
        }
      }),
    );
  });

  it('catches every single mistyped symbol before anything is sent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 0, max: NONCE_LIMIT - 1 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 31 }), (port, nonce, at, delta) => {
        const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
        const text = encodePairingCode(port, nonce).text;
        const wrong = text.slice(0, at) + alphabet[(alphabet.indexOf(text[at]!) + delta) % 32] + text.slice(at + 1);
        const back = decodePairingCode(wrong);
        assert.equal(back.ok, false);
      }),
    );
  });

  it('says what is wrong with a code that is not one', () => {
    assert.deepEqual(decodePairingCode('ABC'), { ok: false, problem: 'length' });
    assert.deepEqual(decodePairingCode('ABCDE-FGHIU'), { ok: false, problem: 'symbol' });
    assert.throws(() => encodePairingCode(0, 1), RangeError);
    assert.throws(() => encodePairingCode(80, NONCE_LIMIT), RangeError);
  });
});
