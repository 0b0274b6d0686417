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
  dose_nM: number | null;
  time_h: number | null;
  /** f = readout under the arm / under vehicle, with its interval (the blocked model's contrast). */
  fractionOfVehicle: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
}

export interface FollowUp {
  /** The resistant model and its sensitive partner. */
  line: string;
  versus: string;
  /** The arm read (treatment as written), its dose and time. */
  arm: string;
  dose_nM: number | null;
  time_h: number | null;
  kind: FollowUpKind;
  drugs: { name: string; class: string }[];
  /** The model the question is asked in: the resistant one, or the sensitive one for a ligand rescue. */
  readIn: string;
  /** The arm it is compared with: the TRK inhibitor alone in the same model, or `vehicle` for a single agent. */
  comparedWith: string;
  /** The protein read (phospho/total): ERK for a MAPK bypass, TRK for a next-generation inhibitor... */
  readout: string;
  /** The readout the follow-up's outcome and bearing rest on (the first of the arm); others add detail. */
  primary: boolean;
  outcome: FollowUpOutcome;
  withheld?: FollowUpWithheld;
  /** The arm in the resistant model: its fraction of vehicle (null when that model was not treated with it). */
  resistant: ArmFraction | null;
  /** The same arm in the sensitive model (null when it was not treated with it). */
  sensitive: ArmFraction | null;
  /** The arm compared with, in `readIn` (for a single agent the vehicle, f = 1 by definition). */
  reference: ArmFraction;
  /** log2(f arm / f reference) in `readIn`, from the blocked model; null for a single agent (read on f alone). */
  difference: { log2Ratio: number | null; ciLow: number | null; ciHigh: number | null; p: number | null } | null;
  bears: FollowUpBearing;
  /** The verdict it bears on (line, treatment, dose, time of that verdict), null when none was given. */
  verdict: { treatment: string; dose_nM: number | null; time_h: number | null; mechanism: string } | null;
  sentence: string;
}

/** A verdict's list of the follow-ups bearing on it. */
export interface FollowUpLink {
  arm: string;
  dose_nM: number | null;
  time_h: number | null;
  readout: string;
  outcome: FollowUpOutcome;
  bears: FollowUpBearing;
}
