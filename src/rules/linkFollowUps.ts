/**
 * How each follow-up bears on the verdict it follows up, and the verdict with its follow-ups:
 *
 * - a combination whose partner is expected to act on the verdict's pathway (a MEK, BRAF, ERK or
 *   SHP2 inhibitor for a MAPK bypass; a PI3K, AKT or mTOR inhibitor for a PI3K-AKT bypass; an
 *   inhibitor of a named driver receptor, or of MEK/SHP2, for a receptor bypass): `restored`
 *   confirms, `not-restored` contradicts, unless the partner alone was inactive at its dose;
 * - a next-generation TRK inhibitor: on an on-target verdict `restored` confirms (`not-restored` is
 *   told, not held against it: an xDFG substitution resists type I drugs); on a bypass verdict
 *   `restored` contradicts and `not-restored` confirms;
 * - a ligand that rescues the pathway through a receptor the verdict names confirms it;
 * - everything else informs without bearing (`neutral`).
 * Only the primary readout of a follow-up bears. A confirming follow-up adds an evidence entry
 * (rule `follow-up`, fired); a contradicting one adds one (not-fired), lowers the confidence one step
 * and says why in `confidenceNotes`. The first next step moves on to what the follow-up leads to.
 */
import { followUpMessages as m } from '../messages/followUp.js';
import { ruleMessages } from '../messages/rules.js';
import type { DrugTable } from './drugClasses.js';
import type { FollowUp, FollowUpBearing, FollowUpLink } from './followUpTypes.js';
import type { Thresholds } from './ruleSetTypes.js';
import type { Confidence, Evidence, Mechanism, Verdict } from './types.js';

const BYPASS: ReadonlySet<Mechanism> = new Set(['mapk-bypass', 'pi3k-akt-bypass', 'rtk-bypass']);
const EXPECTED: Readonly<Partial<Record<Mechanism, readonly string[]>>> = {
  'mapk-bypass': ['mek', 'braf', 'erk', 'shp2'],
  'pi3k-akt-bypass': ['pi3k', 'akt', 'mtor'],
  'rtk-bypass': ['mek', 'shp2'],
};
/**
 * The rule's own "test a TRK + X combination" steps, by the partner's drug class: once a combination of
 * that class was tested and read on the verdict's line, the step is done and is not advised again.
 */
const COMBINATION_STEPS: Readonly<Record<string, readonly string[]>> = {
  mek: [ruleMessages.next.trkPlusMek, ruleMessages.next.mekAlternative],
  shp2: [ruleMessages.next.trkPlusMek, ruleMessages.next.mekAlternative],
  erk: [ruleMessages.next.trkPlusMek, ruleMessages.next.mekAlternative],
  braf: [ruleMessages.next.trkPlusMek, ruleMessages.next.mekAlternative],
  pi3k: [ruleMessages.next.trkPlusPi3k, ruleMessages.next.alsoPi3k],
  akt: [ruleMessages.next.trkPlusPi3k, ruleMessages.next.alsoPi3k],
  mtor: [ruleMessages.next.trkPlusPi3k, ruleMessages.next.alsoPi3k],
  met: [ruleMessages.next.trkPlusMet],
  egfr: [ruleMessages.next.trkPlusEgfr],
  her2: [ruleMessages.next.trkPlusHer2],
  igf1r: [ruleMessages.next.trkPlusIgf1r],
};
const READ_OUTCOMES: ReadonlySet<string> = new Set(['restored', 'partial', 'not-restored']);

const LOWER: Readonly<Record<Confidence, Confidence>> = { strong: 'moderate', moderate: 'provisional', provisional: 'provisional' };

export function linkFollowUps(verdicts: readonly Verdict[], followUps: readonly FollowUp[], table: DrugTable, t: Thresholds): { verdicts: Verdict[]; followUps: FollowUp[] } {
  const judged = followUps.map((f) => bearingOf(f, followUps, verdicts, table));
  const linked = verdicts.map((v) => {
    const mine = judged.filter((f) => f.verdict !== null && f.line === v.line && f.versus === v.versus && f.verdict.treatment === v.treatment
      && f.verdict.dose_nM === v.dose_nM && f.verdict.time_h === v.time_h);
    return mine.length === 0 ? v : withFollowUps(v, mine, t, (f) => activePartner(f, judged, table));
  });
  return { verdicts: linked, followUps: judged };
}

function bearingOf(f: FollowUp, all: readonly FollowUp[], verdicts: readonly Verdict[], table: DrugTable): FollowUp {
  const verdict = f.verdict ? verdicts.find((v) => v.line === f.line && v.versus === f.versus && v.treatment === f.verdict!.treatment && v.dose_nM === f.verdict!.dose_nM && v.time_h === f.verdict!.time_h) : undefined;
  if (!f.primary || !verdict) return f;
  const partners = f.drugs.filter((d) => table.classes[d.class]?.kind !== 'trk-inhibitor');
  let bears: FollowUpBearing = 'neutral';
  let sentence = f.sentence;
  const mechanism = verdict.mechanism;
  if (f.kind === 'combination' && BYPASS.has(mechanism)) {
    const expected = partners.some((d) => (EXPECTED[mechanism] ?? []).includes(d.class) || partnerReadouts(d.name, table).some((r) => verdict.drivers.includes(r)));
    const inactive = partners.find((d) => all.some((s) => s.kind === 'single-agent' && s.line === f.line && s.outcome === 'inactive' && s.drugs.some((x) => x.name === d.name)));
    if (expected && f.outcome === 'restored') bears = 'confirms';
    else if (expected && f.outcome === 'not-restored') {
      if (inactive) sentence = `${sentence}; ${m.partnerInactive(inactive.name)}`;
      else bears = 'contradicts';
    }
  } else if (f.kind === 'next-generation') {
    if (mechanism === 'on-target') {
      if (f.outcome === 'restored') bears = 'confirms';
      else if (f.outcome === 'not-restored') sentence = `${sentence}; ${m.nextGenNotRestoredOnTarget()}`;
    } else if (BYPASS.has(mechanism)) {
      if (f.outcome === 'restored') bears = 'contradicts';
      else if (f.outcome === 'not-restored') bears = 'confirms';
    }
  } else if (f.kind === 'ligand-rescue' && mechanism === 'rtk-bypass' && f.outcome === 'rescued') {
    if (partners.some((d) => partnerReadouts(d.name, table).some((r) => verdict.drivers.includes(r)))) bears = 'confirms';
  }
  return { ...f, bears, sentence };
}

