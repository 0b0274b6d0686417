import { describe, expect, it } from 'vitest';
import { headerKey } from '../../../src/load/designColumns.js';
import { loadFile } from '../../../src/load/loadFile.js';
import { iBright } from '../../../src/load/vendors/iBright.js';
import { LAYOUT_8, vendorFixture } from './fixtures.js';

describe('iBright', () => {
  it('detect(keys) needs Local Background Corrected Volume', () => {
    expect(iBright.detect(['lane', 'band', 'volume', headerKey('Local Background Corrected Volume')])).toBe(true);
    expect(iBright.detect(['lane', 'band', 'volume', 'density'])).toBe(false);
  });

  it('loadFile reads Local Background Corrected Volume, not Volume, with --target', () => {
    const f = loadFile(vendorFixture('ibright/bands.csv'), { layout: LAYOUT_8(), target: ['pERK'] });
    expect(f).toMatchObject({ layout: 'ibright', rows: 8 });
    // Row 2 of the file: Volume 48537, Local Background Corrected Volume 41250.
    expect(f.bands[0]).toMatchObject({ lane: '1', signal: 41250, at: { row: 2, column: 'Local Background Corrected Volume' } });
    expect(f.bands.map((b) => b.target.label)).toEqual(Array(8).fill('pERK'));
  });
});
