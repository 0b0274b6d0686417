/**
 * Thermo Fisher iBright Analysis Software: the band analysis table, read from
 * `Local Background Corrected Volume`.
 */
import { hasKeys, readExportColumns } from './exportColumns.js';
import type { VendorFormat } from './types.js';

export const iBright: VendorFormat = {
  name: 'ibright',
  detect: (keys) => hasKeys(keys, ['local_background_corrected_volume']),
  read: (table, context) => readExportColumns(table, context, {
    lane: ['lane', 'lane_number', 'lane_no', 'lane_name'],
    signal: ['local_background_corrected_volume'],
    target: ['band_label', 'label', 'target', 'band_name'],
    channel: ['channel'],
    image: ['image_name', 'image'],
  }),
};
