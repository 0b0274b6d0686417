/**
 * Bio-Rad Image Lab: the Lane and Bands table (one row per band) and the lane analysis table
 * (one row per lane, with two preamble lines before the header). Workbooks saved as CSV put the
 * Lane and Bands columns side by side in repeated blocks; each block is read.
 */
import { hasKeys, readExportColumns } from './exportColumns.js';
import type { VendorFormat } from './types.js';

export const imageLabBands: VendorFormat = {
  name: 'imagelab-bands',
  detect: (keys) => hasKeys(keys, ['lane', 'band_no'], ['adj_volume_int', 'volume_int', 'adj_volume']),
  read: (table, context) => readExportColumns(table, context, {
    lane: ['lane'],
    signal: ['adj_volume_int', 'adj_volume', 'volume_int'],
    uncorrected: ['volume_int'],
    target: ['band_label'],
    repeatingBlocks: true,
  }),
};

export const imageLabLanes: VendorFormat = {
  name: 'imagelab-lanes',
  detect: (keys) => hasKeys(keys, [], ['lane_no', 'lane_number'], ['adj_total_band_vol_int', 'total_band_vol_int', 'adj_vol_int']),
  read: (table, context) => readExportColumns(table, context, {
    lane: ['lane_no', 'lane_number', 'lane'],
    signal: ['adj_total_band_vol_int', 'adj_vol_int', 'total_band_vol_int'],
    uncorrected: ['total_band_vol_int'],
    target: ['band_label', 'lane_label'],
  }),
};
