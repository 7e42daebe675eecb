import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { displayText, escapeMarkdown } from '../../../../shared/core/text/escape';
import { decisionFileName, decisionNumberOf, nextDecisionNumber } from '../../../../shared/core/decisions/decision-files';
import { slugify } from '../../../../shared/core/team/file-names';
import { readDecisionHeader, renderDecisionIndex, type DecisionIndexEntry } from '../../../../shared/core/decisions/decision-index-markdown';
import { markdownParagraphs, unescapeMarkdown } from '../../../../shared/core/text/markdown-text';

describe('core/leadership/decision files and index', () => {
  const numbers: [string, string[], number][] = [
    ['an empty folder starts at 1', [], 1],
    ['the next after the highest, gaps and all', ['0001-a.md', '0007-b.md', '0003-c.md'], 8],
    ['README.md and other files do not count', ['README.md', 'notes.md', '12-short.md', '0002-x.txt'], 1],
    ['five digits are fine', ['10000-big.md'], 10001],
  ];
  for (const [what, files, next] of numbers) it(what, () => assert.equal(nextDecisionNumber(files), next));

  const slugs: [string, string][] = [
    ['Adopt a facilitation rota!', 'adopt-a-facilitation-rota'],
    ['Décision: café ≠ thé', 'decision-cafe-the'],
    ['../../etc/passwd', 'etc-passwd'],
    ['会议', 'decision'],
    ['x'.repeat(80), 'x'.repeat(50)],
  ];
  for (const [title, slug] of slugs) it(`slugifies ${JSON.stringify(title.slice(0, 20))}`, () => assert.equal(slugify(title), slug));

  it('names and numbers a record file', () => {
    assert.equal(decisionFileName(7, 'Use <consent>'), '0007-use-consent.md');
    assert.equal(decisionNumberOf('0007-use-consent.md'), 7);
    assert.equal(decisionNumberOf('README.md'), null);
  });

  it('unescapeMarkdown undoes escapeMarkdown (property)', () => {
    // The characters escaping touches, plus letters, controls and bidi marks.
    const unit = fc.oneof(fc.constantFrom(...'\\`*_{}[]()#+!|~^$&<>"\'a Z1\n\t\u202e\u2066é@'.split('')), fc.constantFrom('https://', '&amp;', '&#39;', '``'));
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (s) => assert.equal(unescapeMarkdown(escapeMarkdown(s)), displayText(s))), { numRuns: 500 });
  });

  it('markdownParagraphs never lets a line start a list, heading, quote or HTML', () => {
    assert.equal(markdownParagraphs('- item\n\n# head\n> quote\n=====\n  3. third\n<script>'), '\\- item\n\n\\# head\n\n\\> quote\n\n\\=====\n\n3\\. third\n\n\\<script\\>');
  });

  it('the index is rebuilt from the headers of the records, escaped and by number', () => {
    const title = 'Use <b>consent</b> | always';
    const record = `# 2. ${escapeMarkdown(title)}\n\n- Status: blocked\n- Date: 2026-01-05 09:12 UTC\n- Meeting: Weekly\n- Reference: m1 d2\n\n## Context\n`;
    const entry = readDecisionHeader('0002-use-consent.md', record);
    assert.deepEqual(entry, { number: 2, fileName: '0002-use-consent.md', title, date: '2026-01-05 09:12 UTC', status: 'blocked', reference: 'm1 d2' });
    assert.equal(readDecisionHeader('README.md', '# Decision records\n'), null);
    const entries: DecisionIndexEntry[] = [entry!, { number: 1, fileName: '0001-first (draft).md', title: 'First', date: '', status: 'decided', reference: '' }];
    assert.equal(
      renderDecisionIndex(entries),
      [
        '# Decision records',
        '',
        'Decisions taken in Roundtable meetings, numbered in the order they were recorded.',
        '',
        '| # | Decision | Date | Status |',
        '|---:|---|---|---|',
        '| 1 | [First](0001-first%20%28draft%29.md) |  | decided |',
        '| 2 | [Use \\<b\\>consent\\</b\\> \\| always](0002-use-consent.md) | 2026-01-05 09:12 UTC | blocked |',
        '',
      ].join('\n'),
    );
  });
});
