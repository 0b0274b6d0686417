import { describe, expect, it } from 'vitest';
import { aliasesOf, headerKey, matchDesignColumn } from '../../src/load/designColumns.js';

const fieldOf = (header: string) => matchDesignColumn(header)?.field ?? null;

describe('headerKey(header)', () => {
  it('folds case, punctuation, spaces, µ and a BOM', () => {
    expect(headerKey(' Adj. Volume (Int) ')).toBe('adj_volume_int');
    expect(headerKey('Dose (µM)')).toBe('dose_um');
    expect(headerKey('\uFEFFCell line')).toBe('cell_line');
  });
});

describe('matchDesignColumn(header)', () => {
  it.each([
    ['cell_line', 'line'], ['Model', 'line'], ['sample', 'line'], ['Cell line', 'line'],
    ['condition', 'treatment'], ['Drug', 'treatment'],
    ['antibody', 'target'], ['Protein', 'target'], ['Band Label', 'target'],
    ['volume', 'signal'], ['Intensity', 'signal'], ['Adj. Volume (Int)', 'signal'], ['IntDen', 'signal'],
    ['membrane', 'blot'], ['Gel', 'blot'],
    ['rep', 'replicate'], ['Experiment', 'replicate'], ['biological replicate', 'replicate'],
    ['sensitivity', 'status'], ['lane no.', 'lane'], ['Saturated', 'saturated'],
  ])('reads %j as the %s column', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it('converts dose units to nM from the header', () => {
    expect(matchDesignColumn('dose_uM')).toEqual({ field: 'dose', unit: { toCanonical: 1000, unit: 'um' } });
    expect(matchDesignColumn('Concentration (µM)')).toEqual({ field: 'dose', unit: { toCanonical: 1000, unit: 'um' } });
    expect(matchDesignColumn('dose_nM')).toEqual({ field: 'dose', unit: { toCanonical: 1, unit: 'nm' } });
    expect(matchDesignColumn('dose')).toEqual({ field: 'dose', unit: { toCanonical: 1, unit: 'nM' } });
    expect(matchDesignColumn('conc (pM)')?.unit?.toCanonical).toBe(0.001);
  });

  it('converts time units to hours from the header', () => {
    expect(matchDesignColumn('time_min')?.unit?.toCanonical).toBeCloseTo(1 / 60, 15);
    expect(matchDesignColumn('time (d)')).toEqual({ field: 'time', unit: { toCanonical: 24, unit: 'd' } });
    expect(matchDesignColumn('time_h')).toEqual({ field: 'time', unit: { toCanonical: 1, unit: 'h' } });
    expect(matchDesignColumn('hours')).toEqual({ field: 'time', unit: { toCanonical: 1, unit: 'h' } });
  });

  it('returns null for antibody columns, unknown units and empty headers', () => {
    expect(matchDesignColumn('pERK')).toBeNull();
    expect(matchDesignColumn('dose_furlong')).toBeNull();
    expect(matchDesignColumn('')).toBeNull();
    expect(matchDesignColumn('notes')).toBeNull();
  });
});

describe('aliasesOf(field)', () => {
  it('lists the accepted names with the canonical one first', () => {
    expect(aliasesOf('line')[0]).toBe('line');
    expect(aliasesOf('signal')).toContain('adj_volume_int');
  });
});
