export { benjaminiHochberg } from './benjaminiHochberg.js';
export { geometricMeanInterval } from './geometricMeanInterval.js';
export { holm } from './holm.js';
export { log2MeanInterval } from './log2MeanInterval.js';
export { pairedT } from './pairedT.js';
export { tCritical, twoSidedTPValue } from './studentT.js';
export { welchT } from './welchT.js';
export type { GeometricMeanInterval, Log2MeanInterval, TTestResult } from './types.js';
