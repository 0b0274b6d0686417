/**
 * Data at the boundary between `rules` and `report` for the follow-up experiment: each arm that is
 * not a TRK inhibitor alone, read on one readout against the arm it follows up. Field names are part
 * of the results.json contract (docs/follow-up.md).
 */

/** What an arm is (readArms.ts), as a follow-up. */
export type FollowUpKind = 'combination' | 'next-generation' | 'single-agent' | 'ligand-rescue';

/**
 * `restored`, `partial`, `not-restored`: a combination or next-generation TRK inhibitor in the
 * resistant model; `active`, `partial`, `inactive`: a single non-TRK agent on its own readout;
 * `rescued`, `partial`, `not-rescued`: a ligand with the TRK inhibitor in the sensitive model;
 * `inconclusive` for any of them.
 */
export type FollowUpOutcome = 'restored' | 'partial' | 'not-restored' | 'active' | 'inactive' | 'rescued' | 'not-rescued' | 'inconclusive';

/** Why a follow-up is inconclusive. */
export type FollowUpWithheld = 'too-few-replicates' | 'not-measured' | 'grey-zone' | 'interval-spans' | 'not-significant' | 'nothing-to-restore' | 'no-reference';

/** How the follow-up bears on the verdict of the arm it is compared with. */
export type FollowUpBearing = 'confirms' | 'contradicts' | 'neutral';

export interface ArmFraction {
  /** The arm's treatment as written and its dose and time. */
  arm: string;
  /** The arm's dose in nM; null when the input gives none. */
  dose_nM: number | null;
  /** Time on the arm in hours; null when the input gives none. */
  time_h: number | null;
  /** f = readout under the arm / under vehicle, with its interval (the blocked model's contrast). */
  fractionOfVehicle: number | null;
  /** Lower bound of the fraction's confidence interval at `settings.confidenceLevel`, on the fraction scale; null when not estimable. */
  ciLow: number | null;
  /** Upper bound of the same interval; null when not estimable. */
  ciHigh: number | null;
  /** Replicates in which both the arm's and the vehicle's lanes were measured (for the vehicle reference: the arm's). */
  n: number;
}

export interface FollowUp {
  /** The resistant model and its sensitive partner. */
  line: string;
  /** The resistant model's sensitive partner. */
  versus: string;
  /** The arm read (treatment as written), its dose and time. */
  arm: string;
  /** The arm's dose in nM; null when the input gives none. */
  dose_nM: number | null;
  /** Time on the arm in hours; null when the input gives none. */
  time_h: number | null;
  /** What the arm is: `combination` (a TRK inhibitor with another inhibitor), `next-generation` (a next-generation TRK inhibitor alone), `single-agent` (non-TRK inhibitors without a TRK inhibitor), `ligand-rescue` (a TRK inhibitor with a ligand). */
  kind: FollowUpKind;
  /** Each drug of the arm, as the drug table names it. */
  drugs: {
    /** The drug's name in the drug table (e.g. trametinib). */
    name: string;
    /** Its class id in the drug table (e.g. `mek`, `trk-next-generation`; docs/follow-up.md lists them). */
    class: string;
  }[];
  /** The model the question is asked in: the resistant one, or the sensitive one for a ligand rescue. */
  readIn: string;
  /** The arm it is compared with: the TRK inhibitor alone in the same model, or `vehicle` for a single agent. */
  comparedWith: string;
  /** The protein read (phospho/total): ERK for a MAPK bypass, TRK for a next-generation inhibitor... */
  readout: string;
  /** The readout the follow-up's outcome and bearing rest on (the first of the arm); others add detail. */
  primary: boolean;
  /** The answer: `restored`/`partial`/`not-restored` (combination, next-generation), `active`/`partial`/`inactive` (single agent), `rescued`/`partial`/`not-rescued` (ligand rescue), or `inconclusive`. */
  outcome: FollowUpOutcome;
  /** Only when `outcome` is inconclusive: why (`too-few-replicates`, `not-measured`, `grey-zone`, `interval-spans`, `not-significant`, `nothing-to-restore`, `no-reference`). */
  withheld?: FollowUpWithheld;
  /** The arm in the resistant model: its fraction of vehicle (null when that model was not treated with it). */
  resistant: ArmFraction | null;
  /** The same arm in the sensitive model (null when it was not treated with it). */
  sensitive: ArmFraction | null;
  /** The arm compared with, in `readIn` (for a single agent the vehicle, f = 1 by definition). */
  reference: ArmFraction;
  /** log2(f arm / f reference) in `readIn`, from the blocked model; null for a single agent (read on f alone). */
  difference: {
    /** log2(f arm / f reference); null when not estimable. */
    log2Ratio: number | null;
    /** Lower bound of its confidence interval at `settings.confidenceLevel`, on log2; null when not estimable. */
    ciLow: number | null;
    /** Upper bound of the same interval, on log2; null when not estimable. */
    ciHigh: number | null;
    /** Two-sided p-value of the difference against 0 (unadjusted); null when not estimable. */
    p: number | null;
  } | null;
  /** How the outcome bears on the verdict it follows up: `confirms`, `contradicts` or `neutral`. */
  bears: FollowUpBearing;
  /** The verdict it bears on (line, treatment, dose, time of that verdict), null when none was given. */
  verdict: {
    /** The verdict's treatment (the TRK inhibitor alone), as written. */
    treatment: string;
    /** The verdict's dose in nM; null for a dose series or when none is given. */
    dose_nM: number | null;
    /** The verdict's time in hours; null for a time course or when none is given. */
    time_h: number | null;
    /** The verdict's mechanism code, as in `verdicts[].mechanism`. */
    mechanism: string;
  } | null;
  /** The outcome in one sentence, with its numbers. */
  sentence: string;
}

/** A verdict's list of the follow-ups bearing on it. */
export interface FollowUpLink {
  /** The follow-up arm's treatment, as written. */
  arm: string;
  /** The arm's dose in nM; null when the input gives none. */
  dose_nM: number | null;
  /** Time on the arm in hours; null when the input gives none. */
  time_h: number | null;
  /** The protein read (phospho/total), e.g. ERK. */
  readout: string;
  /** The follow-up's outcome, as in `followUps[].outcome`. */
  outcome: FollowUpOutcome;
  /** How it bears on this verdict: `confirms`, `contradicts` or `neutral`. */
  bears: FollowUpBearing;
}
