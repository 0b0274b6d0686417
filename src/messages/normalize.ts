/** Every user-facing sentence of the normalise stage. */
const q = (s: string): string => JSON.stringify(s);

export const normalizeMessages = {
  noSensitive: () => 'no sensitive (parental) model in the input: the resistant model has nothing to be compared with',
  noSensitiveHint: () => 'mark the parental line "sensitive" in the status column, or add its lanes',
  noResistant: () => 'no resistant model in the input',
  noResistantHint: () => 'mark the resistant derivative "resistant" in the status column',
  unknownPairModel: (name: string) => `--pair names ${q(name)}, which is not a model in the input`,
  wrongPairStatus: (name: string, expected: string) => `--pair names ${q(name)} as ${expected}, but the input says otherwise`,
  pairHint: () => 'write --pair RESISTANT=SENSITIVE with model names as in the line column',
  ambiguousPair: (resistant: string, candidates: readonly string[]) =>
    `cannot tell which sensitive model ${q(resistant)} should be compared with: ${candidates.map(q).join(' or ')}`,
  loadingNotFound: (label: string) => `loading control ${q(label)} (--loading) is on no membrane`,
  loadingNotFoundHint: (available: readonly string[]) =>
    available.length > 0 ? `loading controls in the input: ${available.join(', ')}` : 'the input has no loading-control band (GAPDH, beta-actin, vinculin, tubulin, total protein)',
  loadingMissingOnMembrane: (membrane: string, label: string) => `membrane ${q(membrane)} has no ${label} band; its lanes are not loading-normalised`,
  noLoadingControl: (membrane: string) => `membrane ${q(membrane)} has no loading control: its signals are used as measured where a ratio needs one (equal loading assumed; flagged no-loading-control, which lowers confidence)`,
  duplicateSample: (target: string, line: string, replicate: string, firstAt: string, secondAt: string) =>
    `${target} of ${q(line)} (replicate ${q(replicate)}) is measured twice in the same condition: ${firstAt} and ${secondAt}`,
  duplicateSampleHint: () => 'give each biological repeat its own replicate value, or remove the extra band',
  saturated: (count: number, label: string) => `${count} saturated ${label} band${count > 1 ? 's' : ''} left out of the analysis (outside the linear range)`,
  saturatedKept: (count: number, label: string) => `${count} saturated ${label} band${count > 1 ? 's' : ''} kept in the analysis (--keep-saturated); their ratios underestimate the signal`,
  nonPositive: (count: number, label: string) => `${count} ${label} band${count > 1 ? 's have' : ' has'} a signal of zero or below and ${count > 1 ? 'were' : 'was'} left out`,
  loadingDrift: (membrane: string, lane: string, relative: number, fold: number) =>
    `lane ${q(lane)} on membrane ${q(membrane)}: loading control is ${relative.toFixed(2)}x the membrane median (limit ${fold}x) - check loading`,
  weakReference: (membrane: string, lane: string, label: string, relative: number, fraction: number) =>
    `reference lane ${q(lane)} on membrane ${q(membrane)}: ${label} is only ${(relative * 100).toFixed(0)} % of the other vehicle lanes' median (limit ${(fraction * 100).toFixed(0)} %); ratios to it have inflated variance`,
  phosphoWithoutTotal: (label: string, protein: string) =>
    `${label} has no total ${protein} band anywhere in the input; ${label} is normalised to the loading control of its lane instead of total ${protein} (flagged no-total)`,
  missingTotal: (count: number, protein: string) =>
    `${count} sample${count > 1 ? 's have' : ' has'} phospho-${protein} but no total ${protein}; left out of the ${protein} ratio - bands on different membranes are joined by line, treatment, dose, time and replicate: add a replicate column when one experiment spans several membranes`,
  missingTotalNoReplicate: (count: number, protein: string) =>
    `${count} sample${count > 1 ? 's have' : ' has'} phospho-${protein} but no total ${protein} on the same membrane, and the input has no replicate column, so bands on different membranes cannot be joined: add a column named replicate (1, 2, 3, ...: the biological replicate of each lane) to every file`,
  noVehicle: (line: string, replicate: string) => `no vehicle lane for ${q(line)} in replicate ${q(replicate)}: its drug lanes have no fraction of vehicle`,
  noVehicleAnywhere: () => 'no vehicle (DMSO / control / untreated / dose 0) lane in the input: fraction of vehicle cannot be computed',
  noVehicleAnywhereHint: () => 'mark control lanes with treatment DMSO, vehicle or control, or a dose of 0',
  ambiguousVehicle: (line: string, replicate: string, time: number | null) =>
    `several vehicle lanes for ${q(line)} in replicate ${q(replicate)} and none at ${time ?? '?'} h; those drug lanes have no fraction of vehicle`,
  belowDetection: (count: number, label: string) =>
    `${count} ${label} band${count > 1 ? 's' : ''} under drug ${count > 1 ? 'have' : 'has'} a signal of zero or below: read as below detection, at half the smallest positive ${label} signal on the same membrane (complete suppression, not a missing value); verdicts that rest on ${count > 1 ? 'them' : 'it'} are graded at most moderate`,
  loadingUnusable: (membrane: string, lanes: readonly string[], control: string, why: string) =>
    `membrane ${q(membrane)}, lane${lanes.length > 1 ? 's' : ''} ${lanes.map(q).join(', ')}: the ${control} band is ${why}; ratios that need it (phospho and total on different membranes, total protein) are left out for ${lanes.length > 1 ? 'these lanes' : 'this lane'} rather than computed another way`,
  saturatedLoadingKept: (membrane: string, lanes: readonly string[], control: string) =>
    `membrane ${q(membrane)}, lane${lanes.length > 1 ? 's' : ''} ${lanes.map(q).join(', ')}: the ${control} band is saturated and kept (--keep-saturated); every comparison it feeds is flagged saturated-loading`,
  vehicleOtherTime: (line: string, replicate: string, lanes: readonly string[], drugTimes: readonly (number | null)[], vehicleTime: number | null) =>
    `${q(line)} replicate ${q(replicate)}: drug lane${lanes.length > 1 ? 's' : ''} ${lanes.map(q).join(', ')} at ${drugTimes.map((t) => `${t ?? '?'} h`).join(', ')} ${lanes.length > 1 ? 'are' : 'is'} read against the vehicle at ${vehicleTime ?? '?'} h (the design has no time-matched vehicle); this assumes the basal level does not change over time`,
  loadingIsPhospho: (label: string) => `--loading ${q(label)} names a phospho antibody, which cannot be a loading control`,
  loadingIsPhosphoHint: () => 'name a housekeeping protein (GAPDH, beta-actin, vinculin, tubulin) or a total-protein stain',
  noVehicleAtTime: (line: string, replicate: string, time: number | null, times: readonly (number | null)[]) =>
    `${q(line)} replicate ${q(replicate)} has vehicle lanes at ${times.map((t) => t ?? '?').join(', ')} h but none at ${time ?? '?'} h, which other lanes of the design have; those drug lanes have no fraction of vehicle (a vehicle of another time does not stand in)`,
  implausibleFraction: (count: number, line: string, target: string, replicate: string, f: number, limit: number) =>
    `${count} drug lane${count > 1 ? 's are' : ' is'} at more than ${limit} times ${count > 1 ? 'their' : 'its'} vehicle (highest: p${target} in ${q(line)} replicate ${q(replicate)}, ${f.toPrecision(3)}x): check that the numbers were read as written (thousands separators, decimal marks, units)`,
  implausibleRange: (membrane: string, min: number, max: number) =>
    `signals on membrane ${q(membrane)} span more than six orders of magnitude (${min.toPrecision(3)} to ${max.toPrecision(3)}): check that the numbers were read as written (thousands separators, decimal marks)`,
  noTargets: (labels: readonly string[]) => `the input has only loading-control bands (${labels.join(', ')}): no phospho or total target to analyse`,
  noTargetsHint: () => 'add the phospho and total bands, or name the antibody of an instrument export with --target (e.g. --target pERK)',
  noSignals: () => 'every signal is empty: there is nothing to analyse',
  noSignalsHint: () => 'fill in the signal column (blotbypass template writes the design; the numbers come from your imaging software)',
  nothingNormalised: () => 'no band could be normalised: there is no total band and no usable loading control to divide by',
  nothingNormalisedHint: () => 'add GAPDH (or another loading control), a total-protein stain, or the total protein of each phospho antibody',
  singleReplicate: (line: string) => `model ${q(line)} has a single replicate: results are descriptive only (n = 1)`,
} as const;
