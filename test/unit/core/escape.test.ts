import { strict as assert } from 'node:assert';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { csvText, displayText, escapeMarkdown, markdownNames, neutraliseControls, shorten, terminalText, quoteForTerminal } from '../../../shared/core/text/escape';

/** markdown-it as VS Code's preview runs it, but stricter: raw HTML on and every kind of link detection on. */
type Md = { render(src: string): string };
const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new (o: object) => Md;
const renderer = new MarkdownIt({ html: true, linkify: true });
const decode = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|amp|#39);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" })[e]!);

describe('core/escape', () => {
  const md: [string, string][] = [
    ['Ann', 'Ann'],
    ["O'Brien", "O'Brien"],
    ['Tom & Jerry', 'Tom & Jerry'],
    ['Ana (guest)', 'Ana (guest)'],
    ['snake_case_name', 'snake_case_name'],
    ['_em_ *strong*', '\\_em\\_ \\*strong\\*'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a|b', 'a\\|b'],
    ['**bold** [x](y)', '\\*\\*bold\\*\\* \\[x\\](y)'],
    ['back\\slash', 'back\\\\slash'],
    ['&amp; &#39;', '\\&amp; \\&#39;'],
    ['evil\u202etxt.exe', 'evil\ufffdtxt.exe'],
    ['two\nlines\r\0', 'two lines  '],
    ['Bob https://evil.example/x', 'Bob `https://evil.example/x`'],
    ['visit www.evil.example', 'visit `www.evil.example`'],
    ['ping @alice', 'ping `@alice`'],
    ['see //www.1 and (//x.example', 'see `//www.1` and `(//x.example`'],
    ['mail bob@corp.example', 'mail `bob@corp.example`'],
    ['x`https://a|b`', '``x`https://a``\\|`` b` ``'],
    ['A\u200bna\ufeff', 'Ana'],
    ['\u200dAna', 'Ana'],
    ['👨\u200d👩\u200d👧', '👨\u200d👩\u200d👧'],
  ];
  for (const [input, want] of md) it(`escapeMarkdown(${JSON.stringify(input)})`, () => assert.equal(escapeMarkdown(input), want));

  it('shortens past the limit with an ellipsis, by grapheme', () => {
    assert.equal(shorten('a'.repeat(3000), 64), `${'a'.repeat(63)}…`);
    assert.equal(Array.from(shorten('👨\u200d👩\u200d👧'.repeat(100), 10)).filter((c) => c === '…').length, 1);
    assert.equal(escapeMarkdown('x'.repeat(3000), 64).length, 64);
  });

  it('look-alike names get a short pid suffix; distinct names do not', () => {
    const names = markdownNames([
      { pid: 'p1', name: 'Ana' },
      { pid: 'p2', name: 'ana ' },
      { pid: 'p3', name: 'A\u200bna' },
      { pid: 'guest:9f2c8e7d-0000-4a4a-8b8b-123456789abc', name: 'Ａｎａ' },
      { pid: 'p5', name: 'Bo' },
    ]);
    assert.equal(names.get('p1'), 'Ana (p1)');
    assert.equal(names.get('p2'), 'ana  (p2)');
    assert.equal(names.get('p3'), 'Ana (p3)');
    assert.match(names.get('guest:9f2c8e7d-0000-4a4a-8b8b-123456789abc')!, /^Ａｎａ \([0-9a-z]{6}\)$/);
    assert.equal(names.get('p5'), 'Bo');
  });

  it('rendered by markdown-it (HTML and linkify on), any text stays inert and reads as itself (property)', () => {
    const unit = fc.oneof(
      fc.constantFrom(...'\\`*_{}[]()#+-!|~^$&<>"\' aZ1.:/@\n\t\u202e\u200b'.split('')),
      fc.constantFrom('https://', '//', 'www.', '@bob', 'a@b.example', '<b>', '&amp;', '](http://x)', '![i](x)', '~~', '<http://x>', 'javascript:'),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }).map((a) => a.join('')), (s) => {
        const cell = escapeMarkdown(s);
        const html = renderer.render(`x ${cell} y`);
        assert.doesNotMatch(html, /<(a|img|script|b|em|strong|del|code-never)\b/, html);
        assert.equal(decode(html).trim().replace(/\s+/g, ' '), `x ${displayText(s)} y`.trim().replace(/\s+/g, ' '));
        const table = renderer.render(`| a | b |\n|---|---|\n| ${cell} | z |\n`);
        assert.equal((table.match(/<td>/g) ?? []).length, 2, table);
      }),
      { numRuns: 1500 },
    );
  });

  const csv: [string, string][] = [
    ['Ann', 'Ann'],
    ['Smith, Jo', '"Smith, Jo"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=1+1', `"'=1+1"`],
    ['+44 20', `"'+44 20"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', ' x'],
    ['\t=1', `"' =1"`],
    [' =1+1', `"' =1+1"`],
    ['\u3000=1', `"'\u3000=1"`],
    ['＝1+1', `"'＝1+1"`],
    ['＋1', `"'＋1"`],
    ['\uff20SUM', `"'\uff20SUM"`],
    ['\ufe66cmd', `"'\ufe66cmd"`],
    ['a=b', 'a=b'],
    ['evil\u202etxt', 'evil\ufffdtxt'],
    ['bell\u0007esc\u001b[31m', 'bell esc [31m'],
    ['cr\r\nlf', '"cr\nlf"'],
    ['Z\u200bed', 'Zed'],
  ];
  for (const [input, want] of csv) it(`csvText(${JSON.stringify(input)})`, () => assert.equal(csvText(input), want));

  it('csvText never leaves a control, bidi or formula start in a cell (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...' \t\r\n\u0000\u001b\u0085\u202e\u2066=+-@＝＋－＠a,"'.split('')), maxLength: 12 }), (s) => {
        const cell = csvText(s);
        const inner = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        assert.doesNotMatch(inner, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        assert.doesNotMatch(inner, /^[\s\u3000]*[=+\-@＝＋－＠]/);
      }),
      { numRuns: 1000 },
    );
  });

  it('terminalText shows every control, bidi and invisible character as an escape', () => {
    assert.equal(terminalText('a\u001b[2Jb\u0007\u0000\u202e\u200b\u0085'), 'a\\x1b[2Jb\\x07\\x00\\u202e\\u200b\\x85');
    assert.equal(quoteForTerminal('x"\\\ny'), '"x\\"\\\\\\x0ay"');
    assert.equal(terminalText('Zoë 李 😀'), 'Zoë 李 😀');
  });

  it('neutraliseControls leaves ordinary Unicode alone', () => {
    assert.equal(neutraliseControls('Zoë 李 😀 עברית'), 'Zoë 李 😀 עברית');
  });
});
