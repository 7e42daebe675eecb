/**
 * docs/record-format.md is the record's reference, so it is checked against the validator:
 * every type the validator accepts in a version-1 line is documented; every documented type
 * is accepted; each section's example line is a valid event of that type; a field marked
 * required is refused when missing, and one marked optional may be left out.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EVENT_TYPES } from '../../../shared/core/record/events';
import { checkEvent } from '../../../shared/core/record/record';
import { checkEnvelope } from '../../../shared/core/record/validate';

const root = path.join(__dirname, '../../..');
const doc = readFileSync(path.join(root, 'docs/record-format.md'), 'utf8');

interface Section {
  type: string;
  fields: { name: string; required: boolean }[];
  example: Record<string, unknown>;
}

function sections(): Section[] {
  return doc
    .split(/^### /m)
    .slice(1)
    .map((chunk) => {
      const type = /^`([^`]+)`/.exec(chunk)?.[1] ?? '';
      const fields = [...chunk.matchAll(/^\| `([^`]+)` \|[^|]*(?:\\\|[^|]*)*\| (yes|no) \|/gm)].map((m) => ({ name: m[1]!, required: m[2] === 'yes' }));
      const json = /```json\n(.*)\n```/.exec(chunk)?.[1];
      return { type, fields, example: json ? (JSON.parse(json) as Record<string, unknown>) : {} };
    });
}

/** Every type string the validator could know of: its list and the cases of its switch. */
function candidateTypes(): string[] {
  const src = readFileSync(path.join(root, 'shared/core/record/validate.ts'), 'utf8');
  const cases = [...src.matchAll(/case '([a-z]+\.[a-z-]+)':/g)].map((m) => m[1]!);
  return [...new Set([...EVENT_TYPES, ...cases])];
}

describe('docs/record-format.md', () => {
  const documented = sections();

  it('lists every event type the validator accepts', () => {
    const accepted = candidateTypes().filter((type) => checkEnvelope({ v: 1, t: 0, type }).kind === 'known');
    assert.ok(accepted.length >= 23, `${accepted.length} accepted types`);
    const missing = accepted.filter((type) => !documented.some((s) => s.type === type));
    assert.deepEqual(missing, [], 'accepted by the validator but not documented');
  });

  it('documents only types the validator accepts, each once', () => {
    const types = documented.map((s) => s.type);
    assert.deepEqual(types.filter((t, i) => types.indexOf(t) !== i), []);
    assert.deepEqual(types.filter((type) => checkEnvelope({ v: 1, t: 0, type }).kind !== 'known'), []);
  });

  it('the envelope table names v, t and type as required', () => {
    const envelope = doc.slice(doc.indexOf('## Envelope'), doc.indexOf('## Meeting and people'));
    for (const f of ['v', 't', 'type']) assert.match(envelope, new RegExp(`^\\| \`${f}\` \\|.*\\| yes \\|`, 'm'));
  });

  for (const s of sections())
    describe(s.type, () => {
      it('has a version, an example of its own type that validates, and lists every field the example uses', () => {
        const section = doc.slice(doc.indexOf(`### \`${s.type}\``));
        assert.match(section.split('\n')[1]!, /^Version \d/);
        assert.equal(s.example.type, s.type);
        const r = checkEvent(s.example);
        assert.ok(r.ok, JSON.stringify(r));
        const listed = new Set(['v', 't', 'type', ...s.fields.map((f) => f.name)]);
        assert.deepEqual(Object.keys(s.example).filter((k) => !listed.has(k)), [], 'fields in the example but not in the table');
      });

      it('refuses the example without each required field, and accepts it without each optional one', () => {
        for (const f of s.fields) {
          const { [f.name]: _gone, ...rest } = s.example;
          const r = checkEvent(rest);
          if (f.required) assert.ok(!r.ok && 'problem' in r && r.problem.field === f.name, `${f.name} is required: ${JSON.stringify(r)}`);
          else assert.ok(r.ok, `${f.name} is optional: ${JSON.stringify(r)}`);
        }
      });
    });
});
