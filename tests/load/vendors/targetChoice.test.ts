import { describe, expect, it } from 'vitest';
import { assignTargets, channelKey, fileMatches, parseTargetOptions } from '../../../src/load/vendors/targetChoice.js';
import type { VendorRow } from '../../../src/load/vendors/types.js';
import { inputErrorOf } from '../../helpers/inputs.js';

const row = (extra: Partial<VendorRow> = {}): VendorRow => ({ at: { file: 'x.csv', row: 2 }, membrane: null, lane: '1', signal: 1, ...extra });
const labels = (rows: VendorRow[], options: Parameters<typeof assignTargets>[2], file = 'dir/M1_pERK.csv') =>
  assignTargets(file, rows, options).map((t) => t.label);

describe('assignTargets(file, rows, options)', () => {
  it('precedence: --channel, then --target FILE=, then the export label, then --target', () => {
    const rows = [row({ channel: '800', targetLabel: 'A' }), row({ targetLabel: 'B' }), row()];
    expect(labels(rows, { channel: ['800=pERK'], target: ['GAPDH'] })).toEqual(['pERK', 'B', 'GAPDH']);
    expect(labels(rows, { target: ['M1_pERK.csv=ERK', 'GAPDH'] })).toEqual(['ERK', 'ERK', 'ERK']);
  });

  it('resolves each distinct name once: rows share one TargetIdentity object', () => {
    const out = assignTargets('x.csv', [row(), row(), row()], { target: ['pERK'] });
    expect(out[0]).toBe(out[2]);
    expect(out[0]).toEqual({ label: 'pERK', protein: 'ERK', form: 'phospho', known: true });
  });

  it('with no label and no option, says how to name the target', () => {
    const error = inputErrorOf(() => assignTargets('x.csv', [row()], {}));
    expect(error.format()).toBe('x.csv:2: no target for the bands of this export: it does not name the antibody - say which antibody the file shows with --target pERK (or --target FILE=pERK when files differ)');
  });

  it('one --target cannot name two channels', () => {
    const error = inputErrorOf(() => assignTargets('x.csv', [row({ channel: '700' }), row({ channel: '800' })], { target: ['pERK'] }));
    expect(error.code).toBe('no-target');
  });
});

describe('parseTargetOptions(options)', () => {
  it('rejects malformed values', () => {
    expect(inputErrorOf(() => parseTargetOptions({ target: ['a=b=c'] })).message).toBe('--target must be a name or FILE=NAME, got "a=b=c"');
    expect(inputErrorOf(() => parseTargetOptions({ target: ['pERK', 'ERK'] })).message).toBe('--target is given twice for the same files: "pERK" and "ERK"');
    expect(inputErrorOf(() => parseTargetOptions({ channel: ['800'] })).message).toBe('--channel must look like 800=pERK, got "800"');
  });
});

describe('channelKey(channel) and fileMatches(spec, file)', () => {
  it('channels compare by wavelength', () => {
    expect(['800', 'IR800', '800 nm', 'Channel 800', '800CW'].map(channelKey)).toEqual(Array(5).fill('800'));
    expect(channelKey('CHEMI')).toBe('chemi');
  });

  it('a file spec matches the path, the base name, or the base name without extension', () => {
    expect(['data/M1.csv', 'M1.csv', 'M1', 'data\\M1.csv'].map((s) => fileMatches(s, 'data/M1.csv'))).toEqual([true, true, true, true]);
    expect(['M1.txt', 'M', 'ata/M1.csv'].map((s) => fileMatches(s, 'data/M1.csv'))).toEqual([false, false, false]);
  });
});
