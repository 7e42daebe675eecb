import { strict as assert } from 'node:assert';
import { csvText, escapeMarkdown, neutraliseControls } from '../../../shared/core/text/escape';

describe('core/escape', () => {
  const md: [string, string][] = [
    ['Ann', 'Ann'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert\\(1\\)&lt;/script&gt;'],
    ['a|b', 'a\\|b'],
    ['**bold** [x](http://y)', '\\*\\*bold\\*\\* \\[x\\]\\(http://y\\)'],
    ['back\\slash', 'back\\\\slash'],
    ['A & "B" \'C\'', 'A &amp; &quot;B&quot; &#39;C&#39;'],
    ['evil\u202etxt.exe', 'evil\ufffdtxt.exe'],
    ['two\nlines\r\0', 'two lines  '],
  ];
  for (const [input, want] of md) it(`escapeMarkdown(${JSON.stringify(input)})`, () => assert.equal(escapeMarkdown(input), want));

  const csv: [string, string][] = [
    ['Ann', 'Ann'],
    ['Smith, Jo', '"Smith, Jo"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=1+1', `"'=1+1"`],
    ['+44 20', `"'+44 20"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['a=b', 'a=b'],
  ];
  for (const [input, want] of csv) it(`csvText(${JSON.stringify(input)})`, () => assert.equal(csvText(input), want));

  it('neutraliseControls leaves ordinary Unicode alone', () => {
    assert.equal(neutraliseControls('Zoë 李 😀 עברית'), 'Zoë 李 😀 עברית');
  });
});
