import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDecimalMark, isMissingToken, parseNumberCell } from '../../src/load/numberCells.js';

describe('isMissingToken(cell)', () => {
  it('treats NA, n.d., empty and spreadsheet error cells as missing, case-insensitively', () => {
    for (const cell of ['', '  ', 'NA', 'na', 'N/A', 'n.d.', 'N.D.', 'nd', 'NaN', '#N/A', '#DIV/0!', '-', 'not detected']) {
      expect(isMissingToken(cell), JSON.stringify(cell)).toBe(true);
    }
  });

  it('does not treat numbers or words as missing', () => {
    for (const cell of ['0', '0,0', 'serum starved', 'n.s.']) expect(isMissingToken(cell), cell).toBe(false);
  });
});

describe('parseNumberCell(raw, mark)', () => {
  it('reads dot decimals, integers, exponents and comma thousands under the dot convention', () => {
    expect(parseNumberCell('12.5', 'dot')).toEqual({ kind: 'number', value: 12.5 });
    expect(parseNumberCell(' 24000 ', 'dot')).toEqual({ kind: 'number', value: 24000 });
    expect(parseNumberCell('1.2e4', 'dot')).toEqual({ kind: 'number', value: 12000 });
    expect(parseNumberCell('1,234.5', 'dot')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseNumberCell('.5', 'dot')).toEqual({ kind: 'number', value: 0.5 });
    expect(parseNumberCell('-3', 'dot')).toEqual({ kind: 'number', value: -3 });
  });

  it('reads decimal commas and dot thousands under the comma convention', () => {
    expect(parseNumberCell('12,5', 'comma')).toEqual({ kind: 'number', value: 12.5 });
    expect(parseNumberCell('0,2524340878', 'comma')).toEqual({ kind: 'number', value: 0.2524340878 });
    expect(parseNumberCell('1.234,5', 'comma')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseNumberCell('1.234.567', 'comma')).toEqual({ kind: 'number', value: 1234567 });
  });

  it('returns missing for NA / n.d. / empty and invalid for words or the other convention', () => {
    expect(parseNumberCell('n.d.', 'dot')).toEqual({ kind: 'missing' });
    expect(parseNumberCell('', 'comma')).toEqual({ kind: 'missing' });
    expect(parseNumberCell('serum starved', 'dot')).toEqual({ kind: 'invalid' });
    expect(parseNumberCell('12,5', 'dot')).toEqual({ kind: 'invalid' });
    expect(parseNumberCell('12.5', 'comma')).toEqual({ kind: 'invalid' });
    expect(parseNumberCell('12 kDa', 'dot')).toEqual({ kind: 'invalid' });
    expect(parseNumberCell('1e999', 'dot')).toEqual({ kind: 'invalid' });
  });
});

describe('detectDecimalMark(cells)', () => {
  const none = { mixed: null, thousandsExample: null, ambiguous: null };
  it('finds the comma convention from a decimal comma', () => {
    expect(detectDecimalMark(['1', '12,5', 'NA'])).toEqual({ ...none, mark: 'comma' });
    // A leading zero or a group that is not three digits long cannot be a thousands separator.
    expect(detectDecimalMark(['0,253', '812'])).toEqual({ ...none, mark: 'comma' });
    expect(detectDecimalMark(['1,234', '12,5'])).toEqual({ ...none, mark: 'comma' });
  });

  it('finds the dot convention from a dot decimal', () => {
    expect(detectDecimalMark(['12.5', '3'])).toEqual({ ...none, mark: 'dot' });
  });

  it('reads "7,258" as a thousands separator (as Excel writes 7258 in English) when nothing says otherwise', () => {
    expect(detectDecimalMark(['1,234', '0.5'])).toEqual({ ...none, mark: 'dot', thousandsExample: '1,234' });
    // Issue "A lab's own files": the example written as Excel formats it; an iBright export with "41,250" and "812".
    expect(detectDecimalMark(['7,258', '832', '9,331'])).toEqual({ ...none, mark: 'dot', thousandsExample: '7,258' });
    expect(detectDecimalMark(['41,250', '812', '1,204,331'])).toEqual({ ...none, mark: 'dot', thousandsExample: '41,250' });
  });

  it('refuses to guess when values above 999 are written both with and without a separator', () => {
    expect(detectDecimalMark(['7,258', '1234', '832'])).toEqual({ ...none, mark: null, ambiguous: { withSeparator: '7,258', withoutSeparator: '1234' } });
  });

  it('reports both conventions with an example of each', () => {
    expect(detectDecimalMark(['0.5', '12,5'])).toEqual({ ...none, mark: null, mixed: { dotExample: '0.5', commaExample: '12,5' } });
  });

  it('has no opinion on integers only', () => {
    expect(detectDecimalMark(['1', '20000', 'n.d.'])).toEqual({ ...none, mark: null });
  });
});

