import { describe, expect, it } from 'vitest';
import { comparePartner, DEFAULT_SELECTED_SUBCLONE_MIN_FOLD } from '../../src/genotype/subclones.js';

const braf = (vaf: number | null) => ({ gene: 'BRAF', proteinChange: 'p.V600E', class: 'mapk-driver', vaf });

describe('comparePartner(variant, partner, minFold)', () => {
  it('BRAF V600E at VAF 0.05 in the parental and 0.40 in the resistant line: 8-fold, a selected subclone', () => {
    const c = comparePartner(braf(0.4), [braf(0.05)], DEFAULT_SELECTED_SUBCLONE_MIN_FOLD);
    expect(c).toMatchObject({ acquired: false, partnerVaf: 0.05, selected: true });
    expect(c.vafFold).toBeCloseTo(8, 12);
  });

  it('an equal VAF in both lines is background: not selected', () => {
    // panel.maf: BRAF V600E 54/120 in KM12-LR and 50/110 in KM12
    expect(comparePartner(braf(54 / 120), [braf(50 / 110)], 4)).toMatchObject({ acquired: false, selected: false });
  });

  it('a rise of exactly the threshold counts, although 0.3 / 0.1 is 2.9999999999999996 in floating point', () => {
    expect(0.3 / 0.1).toBeLessThan(3);
    expect(comparePartner(braf(0.3), [braf(0.1)], 3).selected).toBe(true);
    expect(comparePartner(braf(0.29), [braf(0.1)], 3).selected).toBe(false);
  });

  it('a rise from VAF 0 (below detection) counts as selected, with no fold', () => {
    expect(comparePartner(braf(0.2), [braf(0)], 4)).toEqual({ acquired: false, partnerVaf: 0, vafFold: null, selected: true });
  });

  it('takes the threshold given (a 10-fold minimum leaves 8-fold unselected)', () => {
    expect(comparePartner(braf(0.4), [braf(0.05)], 10).selected).toBe(false);
  });

  it('cannot tell without both allele frequencies: selected null, not counted', () => {
    expect(comparePartner(braf(null), [braf(0.05)], 4)).toEqual({ acquired: false, partnerVaf: 0.05, vafFold: null, selected: null });
    expect(comparePartner(braf(0.4), [braf(null)], 4)).toEqual({ acquired: false, partnerVaf: null, vafFold: null, selected: null });
  });

  it('is acquired when the partner lacks it, and unknown when the partner was not sequenced', () => {
    expect(comparePartner(braf(0.4), [{ ...braf(0.3), proteinChange: 'p.V600K' }], 4)).toEqual({ acquired: true, partnerVaf: null, vafFold: null, selected: null });
    expect(comparePartner(braf(0.4), undefined, 4)).toEqual({ acquired: null, partnerVaf: null, vafFold: null, selected: null });
  });
});
