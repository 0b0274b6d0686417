/** Every user-facing sentence of `blotbypass power`. */
export const powerMessages = {
  header: (minFold: number, alpha: number) =>
    `probability that a resistant-versus-sensitive difference in fraction of vehicle is called (>= ${Number(minFold.toPrecision(3))}x and p < ${alpha}), by biological replicates per model`,
  pairHeader: (line: string, versus: string, replicates: number, drugConditions: number) =>
    `${line} vs ${versus} (pilot: ${replicates} replicate${replicates === 1 ? '' : 's'}, ${drugConditions} drug condition${drugConditions === 1 ? '' : 's'}; the same design is assumed)`,
  footer: () => [
    'a difference exactly at the rule\'s fold is called at most half the time (its estimate falls below the fold as often as above); plan on the larger folds',
    'the residual SD comes from the pilot\'s blocked linear model and is itself uncertain with few df: plan for one replicate more when the pilot is small',
  ].join('\n'),
  nothing: () => 'no resistant model with a sensitive partner and a measured target: nothing to compute',
} as const;
