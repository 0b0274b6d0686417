/**
 * The genotype stage: sequencing results beside the blot verdicts.
 *
 *   variants files (MAF or table) -> 1. read      typed variant records (readVariants)
 *   sample map, variant classes   -> 2. match     samples to the blot's models (sampleMap)
 *                                 -> 3. classify  each variant (classifyVariant, knownVariants)
 *   verdicts                      -> 4. combine   genotype, concordance, next steps (concordance)
 *
 * Reading (`readGenotypeFiles`) is separate from combining (`attachGenotype`) so the pipeline can
 * check the files before the analysis runs. No I/O: files come in as bytes.
 */
import type { AnalysisWarning } from '../errors.js';
import type { InputBytes } from '../load/loadFile.js';
import type { ModelSummary } from '../normalize/types.js';
import type { Verdict } from '../rules/types.js';
import { classifyVariant } from './classifyVariant.js';
import { applyGenotype, type ClassifiedVariant } from './concordance.js';
import { builtInVariantClasses, type KnownVariant } from './knownVariants.js';
import { readVariantClasses, type VariantClassesFile } from './readVariantClasses.js';
import { readVariants } from './readVariants.js';
import { formatSubstitution, shortSubstitution } from './proteinChange.js';
import { genotypeMessages as m } from '../messages/genotype.js';
import { matchSamples, readSampleMap, type SampleMapFile } from './sampleMap.js';
import type { GenotypeSummary, VariantFile, VariantRecord } from './types.js';
import { appendAll } from '../arrays.js';
import { DEFAULT_SELECTED_SUBCLONE_MIN_FOLD } from './subclones.js';

export interface GenotypeInputs {
  /** One or more variants files (MAF or table). */
  variants: readonly InputBytes[];
  /** CSV with columns sample,line. */
  sampleMap?: InputBytes;
  /** JSON entries added before the built-in classification table. */
  variantClasses?: InputBytes;
}

export interface GenotypeFiles {
  variants: VariantFile[];
  sampleMap: SampleMapFile | null;
  variantClasses: VariantClassesFile | null;
}

export interface GenotypeResult {
  verdicts: Verdict[];
  summary: GenotypeSummary;
  warnings: AnalysisWarning[];
}

/** Step 1: read and check every genotype input (throws `InputError`s located by file:row:column). */
export function readGenotypeFiles(inputs: GenotypeInputs): GenotypeFiles {
  return {
    variants: inputs.variants.map((input) => readVariants(input)),
    sampleMap: inputs.sampleMap ? readSampleMap(inputs.sampleMap) : null,
    variantClasses: inputs.variantClasses ? readVariantClasses(inputs.variantClasses) : null,
  };
}

function displayChange(record: VariantRecord): string | null {
  switch (record.change.kind) {
    case 'substitution':
      return formatSubstitution(record.change.substitution);
    case 'none':
      return null;
    default:
      return record.change.text;
  }
}

/** Steps 2-4: map samples, classify, and give each verdict its genotype and concordance. */
export function attachGenotype(verdicts: readonly Verdict[], models: readonly ModelSummary[], files: GenotypeFiles): GenotypeResult {
  const table: KnownVariant[] = [...(files.variantClasses?.entries ?? []), ...builtInVariantClasses()];
  const records = files.variants.flatMap((f) => f.records);
  const warnings: AnalysisWarning[] = files.variants.flatMap((f) => f.warnings);

  // 2. match: every sample (in order of first appearance), and samples only the map names (sequenced, no variants)
  const samples = new Map<string, { sample: string; at: { file: string; row: number }; variants: number }>();
  for (const r of records) {
    const s = samples.get(r.sample);
    if (s) s.variants++;
    else samples.set(r.sample, { sample: r.sample, at: r.at, variants: 1 });
  }
  for (const entry of files.sampleMap?.entries ?? []) {
    if (!samples.has(entry.sample)) samples.set(entry.sample, { sample: entry.sample, at: entry.at, variants: 0 });
  }
  const matched = matchSamples([...samples.values()], models.map((mdl) => mdl.line), files.sampleMap);
  appendAll(warnings, matched.warnings);
  const lineOfSample = new Map(matched.matches.map((s) => [s.sample, s.line]));

  // 3. classify the variants of every matched sample, by model
  const byModel = new Map<string, ClassifiedVariant[]>();
  for (const s of matched.matches) if (s.line !== null && !byModel.has(s.line)) byModel.set(s.line, []);
  for (const r of records) {
    const line = lineOfSample.get(r.sample) ?? null;
    if (line === null) continue;
    const c = classifyVariant(r, table);
    if (c.referenceMismatch !== null && r.change.kind === 'substitution') {
      const sub = r.change.substitution;
      warnings.push({ code: 'reference-mismatch', message: m.referenceMismatch(r.gene, shortSubstitution(sub), sub.position, c.referenceMismatch), at: r.at });
    }
    byModel.get(line)!.push({
      variant: {
        gene: r.gene, proteinChange: displayChange(r), class: c.class, region: c.region, vaf: r.vaf, copyNumber: r.copyNumber,
        sample: r.sample, source: r.at, line, variantClassification: r.variantClassification,
      },
      strategy: c.strategy,
      protein: c.protein,
      // Every variant read is listed with its class (`other` included), so none is dropped silently.
      listed: true,
    });
  }

  // 4. combine
  const selectedSubcloneMinFold = files.variantClasses?.selectedSubcloneMinFold ?? DEFAULT_SELECTED_SUBCLONE_MIN_FOLD;
  const combined = verdicts.map((v) => applyGenotype(v, byModel, { selectedSubcloneMinFold }));

  const thresholds = new Map<string, number>();
  for (const e of table) if (e.match === 'amplification' && !thresholds.has(e.gene)) thresholds.set(e.gene, e.minCopyNumber);
  const summary: GenotypeSummary = {
    files: files.variants.map((f) => ({ file: f.file, sha256: f.sha256, format: f.format, rows: f.rows, encoding: f.encoding })),
    sampleMap: files.sampleMap ? { file: files.sampleMap.file, sha256: files.sampleMap.sha256, entries: files.sampleMap.entries.length } : null,
    variantClasses: files.variantClasses ? { file: files.variantClasses.file, sha256: files.variantClasses.sha256, entries: files.variantClasses.entries.length } : null,
    samples: matched.matches.map((s) => ({ sample: s.sample, line: s.line, matchedBy: s.matchedBy, variants: s.variants, at: s.at })),
    unmatchedSamples: matched.matches.filter((s) => s.line === null).map((s) => s.sample),
    models: models.map((mdl) => {
      const variants = byModel.get(mdl.line);
      return {
        line: mdl.line,
        sequenced: variants !== undefined,
        samples: matched.matches.filter((s) => s.line === mdl.line).map((s) => s.sample),
        variants: variants?.length ?? 0,
        classified: variants?.filter((c) => c.variant.class !== 'other').length ?? 0,
        unlisted: variants?.filter((c) => !c.listed).length ?? 0,
      };
    }),
    selectedSubcloneMinFold,
    amplificationMinCopyNumber: [...thresholds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([gene, minCopyNumber]) => ({ gene, minCopyNumber })),
  };
  return { verdicts: combined, summary, warnings };
}
