/**
 * The names `--format` accepts, in the order `blotbypass formats` lists them. Kept apart from the
 * format registry (formats.ts, which loads every importer and the CSV parser) so that building the
 * command line costs next to nothing: `blotbypass --version` answers as fast as Node starts.
 * tests/load/formatNames.test.ts checks that this list is the registry's.
 */
export const FORMAT_NAMES: readonly string[] = Object.freeze([
  'long', 'wide', 'compass', 'imagelab-bands', 'imagelab-lanes', 'empiria', 'imagestudio', 'ibright', 'imagej-measure', 'imagej-gel',
]);
