/**
 * The command line's inputs: the files named on it, read whole, and the flags turned into the
 * library's options (every file a flag names is read here, as the data files are). Node's file
 * system, not the process: src/cli.ts owns that.
 */
import { readFileSync } from 'node:fs';
import type { AnalyzeOptions } from './analyze.js';
import { InputError } from './errors.js';
import type { InputBytes, LoadOptions } from './load/loadFile.js';
import { loadMessages } from './messages/load.js';
import type { ActiveRules } from './rules/decideVerdicts.js';
import type { ModelPair } from './settings.js';
import { analysisEpoch, decimalOf, experimentOf, listOf, type InputFlags } from './cliOptions.js';

/** The files named, read whole; `-` is standard input (named `stdin` in messages and results). */
export function readInputs(paths: readonly string[], stdin: () => Uint8Array = () => readFileSync(0)): InputBytes[] {
  return paths.map((path) => {
    try {
      if (path === '-') return { name: 'stdin', bytes: stdin() };
      return { name: path, bytes: readFileSync(path) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EISDIR') throw new InputError('cannot-read', loadMessages.cannotRead(loadMessages.isAFolder()), { file: path }, loadMessages.isAFolderHint(path));
      const reason = code === 'ENOENT' ? loadMessages.noSuchFile() : code === 'EACCES' || code === 'EPERM' ? loadMessages.permissionDenied() : (error as Error).message;
      throw new InputError('cannot-read', loadMessages.cannotRead(reason), { file: path }, loadMessages.cannotReadHint());
    }
  });
}

/** Load options from the input flags; the layout sheet is read here, as every input is. */
export function loadOptions(flags: InputFlags): LoadOptions {
  const decimal = decimalOf(flags);
  return {
    ...(decimal ? { decimal } : {}),
    ...(flags.format ? { format: flags.format } : {}),
    ...(flags.layout ? { layout: readInputs([flags.layout])[0]! } : {}),
    ...(listOf(flags.target).length > 0 ? { target: [...listOf(flags.target)] } : {}),
    ...(listOf(flags.channel).length > 0 ? { channel: [...listOf(flags.channel)] } : {}),
    ...(listOf(flags.sheet).length > 0 ? { sheet: [...listOf(flags.sheet)] } : {}),
  };
}

export interface AnalyzeFlags extends InputFlags {
  /** Omitted: blotbypass-out, or nothing written with --json. */
  out?: string;
  json?: boolean;
  loading?: string;
  saturation?: number;
  keepSaturated?: boolean;
  pair?: ModelPair[];
  driftFold: number;
  weakReference: number;
  confidence: number;
  test: 'linear-model' | 'paired' | 'welch';
  /** False with --no-report: data files only. */
  report: boolean;
  /** --lanes-in-json: results.json embeds lanes[] (normalized.csv always holds them). */
  lanesInJson?: boolean;
  /** False with --no-pdf: no report.pdf beside report.html. */
  pdf: boolean;
  experiment?: string;
  operator?: string;
  title?: string;
  rules?: string;
  /** --drug-class NAME=CLASS, repeatable. */
  drugClass?: Record<string, string>;
  variants?: string[];
  sampleMap?: string;
  variantClasses?: string;
  /** --threads N (default: the machine's cores); 1 = no worker threads. */
  threads?: number;
}

/** The rule set from --rules FILE, or the default TRK set. */
export async function activeRules(path: string | undefined): Promise<ActiveRules> {
  const { readRules } = await import('./rules/readRules.js');
  return readRules(path === undefined ? undefined : readInputs([path])[0]!);
}

/** `now`: the time of the run in milliseconds, stamped unless SOURCE_DATE_EPOCH fixes it. */
export async function analyzeOptions(flags: AnalyzeFlags, env: Record<string, string | undefined>, now: number = Date.now()): Promise<AnalyzeOptions> {
  const sourceDateEpoch = analysisEpoch(env.SOURCE_DATE_EPOCH, now);
  return {
    ...loadOptions(flags),
    sourceDateEpoch,
    experiment: experimentOf(flags),
    rules: await activeRules(flags.rules),
    ...(flags.drugClass ? { drugClasses: flags.drugClass } : {}),
    ...genotypeOptions(flags),
    settings: {
      loadingControl: flags.loading ?? null,
      saturation: flags.saturation ?? null,
      keepSaturated: flags.keepSaturated ?? false,
      loadingDriftFold: flags.driftFold,
      weakReferenceFraction: flags.weakReference,
      confidenceLevel: flags.confidence,
      pairs: [...listOf(flags.pair)],
      test: flags.test,
    },
  };
}

/** --variants, --sample-map and --variant-classes as bytes for the genotype stage. */
function genotypeOptions(flags: AnalyzeFlags): Pick<AnalyzeOptions, 'variants' | 'sampleMap' | 'variantClasses'> {
  return {
    ...(listOf(flags.variants).length > 0 ? { variants: readInputs(listOf(flags.variants)) } : {}),
    ...(flags.sampleMap ? { sampleMap: readInputs([flags.sampleMap])[0]! } : {}),
    ...(flags.variantClasses ? { variantClasses: readInputs([flags.variantClasses])[0]! } : {}),
  };
}
