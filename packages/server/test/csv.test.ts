import assert from 'node:assert/strict';
import { test } from 'node:test';
import { neutralizeFormula, toCsv } from '../src/http/csv.js';

test('cells that a spreadsheet would run as formulas are neutralised', () => {
  for (const payload of ['=1+1', '+33612', '-2', '@SUM(A1)', '\t=cmd', '\r=cmd']) {
    assert.equal(neutralizeFormula(payload), `'${payload}`);
  }
  assert.equal(neutralizeFormula('مكتب الحالة المدنية'), 'مكتب الحالة المدنية');
});

test('CSV quotes separators, quotes and newlines, and starts with a BOM', () => {
  const csv = toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', 3], [null, '=HYPERLINK("http://evil")']]);
  assert.equal(
    csv,
    '\uFEFFa,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3\r\n,"\'=HYPERLINK(""http://evil"")"\r\n',
  );
});
