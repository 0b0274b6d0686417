/**
 * LI-COR Empiria Studio: the analysis table. `Signal` is the background-subtracted band signal;
 * Empiria's own `Normalized Signal` columns are not used: blotbypass normalises itself, and says how.
 */
import { hasKeys, readExportColumns } from './exportColumns.js';
import type { VendorFormat } from './types.js';

export const empiria: VendorFormat = {
  name: 'empiria',
  detect: (keys) => hasKeys(keys, ['signal'], ['normalized_signal', 'avg_norm_signal']),
  read: (table, context) => readExportColumns(table, context, {
    lane: ['lane', 'lane_number', 'lane_name', 'lane_no', 'name'],
    signal: ['signal'],
    target: ['target', 'target_name', 'protein', 'antibody'],
    channel: ['channel'],
    image: ['image_name', 'image'],
  }),
};
