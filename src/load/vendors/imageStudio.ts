/**
 * LI-COR Image Studio: the shapes (signal) table. One row per shape and channel; in two-colour
 * scans the phospho and total antibodies sit in the same lane, told apart by `Channel` (700 / 800).
 * `Signal` is already background-corrected (Total - Bkgnd. x Area).
 */
import { hasKeys, readExportColumns } from './exportColumns.js';
import type { VendorFormat } from './types.js';

export const imageStudio: VendorFormat = {
  name: 'imagestudio',
  detect: (keys) => hasKeys(keys, ['signal'], ['bkgnd', 'bkgnd_std_dev', 'total'], ['name', 'lane_name', 'lane']) && !keys.includes('normalized_signal'),
  read: (table, context) => readExportColumns(table, context, {
    lane: ['lane_name', 'lane', 'name'],
    signal: ['signal'],
    target: ['target', 'antibody'],
    channel: ['channel'],
    image: ['image_name', 'image'],
  }),
};