/**
 * The readings the fast paths for plain cells ("1317.1", "24000") must agree with: the patterns
 * alone, as parseNumberCell and detectDecimalMark read every cell before the fast paths existed.
 */
const DOT_DECIMAL = /^[+-]?(\d+\.\d*|\.\d+)([eE][+-]?\d+)?$/;
const COMMA_DECIMAL = /^[+-]?(\d+,\d*|,\d+)([eE][+-]?\d+)?$/;
const DOT_THOUSANDS_COMMA_DECIMAL = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const COMMA_THOUSANDS_DOT_DECIMAL = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const INTEGER = /^[+-]?\d+([eE][+-]?\d+)?$/;

function patternsOnly(raw: string, mark: 'dot' | 'comma'): ReturnType<typeof parseNumberCell> {
  const cell = raw.trim();
  if (isMissingToken(cell)) return { kind: 'missing' };
  let normalised: string | undefined;
  if (INTEGER.test(cell)) normalised = cell;
  else if (mark === 'dot') {
    if (DOT_DECIMAL.test(cell)) normalised = cell;
    else if (COMMA_THOUSANDS_DOT_DECIMAL.test(cell)) normalised = cell.replaceAll(',', '');
  } else if (COMMA_DECIMAL.test(cell)) normalised = cell.replace(',', '.');
  else if (DOT_THOUSANDS_COMMA_DECIMAL.test(cell)) normalised = cell.replaceAll('.', '').replace(',', '.');
  if (normalised === undefined) return { kind: 'invalid' };
  const value = Number(normalised);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

function patternsOnlyMark(cells: readonly string[]): ReturnType<typeof detectDecimalMark> {
  const COMMA_THOUSANDS_ONLY = /^[+-]?[1-9]\d{0,2}(,\d{3})+$/;
  const LONG_INTEGER = /^[+-]?\d{4,}$/;
  let dotExample: string | undefined;
  let commaExample: string | undefined;
  let thousandsWithComma: string | undefined;
  let longInteger: string | undefined;
  for (const raw of cells) {
    const cell = raw.trim();
    if (DOT_DECIMAL.test(cell)) dotExample ??= cell;
    else if (COMMA_THOUSANDS_ONLY.test(cell)) thousandsWithComma ??= cell;
    else if (COMMA_DECIMAL.test(cell) || DOT_THOUSANDS_COMMA_DECIMAL.test(cell)) commaExample ??= cell;
    else if (COMMA_THOUSANDS_DOT_DECIMAL.test(cell)) dotExample ??= cell;
    else if (LONG_INTEGER.test(cell)) longInteger ??= cell;
  }
  const none = { mixed: null, thousandsExample: null, ambiguous: null };
  if (dotExample !== undefined && commaExample !== undefined) return { ...none, mark: null, mixed: { dotExample, commaExample } };
  if (commaExample !== undefined) return { ...none, mark: 'comma' };
  if (dotExample !== undefined) return { ...none, mark: 'dot', thousandsExample: thousandsWithComma ?? null };
  if (thousandsWithComma !== undefined) {
    if (longInteger !== undefined) return { ...none, mark: null, ambiguous: { withSeparator: thousandsWithComma, withoutSeparator: longInteger } };
    return { ...none, mark: 'dot', thousandsExample: thousandsWithComma };
  }
  return { ...none, mark: null };
}

describe('parseNumberCell and detectDecimalMark on plain cells (the fast paths)', () => {
  const numberish = fc.stringMatching(/^[ ]?[+-]?[0-9.,]{0,8}([eE][+-]?[0-9]{1,3})?[ ]?$/);
  const cell = fc.oneof(numberish, fc.constantFrom('NA', 'n.d.', '', '1e999', '9'.repeat(400), '.5', '5.', '1.234', '1,234', '007', '0.0'));

  it('read every cell as the patterns alone do, under either mark', () => {
    fc.assert(fc.property(cell, (c) => {
      expect(parseNumberCell(c, 'dot')).toEqual(patternsOnly(c, 'dot'));
      expect(parseNumberCell(c, 'comma')).toEqual(patternsOnly(c, 'comma'));
    }), { numRuns: 5_000 });
  });

  it('decide the decimal mark of any list of cells as the patterns alone do', () => {
    fc.assert(fc.property(fc.array(cell, { maxLength: 12 }), (cells) => {
      expect(detectDecimalMark(cells)).toEqual(patternsOnlyMark(cells));
    }), { numRuns: 5_000 });
  });
});
