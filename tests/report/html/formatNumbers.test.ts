import { describe, expect, it } from 'vitest';
import { formatInterval, formatLog2, formatP, formatValue } from '../../../src/report/html/formatNumbers.js';

describe('formatValue(x, digits)', () => {
  it('prints three significant digits, whole numbers above 1000, exponents outside 0.001 to 100000, and - for a missing value', () => {
    expect([0.07575176235, 1, 12.3456, 999.4, 8158.6, 123456, 0.000123, 0, -0.5].map((x) => formatValue(x))).toEqual(
      ['0.0758', '1.00', '12.3', '999', '8159', '1.23e+5', '1.23e-4', '0', '-0.500'],
    );
    expect(formatValue(null)).toBe('-');
    expect(formatValue(Number.NaN)).toBe('-');
    expect([24224, 8158.1, 832.24].map((x) => formatValue(x, 4))).toEqual(['24224', '8158', '832.2']);
  });
});

describe('formatP(p)', () => {
  it('prints two significant digits and very small p values as < 0.0001', () => {
    expect([0.8411618008, 0.009195281913, 0.05, 0.00004, 1].map(formatP)).toEqual(['0.84', '0.0092', '0.05', '< 0.0001', '1']);
    expect(formatP(null)).toBe('-');
  });
});

describe('formatLog2(x) / formatInterval(estimate, low, high)', () => {
  it('signs log2 ratios and brackets intervals, leaving out an interval that is missing', () => {
    expect([3.08, -0.0366, 0, -0.001].map(formatLog2)).toEqual(['+3.08', '-0.04', '+0.00', '-0.00']);
    expect(formatInterval('0.113', '0.0780', '0.164')).toBe('0.113 [0.0780, 0.164]');
    expect(formatInterval('0.113', '-', '-')).toBe('0.113');
  });
});
