import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { comparisonsCsv, comparisonsCsvChunks, csvChunks, neutraliseText, normalizedCsv, normalizedCsvChunks, toCsv } from '../../src/report/csvOutput.js';
import { fixture, tableInput } from '../helpers/inputs.js';

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('neutraliseText(text)', () => {
  it('prefixes an apostrophe to text a spreadsheet would run as a formula', () => {
    for (const t of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) expect(neutraliseText(t)).toBe(`'${t}`);
    for (const t of ['KM12-LR', 'pERK', '', '1e3']) expect(neutraliseText(t)).toBe(t);
  });
});

describe('toCsv(header, rows)', () => {
  it('quotes cells with commas, quotes or line breaks; writes null as empty, numbers rounded to 10 significant digits', () => {
    const csv = toCsv(['a', 'b', 'c', 'd', 'e'], [['x, y', 'say "hi"', null, 0.1 + 0.2, true], ['line\nbreak', -0.5, 12, false, 1 / 3]]);
    expect(csv).toBe('a,b,c,d,e\n"x, y","say ""hi""",,0.3,true\n"line\nbreak",-0.5,12,false,0.3333333333\n');
  });

  it('never writes NaN or Infinity: they become empty cells', () => {
    expect(toCsv(['x', 'y', 'z'], [[Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]])).toBe('x,y,z\n,,\n');
  });

  it('neutralises formula-like text cells but not negative numbers', () => {
    expect(toCsv(['line', 'log2'], [['=HYPERLINK("http://x")', -1.25]])).toBe('line,log2\n"\'=HYPERLINK(""http://x"")",-1.25\n');
  });
});

describe('normalizedCsv(results) and comparisonsCsv(results)', () => {
  // --test paired, so the numbers can be read against scipy's paired t-test.
  const results = analyze([fixture('paired-three-targets.csv')], { settings: { test: 'paired' } });

  it('normalized.csv: one row per lane and target with every normalised value', () => {
    const parsed = parse(normalizedCsv(results));
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'line', 'status', 'treatment', 'vehicle', 'dose_nM', 'time_h', 'replicate', 'membrane', 'lane', 'target',
      'phosphoLabel', 'totalLabel', 'phospho', 'total', 'totalMembrane', 'totalLane', 'loadingControl',
      'phosphoLaneLoading', 'totalLaneLoading', 'phosphoOverLoading', 'totalOverLoading', 'ratioBasis',
      'phosphoTotalRatio', 'fractionOfVehicle', 'ratioVsReference', 'flags',
    ]);
    expect(parsed.data).toHaveLength(36);
    // KM12-LR, ERK, replicate 1, larotrectinib: 261 / 2000 = 0.1305; f = 0.1305 / 1.5 = 0.087; vs KM12 vehicle 2: 0.06525
    const row = parsed.data.find((r) => r.line === 'KM12-LR' && r.target === 'ERK' && r.replicate === '1' && r.treatment === 'larotrectinib')!;
    expect(row).toMatchObject({
      status: 'resistant', vehicle: 'false', dose_nM: '100', time_h: '', phosphoLabel: 'pERK', totalLabel: 'ERK', phospho: '261', total: '2000',
      loadingControl: 'GAPDH', phosphoLaneLoading: '21000', ratioBasis: 'phospho/total', phosphoTotalRatio: '0.1305',
      fractionOfVehicle: '0.087', ratioVsReference: '0.06525', flags: '',
    });
  });

  it('comparisons.csv: one row per resistant model, condition and target, flattened', () => {
    const parsed = parse(comparisonsCsv(results));
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields?.slice(0, 15)).toEqual([
      'line', 'versus', 'treatment', 'dose_nM', 'time_h', 'target', 'ratioBasis',
      'fractionOfVehicle_estimate', 'fractionOfVehicle_ciLow', 'fractionOfVehicle_ciHigh', 'fractionOfVehicle_n',
      'sensitiveFractionOfVehicle_estimate', 'sensitiveFractionOfVehicle_ciLow', 'sensitiveFractionOfVehicle_ciHigh', 'sensitiveFractionOfVehicle_n',
    ]);
    expect(parsed.meta.fields).toContain('resistantVsSensitive_pAdjusted');
    expect(parsed.meta.fields).toContain('basal_p');
    expect(parsed.meta.fields).toContain('totalProtein_log2Ratio');
    expect(parsed.data.map((r) => r.target)).toEqual(['TRK', 'AKT', 'ERK']);
    const erk = parsed.data[2]!;
    // scipy (see tests/stats/compareModels.test.ts): p 0.000518592553494995, BH 0.00155577766048498, t 43.89528713631667
    expect(erk.resistantVsSensitive_test).toBe('paired-t');
    expect(Number(erk.resistantVsSensitive_p)).toBeCloseTo(0.000518592553494995, 12);
    expect(Number(erk.resistantVsSensitive_pAdjusted)).toBeCloseTo(0.00155577766048498, 12);
    expect(Number(erk.resistantVsSensitive_t)).toBeCloseTo(43.89528713631667, 7);
    expect(erk.resistantVsSensitive_df).toBe('2');
    expect(erk.resistantVsSensitive_n).toBe('3');
  });

  it('writes null statistics as empty cells (single replicate)', () => {
    const single = analyze([fixture('membrane-M1.csv'), fixture('membrane-M2.csv')]);
    const row = parse(comparisonsCsv(single)).data[0]!;
    expect([row.resistantVsSensitive_t, row.resistantVsSensitive_p, row.fractionOfVehicle_ciLow]).toEqual(['', '', '']);
    expect(row.fractionOfVehicle_n).toBe('1');
  });

  it('neutralises formula-like model names that came from the input', () => {
    const r = analyze([tableInput('evil.csv', [
      ['line', 'status', 'treatment', 'dose_nM', 'replicate', 'target', 'signal'],
      ['=cmd', 'sensitive', 'DMSO', 0, 1, 'pERK', 10], ['=cmd', 'sensitive', 'laro', 100, 1, 'pERK', 1],
      ['=cmd-LR', 'resistant', 'DMSO', 0, 1, 'pERK', 10], ['=cmd-LR', 'resistant', 'laro', 100, 1, 'pERK', 5],
    ])]);
    expect(normalizedCsv(r).split('\n')[1]!.startsWith("'=cmd,")).toBe(true);
    expect(comparisonsCsv(r).split('\n')[1]!.startsWith("'=cmd-LR,'=cmd,")).toBe(true);
  });
});

describe('csvChunks(header, rows)', () => {
  it('hands out a long table in several pieces that join to the text of toCsv', () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => [`line ${i % 3}`, i / 3, i % 2 === 0, null, '=x']);
    const chunks = [...csvChunks(['a', 'b', 'c', 'd', 'e'], rows)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.endsWith('\n'))).toBe(true);
    expect(chunks.join('')).toBe(toCsv(['a', 'b', 'c', 'd', 'e'], rows));
  });

  it('normalizedCsvChunks and comparisonsCsvChunks join to normalizedCsv and comparisonsCsv', () => {
    const results = analyze([fixture('paired-three-targets.csv')]);
    expect([...normalizedCsvChunks(results)].join('')).toBe(normalizedCsv(results));
    expect([...comparisonsCsvChunks(results)].join('')).toBe(comparisonsCsv(results));
  });
});
