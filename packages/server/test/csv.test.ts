import assert from 'node:assert/strict';
import { test } from 'node:test';
import { neutralizeFormula, toCsv } from '../src/http/csv.js';

test('cells that a spreadsheet would run as formulas are neutralised', () => {
  for (const payload of ['=1+1', '+33612', '-2', '@SUM(A1)']) {
    assert.equal(neutralizeFormula(payload), `'${payload}`);
  }
  assert.equal(neutralizeFormula('\t=cmd'), "'\t'=cmd");
  assert.equal(neutralizeFormula('\r=cmd'), "'\r'=cmd");
  assert.equal(neutralizeFormula('مكتب الحالة المدنية'), 'مكتب الحالة المدنية');
});

test('a formula after any separator a spreadsheet may split on is neutralised too', () => {
  assert.equal(neutralizeFormula('a;=1'), "a;'=1");
  assert.equal(neutralizeFormula('a,+1'), "a,'+1");
  assert.equal(neutralizeFormula('a\t-1'), "a\t'-1");
  assert.equal(neutralizeFormula('a\n@x'), "a\n'@x");
  assert.equal(neutralizeFormula('a; "=1"'), `a;' "=1"`);
  assert.equal(neutralizeFormula('5 - 3, e-mail'), '5 - 3, e-mail');
});

test('CSV quotes every cell, doubles quotes, keeps newlines, and starts with a BOM', () => {
  const csv = toCsv(
    ['a', 'b'],
    [
      ['x,y', 'say "hi"'],
      ['line\nbreak', 3],
      [null, '=HYPERLINK("http://evil")'],
    ],
  );
  assert.equal(csv, '\uFEFF"a","b"\r\n"x,y","say ""hi"""\r\n"line\nbreak","3"\r\n"","\'=HYPERLINK(""http://evil"")"\r\n');
});
