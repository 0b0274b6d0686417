/** The progress line `blotbypass analyze` draws on a terminal during a long run. */

const STAGE_LABELS: Readonly<Record<string, string>> = {
  load: 'reading',
  normalize: 'normalising',
  compare: 'comparing models',
  curves: 'fitting dose-response curves',
  rules: 'applying the rules',
  genotype: 'matching variants',
  report: 'drawing the report',
  write: 'writing the outputs',
};

export const progressMessages = {
  /** `blotbypass: reading file 2 of 3 (4.1 s)`; single-unit stages name only the stage. */
  line: (stage: string, done: number, total: number, seconds: number): string => {
    const label = STAGE_LABELS[stage] ?? stage;
    const part = total > 1 ? ` ${stage === 'load' ? 'file ' : ''}${Math.min(done + 1, total)} of ${total}` : '';
    return `blotbypass: ${label}${part} (${seconds.toFixed(1)} s)`;
  },
};
