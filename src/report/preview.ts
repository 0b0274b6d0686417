/**
 * `blotbypass validate`: a preview of what the analysis will understand, before any verdict. Models
 * and who they are compared with, treatments (which are vehicle), doses, times, replicates, every
 * antibody with the protein and form it was read as, the loading control of each membrane, and what
 * will be left out. Where a user catches a misread name or number before reading a verdict.
 */
import { NOTE_CODES, type AnalysisWarning } from '../errors.js';
import type { LoadedFile } from '../load/types.js';
import type { NormalizedData } from '../normalize/types.js';
import { compareNullableNumber, compareText } from '../order.js';
import { previewMessages as m } from '../messages/preview.js';
import { followUpMessages } from '../messages/followUp.js';
import { groupKey } from '../groupKey.js';
import { MIN_COURSE_TIMES } from '../rules/seriesVerdicts.js';
import { doseSeries } from '../stats/doseResponses.js';
import { lineagesOf, stagesOfLines, type Lineage } from '../normalize/lineages.js';
import { lineagePreviewLine } from '../messages/lineage.js';
import { defaultDrugTable } from '../rules/drugClasses.js';
import { armReadings, planArms } from '../rules/planArms.js';

export interface Preview {
  files: { file: string; layout: string; rows: number; bands: number; encoding: string; delimiter: string; decimal: string; sheet?: string }[];
  models: { line: string; status: string; comparedWith: string | null }[];
  /** `vehicle`: every lane of it is a vehicle; `dose 0`: only its dose-0 lanes are. */
  treatments: { name: string; vehicle: 'no' | 'yes' | 'dose 0' }[];
  /** How each drug arm will be read (docs/follow-up.md), with the built-in drug table; empty when every arm gets a verdict. */
  arms: ReturnType<typeof armReadings>;
  doses_nM: number[];
  times_h: number[];
  /** Dose series (>= 3 doses of a treatment at a time) and time courses (>= 3 times of a treatment and dose): one verdict each. */
  doseSeries: { treatment: string; time_h: number | null; doses_nM: number[] }[];
  timeCourses: { treatment: string; dose_nM: number | null; times_h: number[] }[];
  replicates: { read: string[]; analysed: number };
  antibodies: { label: string; protein: string; form: string; known: boolean }[];
  loadingControls: { membrane: string; control: string | null }[];
  leftOut: { flag: string; bands: number }[];
  warnings: AnalysisWarning[];
  /** With a stage column (docs/resistance-over-time.md): each lineage and its stages, in order. */
  lineages?: Lineage[];
}

export function buildPreview(loaded: readonly LoadedFile[], data: NormalizedData): Preview {
  const bands = loaded.flatMap((f) => f.bands);
  const partner = new Map(data.design.pairs.map((p) => [p.resistant, p.sensitive]));
  const treatments = new Map<string, { vehicle: boolean; drug: boolean }>();
  const antibodies = new Map<string, Preview['antibodies'][number]>();
  for (const b of bands) {
    const t = treatments.get(b.treatment) ?? { vehicle: false, drug: false };
    if (b.vehicle) t.vehicle = true;
    else t.drug = true;
    treatments.set(b.treatment, t);
    if (!antibodies.has(b.target.label)) antibodies.set(b.target.label, { label: b.target.label, protein: b.target.protein, form: b.target.form, known: b.target.known });
  }
  const lineages = lineagesOf(stagesOfLines(bands), data.design.models, data.design.pairs);
  const leftOut = new Map<string, number>();
  for (const f of data.flaggedBands) leftOut.set(f.flag, (leftOut.get(f.flag) ?? 0) + 1);
  const numbers = (pick: (b: (typeof bands)[number]) => number | null) => [...new Set(bands.map(pick).filter((x): x is number => x !== null))].sort(compareNullableNumber);
  return {
    files: loaded.map((f) => ({ file: f.file, layout: f.layout, rows: f.rows, bands: f.bands.length, encoding: f.encoding, delimiter: f.delimiter, decimal: f.decimal, ...(f.sheet ? { sheet: f.sheet } : {}) })),
    models: data.design.models.map((x) => ({ line: x.line, status: x.status, comparedWith: partner.get(x.line) ?? null })),
    treatments: [...treatments]
      .map(([name, t]) => ({ name, vehicle: (t.vehicle ? (t.drug ? 'dose 0' : 'yes') : 'no') as Preview['treatments'][number]['vehicle'] }))
      .sort((a, b) => (a.vehicle === 'yes') === (b.vehicle === 'yes') ? compareText(a.name, b.name) : a.vehicle === 'yes' ? -1 : 1),
    arms: armReadings(planArms(data.design.conditions, defaultDrugTable())),
    doses_nM: numbers((b) => b.dose_nM),
    times_h: numbers((b) => b.time_h),
    doseSeries: doseSeries(data.lanes).map((s) => ({ treatment: s.treatment, time_h: s.time_h, doses_nM: s.doses })),
    timeCourses: timeCourses(data.lanes),
    replicates: { read: data.design.replicates, analysed: new Set(data.lanes.filter((l) => l.phosphoTotalRatio !== null).map((l) => l.replicate)).size },
    antibodies: [...antibodies.values()].sort((a, b) => compareText(a.protein, b.protein) || compareText(a.form, b.form) || compareText(a.label, b.label)),
    loadingControls: data.design.loadingControls,
    leftOut: [...leftOut].map(([flag, n]) => ({ flag, bands: n })).sort((a, b) => compareText(a.flag, b.flag)),
    warnings: [...loaded.flatMap((f) => f.warnings), ...data.warnings],
    ...(lineages.length > 0 ? { lineages } : {}),
  };
}

