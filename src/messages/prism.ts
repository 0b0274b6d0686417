/** The words of prism.pzfx (report/prism/): its project notes and column titles. */
export const prismMessages = {
  infoTitle: () => 'blotbypass analysis',
  notesIntro: (version: string) =>
    `Written by blotbypass ${version} from normalized.csv: every value is one lane's normalised number, unchanged. Column tables: one column per model and condition, one row per biological replicate. XY tables: dose in nM as X (vehicle 0), one data set per model, replicates as sub-columns.`,
  tableNote: (title: string, column: string) => `${title}: normalized.csv column ${column}${column === 'ratioVsReference' ? ' (ratio / the sensitive partner\'s vehicle lane in the same replicate)' : ' (ratio / the same model\'s vehicle lane in the same replicate)'}`,
  doseTitle: () => 'dose (nM)',
} as const;
