/**
 * A lab's own files (issue "A lab's own files and first ten minutes"): numbers as Excel writes them in
 * English (thousands separators), names typed with varying case and typos, and the plausibility
 * warnings that catch a misread number. Each through the real loader and pipeline.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, loadInputs } from '../../src/analyze.js';
import { InputError } from '../../src/errors.js';
import { textInput } from '../helpers/inputs.js';

const EXAMPLE = readFileSync(new URL('../../examples/trk-bypass-long.csv', import.meta.url), 'utf8');

/** The bundled example with its signals rounded and written as Excel formats them in English: "7,258". */
function excelEnglish(text: string): string {
  const [header, ...rows] = text.trim().split('\n');
  return `${[header, ...rows.map((r) => {
    const cells = r.split(',');
    const value = Math.round(Number(cells.pop()));
    return [...cells, `"${value.toLocaleString('en-US')}"`].join(',');
  })].join('\n')}\n`;
}

describe('thousands separators are not decimal commas', () => {
  it('the example written as Excel formats it in English gives the same verdict as the original (MAPK bypass, strong)', () => {
    const original = analyze([textInput('example.csv', EXAMPLE)]);
    const excel = analyze([textInput('excel.csv', excelEnglish(EXAMPLE))]);
    expect(excel.verdicts.map((v) => [v.mechanism, v.confidence])).toEqual([['mapk-bypass', 'strong']]);
    expect(excel.verdicts[0]!.mechanism).toBe(original.verdicts[0]!.mechanism);
    expect(excel.inputs[0]!.decimal).toBe('dot');
    expect(excel.notes.find((w) => w.code === 'thousands-separator')!.message).toContain('"7,258" were read with the comma as a thousands separator (7258)');
  });

  it('an iBright-like column with "41,250" and "812" reads 41250 and 812', () => {
    const csv = 'line,status,treatment,dose_nM,replicate,target,signal\nKM12,sensitive,DMSO,0,1,pERK,"41,250"\nKM12,sensitive,laro,100,1,pERK,812\n';
    const [file] = loadInputs([textInput('ibright.csv', csv)]);
    expect(file!.bands.map((b) => b.signal)).toEqual([41250, 812]);
  });

  it('refuses a file whose values above 999 are written both with and without a separator, naming the cells', () => {
    const csv = 'line,status,treatment,dose_nM,replicate,target,signal\nKM12,sensitive,DMSO,0,1,pERK,"7,258"\nKM12,sensitive,laro,100,1,pERK,1234\n';
    try {
      loadInputs([textInput('ambiguous.csv', csv)]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).code).toBe('ambiguous-thousands');
      expect((e as InputError).message).toContain('"7,258"');
      expect((e as InputError).message).toContain('"1234"');
      expect((e as InputError).hint).toContain('--thousands ,');
    }
  });

  it('decimal commas are still decimal commas: "12,5" and "0,253"', () => {
    const csv = 'line,status,treatment,dose_nM,replicate,target,signal\nKM12,sensitive,DMSO,0,1,pERK,"12,5"\nKM12,sensitive,laro,100,1,pERK,"0,253"\n';
    expect(loadInputs([textInput('comma.csv', csv)])[0]!.bands.map((b) => b.signal)).toEqual([12.5, 0.253]);
  });
});

describe('names compared without case, near-duplicates warned', () => {
  const renamed = (rename: (treatment: string, replicate: string) => string) => {
    const [header, ...rows] = EXAMPLE.trim().split('\n');
    return `${[header, ...rows.map((r) => {
      const c = r.split(',');
      if (c[4] === 'larotrectinib') c[4] = rename(c[4], c[7]!);
      return c.join(',');
    })].join('\n')}\n`;
  };

  it('"Larotrectinib" in one replicate and "larotrectinib" in the others are one treatment: one verdict, still strong', () => {
    const r = analyze([textInput('case.csv', renamed((t, rep) => (rep === '2' ? 'Larotrectinib' : t)))]);
    expect(r.design.conditions).toHaveLength(1);
    expect(r.verdicts.map((v) => [v.treatment, v.mechanism, v.confidence])).toEqual([['larotrectinib', 'mapk-bypass', 'strong']]);
    expect(r.notes.find((w) => w.code === 'name-spelling')).toMatchObject({ at: { column: 'treatment' } });
  });

  it('"larotrectinb" is not merged but warned about, naming both rows', () => {
    const r = analyze([textInput('typo.csv', renamed((t, rep) => (rep === '3' ? 'larotrectinb' : t)))]);
    expect(r.design.conditions).toHaveLength(2);
    expect(r.warnings.find((w) => w.code === 'similar-names')!.message).toMatch(/treatment names "larotrectinib" \(row \d+\) and "larotrectinb" \(row \d+\) look alike/);
  });

  it('models that differ by a digit (KM12-R1, KM12-R2) are not warned about', () => {
    const csv = 'line,status,treatment,dose_nM,replicate,target,signal\nKM12-R1,resistant,DMSO,0,1,pERK,1\nKM12-R2,resistant,DMSO,0,1,pERK,1\nKM12,sensitive,DMSO,0,1,pERK,1\n';
    const [file] = loadInputs([textInput('models.csv', csv)]);
    expect(file!.warnings.filter((w) => w.code === 'similar-names')).toEqual([]);
  });
});