/** Drug conditions measured at three or more times, by treatment and dose. */
function timeCourses(lanes: NormalizedData['lanes']): Preview['timeCourses'] {
  const byCondition = new Map<string, { treatment: string; dose_nM: number | null; times: Set<number> }>();
  for (const l of lanes) {
    if (l.vehicle || l.time_h === null) continue;
    const key = groupKey(l.treatment, l.dose_nM);
    const entry = byCondition.get(key) ?? { treatment: l.treatment, dose_nM: l.dose_nM, times: new Set<number>() };
    entry.times.add(l.time_h);
    byCondition.set(key, entry);
  }
  return [...byCondition.values()].filter((c) => c.times.size >= MIN_COURSE_TIMES)
    .map((c) => ({ treatment: c.treatment, dose_nM: c.dose_nM, times_h: [...c.times].sort((a, b) => a - b) }));
}

/** One line per file read: layout, rows, bands, encoding, delimiter, decimal mark. */
export function fileLines(loaded: readonly LoadedFile[]): string {
  return loaded.map((f) => `${m.file(f.file, f.layout, f.rows, f.bands.length, f.encoding, f.delimiter, f.decimal, f.sheet)}\n`).join('');
}

export function previewText(p: Preview, options: { withFiles: boolean } = { withFiles: true }): string {
  const lines = options.withFiles ? p.files.map((f) => m.file(f.file, f.layout, f.rows, f.bands, f.encoding, f.delimiter, f.decimal, f.sheet)) : [];
  lines.push(
    m.models(p.models.map((x) => m.model(x.line, x.status, x.comparedWith))),
    m.treatments(p.treatments.map((t) => m.treatment(t.name, t.vehicle))),
    ...(p.arms.length > 0 ? [followUpMessages.arms(p.arms.map((a) => followUpMessages.arm(a.treatment, a.reading, a.drugs)))] : []),
    m.dosesAndTimes(p.doses_nM, p.times_h),
    m.series(p.doseSeries.map((s) => m.doseSeries(s.treatment, s.time_h, s.doses_nM.length)), p.timeCourses.map((c) => m.timeCourse(c.treatment, c.dose_nM, c.times_h))),
    m.replicates(p.replicates.read, p.replicates.analysed),
    m.antibodies(p.antibodies.map((a) => m.antibody(a.label, a.protein, a.form, a.known))),
    m.loading(p.loadingControls),
    m.leftOut(p.leftOut.map((x) => m.leftOutFlag(x.flag, x.bands))),
    ...(p.lineages ?? []).map(lineagePreviewLine),
  );
  // Notes say how something was read; warnings, what went wrong.
  for (const w of p.warnings) lines.push(NOTE_CODES.has(w.code) ? m.note(w) : m.warning(w));
  return `${lines.join('\n')}\n`;
}
