/**
 * Every number the analysis rests on, in one place, with its default. Each is overridable from the
 * command line and printed in results.json and the report, so a reader knows what was used.
 */

export interface ModelPair {
  /** The resistant model (cell line) as named in the input. */
  resistant: string;
  /** Its sensitive (parental) partner as named in the input. */
  sensitive: string;
}

export interface AnalysisSettings {
  /** Loading control to normalise to (a label such as GAPDH); null picks one per membrane (total-protein stain first). */
  loadingControl: string | null;
  /** Signals at or above this value are saturated (e.g. 65535 for 16-bit images); null = only the `saturated` column. */
  saturation: number | null;
  /** Keep saturated bands in the analysis (flagged) instead of leaving them out. */
  keepSaturated: boolean;
  /** A lane's loading control more than this fold from its membrane's median is flagged. */
  loadingDriftFold: number;
  /** A vehicle (reference) lane whose phospho signal is below this fraction of the membrane median for that target is weak. */
  weakReferenceFraction: number;
  /** Confidence level of every interval. */
  confidenceLevel: number;
  /** Resistant -> sensitive pairs given by the user; other resistant models are paired automatically. */
  pairs: ModelPair[];
  /**
   * The test behind resistant-versus-sensitive differences: `linear-model` (blocked linear model,
   * the default), or `paired` / `welch` per-replicate t-tests for protocols that prescribe them.
   */
  test: 'linear-model' | 'paired' | 'welch';
}

export const DEFAULT_SETTINGS: Readonly<AnalysisSettings> = Object.freeze({
  loadingControl: null,
  saturation: null,
  keepSaturated: false,
  loadingDriftFold: 1.5,
  weakReferenceFraction: 0.1,
  confidenceLevel: 0.95,
  pairs: [],
  test: 'linear-model',
});
