import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { resultsToJson, roundNumber, SIGNIFICANT_DIGITS } from '../../src/report/jsonOutput.js';
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
    const results = analyze([fixture('paired-three-targets.csv')]);
    const text = resultsToJson(results);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": "1.0.0",');
    const parsed = JSON.parse(text) as { comparisons: { resistantVsSensitive: { p: number } }[] };
    expect(parsed.comparisons[2]!.resistantVsSensitive.p).toBe(0.0005185925535);
  });

  it('gives the same bytes for the same input', () => {
    const a = resultsToJson(analyze([fixture('paired-three-targets.csv')]));
    const b = resultsToJson(analyze([fixture('paired-three-targets.csv')]));
    expect(a).toBe(b);
  });
});
