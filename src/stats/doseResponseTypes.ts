/**
 * Dose-response curves at the boundary between `stats` and `rules`: results.json `doseResponses`
 * (schemaVersion 2.1). One element per model x treatment x time x target with a dose series (at
 * least three doses besides the vehicle).
 */

/**
 * - `fitted`: the curve falls, its IC50 lies within (or below) the doses tested;
 * - `not-reached`: the IC50 lies above the highest dose, or the signal does not fall (shown as "> max dose");
 * - `no-fit`: no curve could be fitted (`reason` says why).
 */
export type DoseResponseStatus = 'fitted' | 'not-reached' | 'no-fit';

/** An estimate with its confidence interval (the settings' level). */
export interface EstimateInterval {
  /** The estimate; null when not estimable (or, for an IC50, unless the curve is `fitted`). */
  estimate: number | null;
  /** Lower bound of the interval at `settings.confidenceLevel`; null when the data do not bound it on that side. */
  ciLow: number | null;
  /** Upper bound of the interval at `settings.confidenceLevel`; null when the data do not bound it on that side. */
  ciHigh: number | null;
}

export interface DoseResponse {
  /** The model (cell line). */
  line: string;
  /** The drug as written in the input. */
  treatment: string;
  /** Time on drug in hours; null when the input gives none. */
  time_h: number | null;
  /** The protein (TRK, ERK, ...) whose phospho/total ratio the curve describes. */
  target: string;
  /** `fitted` (IC50 within or below the doses), `not-reached` (IC50 above the highest dose, or no fall) or `no-fit` (see `reason`). */
  status: DoseResponseStatus;
  /** Why the status is not plainly `fitted` (not reached, no fit, extrapolated, interval not estimable); null otherwise. */
  reason: string | null;
  /** The drug doses of the series (the vehicle is dose 0 and not listed). */
  doses_nM: number[];
  /** Relative IC50 (half-way between top and bottom), profile-likelihood interval. Null estimate unless `fitted`. */
  ic50_nM: EstimateInterval;
  /** The curve's IC50 parameter as fitted, also where it is not reached (above the doses; for drawing the curve). */
  fittedIc50_nM: number | null;
  /** The fitted Hill slope (0.2-10); null when no curve was fitted. */
  hill: number | null;
  /** Fraction of vehicle the curve levels off at. */
  bottom: number | null;
  /** Fixed at 1: the vehicle lanes define 100 %. */
  top: number;
  /** Lanes in the fit (vehicle lanes included) and biological replicates behind them. */
  n: number;
  /** Biological replicates behind the lanes in the fit. */
  replicates: number;
  /** The fitted fraction of vehicle at the highest dose. */
  fractionAtTopDose: number | null;
  /** Resistant models: the sensitive partner and the IC50 fold shift (resistant / sensitive). */
  versus?: string;
  /** Resistant models only: the IC50 fold shift over the partner (resistant / sensitive), with the profile-likelihood interval of a joint fit of both curves. */
  ic50Fold?: EstimateInterval & {
    /** When the resistant curve is not reached: the shift is at least (highest dose / partner's IC50). */
    atLeast: number | null;
  };
}
