import { strict as assert } from 'node:assert';
import { jitsiOriginPattern } from '../../../webext/src/background/jitsi-origin';

describe('jitsiOriginPattern (self-hosted Jitsi domains)', () => {
  const cases: [string, string | null][] = [
    ['meet.example.org', 'https://meet.example.org/*'],
    ['  https://Meet.Example.org/SomeRoom?x=1 ', 'https://meet.example.org/*'],
    ['jitsi.example.org:8443', 'https://jitsi.example.org:8443/*'],
    ['http://meet.example.org', null],
    ['meet.jit.si', null],
    ['eu.8x8.vc', null],
    ['localhost', null],
    ['', null],
    ['javascript:alert(1)', null],
    ['https://user:pw@meet.example.org', null],
    ['meet example org', null],
  ];
  for (const [input, want] of cases) it(`${JSON.stringify(input)} -> ${want}`, () => assert.equal(jitsiOriginPattern(input), want));
});
