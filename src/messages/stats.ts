/** Every user-facing sentence of the statistics stage. */
export const statsMessages = {
  unpairedReplicates: (count: number, what: string, target: string, resistant: string, sensitive: string) =>
    `${count} ${what} value${count > 1 ? 's' : ''} of ${target} in ${resistant} vs ${sensitive} had no partner in the same replicate and ${count > 1 ? 'were' : 'was'} left out of the paired test`,
  tooFewForTest: (what: string, target: string, resistant: string, sensitive: string, n: number) =>
    `${what} of ${target}, ${resistant} vs ${sensitive}: ${n < 2 ? `n = ${n} per model is too few for a t-test` : 'no spread between replicates'}; statistics are null`,
  estimateOnly: (target: string, resistant: string, sensitive: string) =>
    `${target}, ${resistant} vs ${sensitive}: every condition has a single lane, so the linear model has no residual degrees of freedom; estimates are given without intervals or p values (descriptive only)`,
  notEstimable: (what: string, target: string, resistant: string, sensitive: string) =>
    `${what} of ${target}, ${resistant} vs ${sensitive} cannot be estimated: the lanes it needs were never measured in a shared replicate and membrane; statistics are null`,
  noMatchedVehicle: (line: string, target: string, drugTime: number | null) =>
    `${line}, ${target}: no vehicle lane at ${drugTime ?? 'no'} h although the design has vehicles at that time elsewhere; the fraction of vehicle at ${drugTime ?? 'no'} h is not computed (add the time-matched vehicle lanes)`,
  // Dose-response curves (doseResponses.ts): the `reason` of a curve that is not plainly fitted.
  curveNoVehicle: () => 'no vehicle lane at this time: the curve has no 100 % to start from',
  curveTooFewPoints: (n: number, params: number) => `${n} lanes for ${params} parameters: too few to fit a curve (add replicates)`,
  curveDidNotConverge: () => 'the fit did not converge',
  curveAboveRange: (maxDose: number) => `the IC50 lies above the highest dose (> ${maxDose} nM)`,
  curveNotHalved: (maxDose: number, atTop: number) => `the signal is still at ${Math.round(atTop * 100)} % of vehicle at the highest dose (${maxDose} nM): never halved`,
  curveBelowRange: (minDose: number) => `the IC50 lies below the lowest dose (${minDose} nM): extrapolated, its interval is wide`,
  curveNoInterval: () => 'the data do not bound the IC50 on both sides: its interval is open',
} as const;
