import { describe, expect, it } from 'vitest';
import { isVehicle, parseFlag, parseStatus, withSecondDrug } from '../../src/load/designValues.js';

describe('parseStatus(cell)', () => {
  it('reads sensitive and resistant spellings', () => {
    for (const s of ['sensitive', 'Parental', 'S', 'wild type', ' naive ']) expect(parseStatus(s), s).toBe('sensitive');
    for (const s of ['resistant', 'R', 'Acquired resistance', 'post-treatment']) expect(parseStatus(s), s).toBe('resistant');
  });

  it('returns null for anything else', () => {
    expect(parseStatus('')).toBeNull();
    expect(parseStatus('intermediate')).toBeNull();
  });
});

describe('isVehicle(treatment, dose_nM)', () => {
  it('recognises DMSO, vehicle, control and untreated whatever the case', () => {
    for (const t of ['DMSO', 'dmso', 'Vehicle', 'control', 'Ctrl', 'untreated', 'Vehicle (DMSO)', 'no drug']) {
      expect(isVehicle(t, null), t).toBe(true);
    }
  });

  it('recognises a dose of 0 whatever the treatment is called', () => {
    expect(isVehicle('larotrectinib', 0)).toBe(true);
  });

  it('does not call a drug lane vehicle', () => {
    expect(isVehicle('larotrectinib', 100)).toBe(false);
    expect(isVehicle('larotrectinib', null)).toBe(false);
    expect(isVehicle('DMSO-washout + entrectinib', 10)).toBe(false);
  });
});

describe('parseFlag(cell)', () => {
  it('reads yes/no spellings, empty as no, and anything else as null', () => {
    for (const c of ['yes', 'TRUE', '1', 'x', 'saturated']) expect(parseFlag(c), c).toBe(true);
    for (const c of ['no', 'false', '0', '', 'NA']) expect(parseFlag(c), c).toBe(false);
    expect(parseFlag('maybe')).toBeNull();
  });
});

describe('withSecondDrug(treatment, second)', () => {
  it('joins two drugs with " + ", and leaves out an empty or vehicle part', () => {
    expect(withSecondDrug('larotrectinib', 'trametinib')).toBe('larotrectinib + trametinib');
    expect(withSecondDrug('larotrectinib', '')).toBe('larotrectinib');
    expect(withSecondDrug('larotrectinib', undefined)).toBe('larotrectinib');
    expect(withSecondDrug('larotrectinib', 'DMSO')).toBe('larotrectinib');
    expect(withSecondDrug('DMSO', 'trametinib')).toBe('trametinib');
    expect(withSecondDrug('', 'trametinib')).toBe('trametinib');
  });
});
