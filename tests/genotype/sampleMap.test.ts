import { describe, expect, it } from 'vitest';
import { InputError, InputErrors } from '../../src/errors.js';
import { matchSamples, readSampleMap, sampleKey } from '../../src/genotype/sampleMap.js';

const text = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });
const at = (row: number) => ({ file: 'v.maf', row });
const models = ['KM12', 'KM12-LR'];

describe('sampleKey(name)', () => {
  it('ignores case and punctuation', () => {
    expect(sampleKey('KM12-LR')).toBe(sampleKey('km12_lr'));
    expect(sampleKey('KM12 LR')).toBe('km12lr');
    expect(sampleKey('KM12-LR')).not.toBe(sampleKey('KM12'));
  });
});

describe('matchSamples(samples, models, map)', () => {
  it('matches by exact name, then by loose name', () => {
    const { matches, warnings } = matchSamples([{ sample: 'KM12', at: at(2), variants: 1 }, { sample: 'km12_lr', at: at(3), variants: 2 }], models, null);
    expect(matches.map((s) => [s.sample, s.line, s.matchedBy])).toEqual([['KM12', 'KM12', 'exact'], ['km12_lr', 'KM12-LR', 'normalised']]);
    expect(warnings).toEqual([]);
  });

  it('reports a sample that matches no model, with its file:row', () => {
    const { matches, warnings } = matchSamples([{ sample: 'HCT116-ctrl', at: at(14), variants: 1 }], models, null);
    expect(matches[0]).toMatchObject({ line: null, matchedBy: null });
    expect(warnings).toEqual([{
      code: 'unmatched-sample',
      message: 'sample "HCT116-ctrl" matches no model of the blots (KM12, KM12-LR); its 1 variant was left out - name it as the blot files do, or map it with --sample-map (columns sample,line)',
      at: at(14),
    }]);
  });

  it('refuses to guess between models that differ only in punctuation', () => {
    const { matches, warnings } = matchSamples([{ sample: 'km12lr', at: at(2), variants: 1 }], ['KM12-LR', 'KM12_LR'], null);
    expect(matches[0]!.line).toBeNull();
    expect(warnings[0]!.code).toBe('ambiguous-sample');
  });

  it('uses the sample map first', () => {
    const map = readSampleMap(text('map.csv', 'sample,line\nT-0042,KM12-LR\nP-0001,km12\n'));
    const { matches, warnings } = matchSamples([{ sample: 'T-0042', at: at(2), variants: 3 }, { sample: 'P-0001', at: at(3), variants: 1 }], models, map);
    expect(matches.map((s) => [s.sample, s.line, s.matchedBy])).toEqual([['T-0042', 'KM12-LR', 'sample-map'], ['P-0001', 'KM12', 'sample-map']]);
    expect(warnings).toEqual([]);
  });

  it('warns when the map sends a sample to a model the blots do not have', () => {
    const map = readSampleMap(text('map.csv', 'sample,line\nT-0042,KM12-XR\n'));
    const { matches, warnings } = matchSamples([{ sample: 'T-0042', at: at(2), variants: 3 }], models, map);
    expect(matches[0]!.line).toBeNull();
    expect(warnings).toEqual([expect.objectContaining({ code: 'sample-map-unknown-line', at: { file: 'map.csv', row: 2 } })]);
  });

  it('takes a mapped sample with no variant rows as sequenced with nothing found, and says so', () => {
    const map = readSampleMap(text('map.csv', 'sample,line\nclean-1,KM12-LR\n'));
    const { matches, warnings } = matchSamples([{ sample: 'clean-1', at: { file: 'map.csv', row: 2 }, variants: 0 }], models, map);
    expect(matches[0]).toMatchObject({ line: 'KM12-LR', matchedBy: 'sample-map' });
    expect(warnings[0]!.code).toBe('sample-without-variants');
  });
});

describe('readSampleMap(input)', () => {
  it('reads sample,line with aliases for the headers', () => {
    const map = readSampleMap(text('map.tsv', 'Tumor_Sample_Barcode\tModel\nT1\tKM12-LR\n\nT2\tKM12\n'));
    expect(map.entries).toEqual([
      { sample: 'T1', line: 'KM12-LR', at: { file: 'map.tsv', row: 2 } },
      { sample: 'T2', line: 'KM12', at: { file: 'map.tsv', row: 4 } },
    ]);
  });

  it('refuses a map without the two columns', () => {
    expect(() => readSampleMap(text('map.csv', 'a,b\nT1,KM12\n'))).toThrow(InputError);
  });

  it('collects empty cells and a sample mapped to two models, located by row', () => {
    try {
      readSampleMap(text('map.csv', 'sample,line\nT1,\nT2,KM12\nT2,KM12-LR\n'));
      throw new Error('expected errors');
    } catch (error) {
      expect(error).toBeInstanceOf(InputErrors);
      expect((error as InputErrors).errors.map((e) => [e.code, e.at?.row])).toEqual([['sample-map-empty-cell', 2], ['sample-map-conflict', 4]]);
    }
  });
});
