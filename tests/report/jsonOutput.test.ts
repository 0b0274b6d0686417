import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resultsJsonChunks, resultsToJson, roundedNumberText, roundNumber, SIGNIFICANT_DIGITS } from '../../src/report/jsonOutput.js';
import type { Results } from '../../src/results.js';
import { fixture } from '../helpers/inputs.js';

describe('roundNumber(x)', () => {
  it('rounds to 10 significant digits, leaving integers and non-finite values alone', () => {
    expect(SIGNIFICANT_DIGITS).toBe(10);
    expect(roundNumber(0.1 + 0.2)).toBe(0.3);
    expect(roundNumber(0.08700000000000001)).toBe(0.087);
    expect(roundNumber(43.89528713631667)).toBe(43.89528714);
    expect(roundNumber(0.000518592553494995)).toBe(0.0005185925535);
    expect(roundNumber(24000)).toBe(24000);
    expect(roundNumber(Number.NaN)).toBeNaN();
  });
});

describe('resultsToJson(results)', () => {
  it('is the results with rounded numbers, two-space indented, ending in a newline', () => {
    const results = analyze([fixture('paired-three-targets.csv')], { settings: { test: 'paired' } });
    const text = resultsToJson(results);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": "3.1.0",');
    const parsed = JSON.parse(text) as { comparisons: { resistantVsSensitive: { p: number } }[] };
    expect(parsed.comparisons[2]!.resistantVsSensitive.p).toBe(0.0005185925535);
  });

  it('gives the same bytes for the same input', () => {
    const a = resultsToJson(analyze([fixture('paired-three-targets.csv')]));
    const b = resultsToJson(analyze([fixture('paired-three-targets.csv')]));
    expect(a).toBe(b);
  });
});

/** What resultsToJson is specified to be: JSON.stringify with numbers rounded, two-space indented, without `lanes`. */
const reference = (value: unknown, withLanes = false): string => {
  // Rebuilt in the original key order, lanes in its place when asked for.
  const kept = Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([k]) => k !== 'lanes' || withLanes));
  return `${JSON.stringify(kept, (_k, v: unknown) => (typeof v === 'number' ? roundNumber(v) : v), 2)}\n`;
};

describe('roundedNumberText(x)', () => {
  it('is JSON.stringify(roundNumber(x)) at the edges of plain notation and of rounding', () => {
    const edges = [
      0, -0, 1, -1, 0.5, 123.5, 1317.1, 1 / 3, -2 / 3, 0.1 + 0.2, 43.89528713631667, 1e-6, 9.9999999999e-7, 0.0000009999999999, 1e-7,
      1234567890.4, 1234567890.5, 9999999999.7, 99999.999999999, 1e21, 1.5e21, 123456789012.5, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE,
      Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
    ];
    for (const x of edges) expect(roundedNumberText(x), String(x)).toBe(JSON.stringify(roundNumber(x)));
  });

  it('is JSON.stringify(roundNumber(x)) for any double', () => {
    fc.assert(fc.property(fc.double(), (x) => roundedNumberText(x) === JSON.stringify(roundNumber(x))), { numRuns: 20_000 });
    // Magnitudes where plain and exponential notation meet, and ratios of typical band signals.
    const around = fc.tuple(fc.double({ min: 1, max: 10, noNaN: true }), fc.integer({ min: -9, max: 23 }), fc.boolean())
      .map(([m, e, negative]) => (negative ? -1 : 1) * m * 10 ** e);
    fc.assert(fc.property(around, (x) => roundedNumberText(x) === JSON.stringify(roundNumber(x))), { numRuns: 20_000 });
  });
});

describe('resultsJsonChunks(results)', () => {
  it('joins to the text of resultsToJson: JSON.stringify with rounded numbers, two-space indented', () => {
    const results = analyze([fixture('paired-three-targets.csv')]);
    expect([...resultsJsonChunks(results)].join('')).toBe(reference(results));
    expect(resultsToJson(results)).toBe(reference(results));
  });

  it('leaves lanes[] out (schema 3), and writes them in place with { lanes: true } (--lanes-in-json)', () => {
    const results = analyze([fixture('paired-three-targets.csv')]);
    expect(results.lanes.length).toBeGreaterThan(0);
    expect(JSON.parse(resultsToJson(results))).not.toHaveProperty('lanes');
    const withLanes = resultsToJson(results, { lanes: true });
    expect(withLanes).toBe(reference(results, true));
    expect(Object.keys(JSON.parse(withLanes) as object).indexOf('lanes')).toBe(Object.keys(results).indexOf('lanes'));
    expect((JSON.parse(withLanes) as { lanes: unknown[] }).lanes).toHaveLength(results.lanes.length);
  });

  it('writes what JSON.stringify writes for any JSON-like value, including left-out and special values', () => {
    const special = fc.constantFrom<unknown>(undefined, () => 1, Symbol('s'), new Date(0), [undefined], { toJSON: () => 'x' }, '\u2028', 'a"b\\c', '\ud800', 'tab\there', -0, Number.NaN);
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.double(), fc.string(), fc.string({ unit: 'binary' }), fc.boolean(), fc.constant(null), special),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(fc.property(fc.dictionary(fc.string(), value, { maxKeys: 6 }), (results) =>
      [...resultsJsonChunks(results as unknown as Results)].join('') === reference(results)), { numRuns: 2_000 });
  });

  it('hands out a long top-level array in several pieces that join to the same text', () => {
    const results = { schemaVersion: '1', lanes: Array.from({ length: 120_000 }, (_, i) => ({ i, ratio: i / 7, label: `p${i % 5}` })), empty: [] };
    const chunks = [...resultsJsonChunks(results as unknown as Results, { lanes: true })];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(reference(results, true));
  });
});
