/**
 * ProteinSimple Compass for Simple Western (Jess, Wes, Peggy Sue): the peak table. One row per peak
 * and capillary; the capillary is the lane and `Area` the signal. The biotinylated ladder
 * (`Biot. Ladder`, peaks named `Ldr 12` ...) and `Standard` capillaries are left out and counted.
 */
import { hasKeys, readExportColumns } from './exportColumns.js';
import type { VendorFormat } from './types.js';

const LADDER_SAMPLE = /ladder/i;
const LADDER_PEAK = /^ldr\b/i;
const STANDARD_SAMPLE = /^standards?\b/i;

export const compass: VendorFormat = {
  name: 'compass',
  detect: (keys) => hasKeys(keys, ['sample', 'area'], ['cap', 'capillary'], ['peak', 'mw_kda', 'position']),
  read: (table, context) => readExportColumns(table, context, {
    lane: ['cap', 'capillary'],
    signal: ['area'],
    // A named peak says which protein it is; otherwise the capillary's primary antibody does.
    target: ['name', 'primary'],
    channel: ['channel'],
    skip: (cell) => {
      if (LADDER_SAMPLE.test(cell('sample')) || LADDER_PEAK.test(cell('name'))) return 'ladder';
      if (STANDARD_SAMPLE.test(cell('sample'))) return 'standard';
      return null;
    },
  }),
};
