/**
 * Phospho and total antibodies of one membrane exported to two files, each with the loading control:
 * the same value twice is used once (a note says from which file); two different values are refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { inputErrorOf } from '../helpers/inputs.js';

const [HEADER, ...ROWS] = readFileSync(new URL('../../examples/trk-bypass-long.csv', import.meta.url), 'utf8').trim().split(/\r?\n/);
const target = (r: string) => r.split(',')[8]!;
const csv = (rows: readonly string[]) => new TextEncoder().encode(`${HEADER}\n${rows.join('\n')}\n`);
const isPhospho = (r: string) => target(r).startsWith('p') && target(r) !== 'pan-TRK';
const phospho = ROWS.filter((r) => isPhospho(r) || target(r) === 'GAPDH' || !r.startsWith('M3,'));
const total = ROWS.filter((r) => !isPhospho(r) && r.startsWith('M3,'));

describe('a loading control in two files', () => {
  it('the same value: used once, with a note; the analysis is that of one file', () => {
    const two = analyze([{ name: 'phospho.csv', bytes: csv(phospho) }, { name: 'total.csv', bytes: csv(total) }]);
    const one = analyze([{ name: 'phospho.csv', bytes: csv(phospho) }, { name: 'total.csv', bytes: csv(total.filter((r) => target(r) !== 'GAPDH')) }]);
    expect(two.notes).toContainEqual({ code: 'loading-repeated', message: 'GAPDH of 12 lanes is given in phospho.csv and again, with the same value, in total.csv: used once, from phospho.csv', at: { file: 'total.csv' } });
    expect(two.verdicts).toEqual(one.verdicts);
    expect(two.comparisons).toEqual(one.comparisons);
  });

  it('two different values for one lane: refused, naming both', () => {
    const changed = total.map((r) => (target(r) === 'GAPDH' ? r.replace(/,([\d.]+)$/, (_, v: string) => `,${(Number(v) * 1.3).toFixed(1)}`) : r));
    const e = inputErrorOf(() => analyze([{ name: 'phospho.csv', bytes: csv(phospho) }, { name: 'total.csv', bytes: csv(changed) }]));
    expect(e.code).toBe('loading-twice');
    expect(e.format()).toMatch(/^total\.csv:\d+ \(column "signal"\): lane "1" of membrane "M3" has two GAPDH values: [\d.]+ \(phospho\.csv row \d+\) and [\d.]+ \(total\.csv row \d+\); normalising to either would be a guess - give the loading control of a lane once/);
  });
});
