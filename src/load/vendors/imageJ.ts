/**
 * ImageJ / Fiji: the Gel Analyzer results (`Area`, `Percent`, one row per lane in the order the lanes
 * were selected) and Measure results (`IntDen` / `RawIntDen`, one row per region). Saved results start
 * with an unnamed row-number column, which is taken as the lane number.
 */
import { hasKeys, readExportColumns } from './exportColumns.js';
import type { VendorFormat } from './types.js';

/** `blot.tif:0001-0123` or `blot.tif` -> `blot`: the image a region was measured on. */
function imageOfLabel(label: string): string {
  const image = label.split(':')[0] ?? label;
  return image.replace(/\.(tiff?|png|jpe?g|gif|bmp|scn|1sc)$/i, '') || label;
}

export const imageJGel: VendorFormat = {
  name: 'imagej-gel',
  detect: (keys) => hasKeys(keys, ['area', 'percent']) && !keys.includes('cap'),
  read: (table, context) => readExportColumns(table, context, { lane: 'row-number', signal: ['area'] }),
};

export const imageJMeasure: VendorFormat = {
  name: 'imagej-measure',
  detect: (keys) => hasKeys(keys, [], ['intden', 'rawintden'], ['area', 'mean', 'label']),
  read: (table, context) => readExportColumns(table, context, {
    lane: 'row-number',
    signal: ['intden', 'rawintden'],
    uncorrected: ['intden', 'rawintden'],
    image: ['label'],
    imageName: imageOfLabel,
  }),
};
