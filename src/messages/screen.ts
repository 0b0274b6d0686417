/** Every user-facing sentence of the report's screen view (many resistant models in one run). */
const count = (n: number) => n.toLocaleString('en-US');

export const screenMessages = {
  sectionOverview: () => 'screen overview',
  overviewIntro: (resistant: number, verdicts: number) =>
    `${count(resistant)} resistant models, ${count(verdicts)} verdicts. The counts per mechanism first, then the readouts of every model as a heat map, then every verdict in one table (click a column heading to sort).`,
  countsTitle: () => 'verdicts per mechanism',
  columnMechanism: () => 'mechanism',
  columnTotal: () => 'all',
  tableTitle: () => 'every verdict',
  columnModel: () => 'resistant model',
  columnVersus: () => 'versus',
  columnCondition: () => 'read at',
  columnConfidence: () => 'confidence',
  columnReplicates: () => 'replicates',
  columnFraction: (protein: string) => `p${protein} f`,
  tableNote: () => 'f: fraction of vehicle of the resistant model (phospho/total under drug over vehicle) where the verdict was read; the confidence intervals, the sensitive partner and every other condition are in comparisons.csv.',
  heatmapTitle: () => 'readouts of every resistant model',
  heatmapCaption: (suppressed: number, sustained: number) =>
    `Fraction of vehicle (phospho/total under drug over vehicle) of each resistant model and target where its verdict was read, printed in each cell and coloured by class: dark blue at or below ${suppressed} (suppressed), grey between, light orange at or above ${sustained} (sustained); white: not measured. Rows in the order of the table (by mechanism); the tooltip names the model.`,
  axisModel: () => 'resistant model',
  axisTarget: () => 'target',
  legendFraction: () => 'f',
  legendClass: () => 'f class',
  classSuppressed: (suppressed: number) => `suppressed (f ≤ ${suppressed})`,
  classPartial: () => 'partial',
  classSustained: (sustained: number) => `sustained (f ≥ ${sustained})`,
  classNotMeasured: () => 'not measured',
  chartedNote: (shown: number, total: number) =>
    `drawn for ${count(shown)} of ${count(total)} resistant models (one of each mechanism first, then in table order) and their sensitive partners, so the chart stays readable; every number of every model is in comparisons.csv, dose-responses.csv and normalized.csv, and the overview above covers them all.`,
} as const;