/** A combination's partner drug that the same line's single-agent arm showed active at its dose, if any. */
function activePartner(f: FollowUp, all: readonly FollowUp[], table: DrugTable): string | undefined {
  const partners = f.drugs.filter((d) => table.classes[d.class]?.kind !== 'trk-inhibitor');
  return partners.find((d) => all.some((s) => s.kind === 'single-agent' && s.line === f.line && s.outcome === 'active' && s.drugs.some((x) => x.name === d.name)))?.name;
}

function partnerReadouts(name: string, table: DrugTable): string[] {
  const entry = table.drugs.find((d) => d.name === name);
  return entry ? (entry.readouts ?? table.classes[entry.class]?.readouts ?? []) : [];
}

function withFollowUps(v: Verdict, mine: readonly FollowUp[], t: Thresholds, partnerActiveOf: (f: FollowUp) => string | undefined): Verdict {
  const links: FollowUpLink[] = mine.map((f) => ({ arm: f.arm, dose_nM: f.dose_nM, time_h: f.time_h, readout: f.readout, outcome: f.outcome, bears: f.bears }));
  const confirming = mine.filter((f) => f.bears === 'confirms');
  const contradicting = mine.filter((f) => f.bears === 'contradicts');
  const evidence: Evidence[] = [...confirming, ...contradicting].map((f) => ({
    rule: 'follow-up', outcome: f.bears === 'confirms' ? 'fired' : 'not-fired', targets: [f.readout],
    values: {
      fractionOfVehicle: f.resistant?.fractionOfVehicle ?? null, referenceFractionOfVehicle: f.reference.fractionOfVehicle,
      log2Ratio: f.difference?.log2Ratio ?? null, ciLow: f.difference?.ciLow ?? null, ciHigh: f.difference?.ciHigh ?? null, p: f.difference?.p ?? null,
    },
    thresholds: { suppressed: t.suppressed, sustained: t.sustained, alpha: t.alpha, minLog2Ratio: t.minLog2Ratio },
    sentence: f.bears === 'confirms' ? m.confirms(f.sentence) : m.contradicts(f.sentence, v.mechanism),
  }));
  const confidence = contradicting.length > 0 ? LOWER[v.confidence] : v.confidence;
  const notes = contradicting.map((f) => m.noteContradicted(f.arm, f.readout, m.label[f.outcome] ?? f.outcome));
  const steps = [
    ...contradicting.map((f) => {
      const active = f.kind === 'combination' ? partnerActiveOf(f) : undefined;
      return active !== undefined ? m.next.contradictedPartnerActive(f.arm, active) : m.next.contradicted(f.arm);
    }),
    // A next-generation inhibitor is the candidate only where it restored (on-target); one that fails on a
    // bypass line confirms the bypass, and the bypass's own next steps follow.
    ...confirming.map((f) => (f.kind === 'next-generation' && f.outcome === 'restored' ? m.next.nextGenerationConfirmed(f.drugs[0]?.name ?? f.arm) : f.kind === 'combination' ? m.next.combinationConfirmed(f.arm) : null)).filter((s): s is string => s !== null),
    ...mine.filter((f) => f.primary && f.kind === 'combination' && f.outcome === 'partial').map((f) => m.next.combinationPartial(f.arm)),
    ...mine.filter((f) => f.primary && f.outcome === 'inconclusive').map((f) => m.next.inconclusive(f.arm)),
  ];
  // Done means read: restored or contradicting, or partial (its own step follows); a combination whose
  // partner was inactive at its dose did not test the idea, so the rule's step stays.
  const tested = new Set(mine.filter((f) => f.primary && f.kind === 'combination' && READ_OUTCOMES.has(f.outcome) && (f.bears !== 'neutral' || f.outcome === 'partial'))
    .flatMap((f) => f.drugs.flatMap((d) => COMBINATION_STEPS[d.class] ?? [])));
  const nextSteps = [...new Set([...steps, ...v.nextSteps.filter((s) => !tested.has(s))])];
  const lead = confirming[0] ?? contradicting[0];
  const told = lead ? m.answer(lead.bears === 'confirms' ? 'confirmed' : 'contradicted', lead.sentence) : null;
  const summary = told ? rewriteSummary(v.summary, v.confidence, confidence, told, nextSteps[0]) : v.summary;
  return {
    ...v, confidence, summary, nextSteps,
    evidence: [...v.evidence, ...evidence],
    confidenceNotes: [...(v.confidenceNotes ?? []), ...notes],
    followUps: links,
  };
}

/** The summary with the new confidence, the follow-up told, and the next step that follows from it. */
function rewriteSummary(summary: string, before: Confidence, after: Confidence, told: string, next: string | undefined): string {
  const at = summary.indexOf('; next: ');
  const head = (at >= 0 ? summary.slice(0, at) : summary).replace(`(${before})`, `(${after})`);
  return `${head}; ${told}${next ? `; next: ${next}` : ''}`;
}