describe('plausibility warnings', () => {
  it('a drug lane at more than ten times its vehicle is said out loud', () => {
    // Decimal commas read as thousands would do this: vehicle "1,5" meant 1.5, drug 900.
    const csv = 'line,status,treatment,dose_nM,replicate,target,signal\nKM12,sensitive,DMSO,0,1,pERK,2\nKM12,sensitive,DMSO,0,1,ERK,1000\nKM12,sensitive,laro,100,1,pERK,900\nKM12,sensitive,laro,100,1,ERK,1000\nKM12-LR,resistant,DMSO,0,1,pERK,2\nKM12-LR,resistant,DMSO,0,1,ERK,1000\nKM12-LR,resistant,laro,100,1,pERK,3\nKM12-LR,resistant,laro,100,1,ERK,1000\n';
    const r = analyze([textInput('odd.csv', csv)]);
    expect(r.warnings.find((w) => w.code === 'implausible-fraction')!.message).toContain('at more than 10 times its vehicle (highest: pERK in "KM12" replicate "1", 450x)');
    expect(r.warnings.find((w) => w.code === 'implausible-range')).toBeUndefined();
  });
});

describe('inputs with nothing to analyse are refused, and bad cells of one kind are one problem', () => {
  const header = 'line,status,treatment,dose_nM,time_h,replicate,target,signal\n';

  it('the unfilled template: every signal empty (exit 2 in the CLI)', () => {
    expect(() => analyze([textInput('bands-long.csv', `${header}KM12,sensitive,DMSO,0,2,1,pERK,\nKM12-LR,resistant,DMSO,0,2,1,pERK,\n`)])).toThrow(/every signal is empty/);
  });

  it('only loading-control bands (as with --target GAPDH): no target to analyse', () => {
    expect(() => analyze([textInput('gapdh.csv', `${header}KM12,sensitive,DMSO,0,2,1,GAPDH,100\nKM12-LR,resistant,DMSO,0,2,1,GAPDH,100\n`)])).toThrow(/only loading-control bands \(GAPDH\)/);
  });

  it('a single phospho antibody with no total and no loading control: analysed as measured, flagged, and said once without contradiction', () => {
    const csv = `${header}KM12,sensitive,DMSO,0,2,1,pERK,100\nKM12,sensitive,laro,100,2,1,pERK,10\nKM12-LR,resistant,DMSO,0,2,1,pERK,100\nKM12-LR,resistant,laro,100,2,1,pERK,80\n`;
    const r = analyze([textInput('one.csv', csv)]);
    expect(r.lanes.filter((l) => !l.vehicle).map((l) => [l.line, l.fractionOfVehicle])).toEqual([['KM12', 0.1], ['KM12-LR', 0.8]]);
    expect(r.lanes.every((l) => l.flags.includes('no-loading-control'))).toBe(true);
    const messages = r.warnings.map((w) => w.message).join('\n');
    expect(messages).toContain('has no loading control: its signals are used as measured');
    expect(messages).not.toContain('normalised to the loading control instead');
    expect(r.verdicts[0]!.confidence).not.toBe('strong');
  });

  it('60 cells with the same bad time are one line with their rows', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `KM12,sensitive,DMSO,0,2 days,${i + 1},pERK,100`).join('\n');
    try {
      loadInputs([textInput('times.csv', `${header}${rows}\n`)]);
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).message).toBe('time is not a number: "2 days" in 60 cells (rows 2-61)');
    }
  });

  it('times written with their unit ("2h", "120 min", "30\'") and vehicles with their solvent share ("0.1% DMSO") are read', () => {
    const csv = `${header}KM12,sensitive,0.1% DMSO,,2h,1,pERK,100\nKM12,sensitive,laro,100,120 min,1,pERK,10\nKM12,sensitive,DMSO 0.1%,,30',2,pERK,100\n`;
    const [file] = loadInputs([textInput('units.csv', csv)]);
    expect(file!.bands.map((b) => [b.vehicle, b.time_h])).toEqual([[true, 2], [false, 2], [true, 0.5]]);
  });
});
