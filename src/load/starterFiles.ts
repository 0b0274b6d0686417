/**
 * `blotbypass template`: a starter lane layout sheet and a starter long-layout table for a new
 * experiment (a sensitive model and its resistant derivative, vehicle vs drug, three replicates: a
 * verdict needs three).
 * Pure: returns file names and text; the CLI writes them.
 */

export interface StarterFile {
  name: string;
  text: string;
}

export const LAYOUT_TEMPLATE_NAME = 'layout.csv';
export const LONG_TEMPLATE_NAME = 'bands-long.csv';

const DESIGN_HEADER = ['lane', 'line', 'status', 'treatment', 'dose_nM', 'time_h', 'replicate'];
const TEMPLATE_TARGETS = ['pTRK (Y490)', 'TRK', 'pERK1/2', 'ERK1/2', 'GAPDH'];

/** Lane 1..12: KM12 / KM12-LR x DMSO / larotrectinib 100 nM, 2 h, replicates 1 to 3. */
function starterLanes(): string[][] {
  const lanes: string[][] = [];
  for (const replicate of ['1', '2', '3']) {
    for (const [line, status] of [['KM12', 'sensitive'], ['KM12-LR', 'resistant']] as const) {
      for (const [treatment, dose] of [['DMSO', '0'], ['larotrectinib', '100']] as const) {
        lanes.push([String(lanes.length + 1), line, status, treatment, dose, '2', replicate]);
      }
    }
  }
  return lanes;
}

const csv = (rows: readonly (readonly string[])[]): string => `${rows.map((r) => r.join(',')).join('\n')}\n`;

export function starterFiles(): StarterFile[] {
  const lanes = starterLanes();
  const long = lanes.flatMap((lane) => TEMPLATE_TARGETS.map((target) => ['M1', ...lane, target, '']));
  return [
    { name: LAYOUT_TEMPLATE_NAME, text: csv([DESIGN_HEADER, ...lanes]) },
    { name: LONG_TEMPLATE_NAME, text: csv([['blot', ...DESIGN_HEADER, 'target', 'signal'], ...long]) },
  ];
}
