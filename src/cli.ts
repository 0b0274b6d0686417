#!/usr/bin/env node
/**
 * The command-line shell: parse flags, call the library, print, set the exit code.
 * This is the only module that touches `process`, `console` or exit codes.
 *
 * Exit codes: 0 success, 2 bad input or usage, 1 internal error.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { analyze, loadInputs, type AnalyzeOptions } from './analyze.js';
import { InputError, InputErrors, formatWarning } from './errors.js';
import type { InputBytes } from './load/loadFile.js';
import { buildDataFiles } from './report/outputFiles.js';
import { resultsToJson } from './report/jsonOutput.js';
import { textSummary } from './report/textSummary.js';
import { writeOutputSet } from './report/writeOutputs.js';
import type { ModelPair } from './settings.js';
import { TOOL_VERSION } from './version.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

const EXIT_OK = 0;
const EXIT_INTERNAL = 1;
const EXIT_INPUT = 2;

/** A usage problem in an option value: exit 2 with a one-line message. */
class UsageError extends InputError {}

function readInputs(paths: readonly string[]): InputBytes[] {
  return paths.map((path) => {
    try {
      return { name: path, bytes: readFileSync(path) };
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      throw new InputError('cannot-read', `cannot read the file: ${reason}`, { file: path }, 'check the path and that you may read it');
    }
  });
}

function parseNumberOption(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max) throw new UsageError('bad-option', `--${name} must be a number from ${min} to ${max}, got "${value}"`);
    return n;
  };
}

function collectPair(value: string, previous: ModelPair[]): ModelPair[] {
  const match = /^([^=]+)=([^=]+)$/.exec(value);
  if (!match) throw new UsageError('bad-option', `--pair must look like RESISTANT=SENSITIVE, got "${value}"`);
  return [...previous, { resistant: match[1]!.trim(), sensitive: match[2]!.trim() }];
}

interface AnalyzeFlags {
  out: string;
  json?: boolean;
  loading?: string;
  saturation?: number;
  keepSaturated?: boolean;
  decimal?: 'dot' | 'comma';
  pair: ModelPair[];
  driftFold: number;
  weakReference: number;
  confidence: number;
}

function analyzeOptions(flags: AnalyzeFlags, env: CliIo['env']): AnalyzeOptions {
  const epoch = env.SOURCE_DATE_EPOCH;
  const sourceDateEpoch = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) : undefined;
  return {
    ...(flags.decimal ? { decimal: flags.decimal } : {}),
    ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
    settings: {
      loadingControl: flags.loading ?? null,
      saturation: flags.saturation ?? null,
      keepSaturated: flags.keepSaturated ?? false,
      loadingDriftFold: flags.driftFold,
      weakReferenceFraction: flags.weakReference,
      confidenceLevel: flags.confidence,
      pairs: flags.pair,
    },
  };
}

export function buildProgram(io: CliIo): Command {
  const program = new Command('blotbypass')
    .description('Western-blot densitometry to TRK-inhibitor resistance mechanism: normalise, compare, decide, report.')
    .version(TOOL_VERSION, '-V, --version')
    .showHelpAfterError('(run blotbypass --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('analyze')
    .description('normalise, compare and decide; write results.json, normalized.csv, comparisons.csv and the report')
    .argument('<files...>', 'densitometry tables (CSV/TSV), e.g. one per membrane')
    .option('-o, --out <dir>', 'output directory', 'blotbypass-out')
    .option('--json', 'print results.json to standard output instead of the summary')
    .option('--loading <target>', 'loading control to normalise to (default: total-protein stain, else GAPDH, beta-actin, ... per membrane)')
    .option('--saturation <value>', 'signals at or above this are saturated, e.g. 65535 for 16-bit images', parseNumberOption('saturation', 0, Number.MAX_VALUE))
    .option('--keep-saturated', 'keep saturated bands in the analysis (flagged) instead of leaving them out')
    .addOption(new Option('--decimal <mark>', 'decimal mark of the numbers (default: detected)').choices(['dot', 'comma']))
    .option('--pair <resistant=sensitive>', 'which sensitive model a resistant model is compared with (repeatable)', collectPair, [])
    .option('--drift-fold <fold>', 'flag lanes whose loading control is more than this fold from the membrane median', parseNumberOption('drift-fold', 1, 100), 1.5)
    .option('--weak-reference <fraction>', 'flag reference lanes below this fraction of the membrane median', parseNumberOption('weak-reference', 0, 1), 0.1)
    .option('--confidence <level>', 'confidence level of intervals', parseNumberOption('confidence', 0.5, 0.999), 0.95)
    .action((files: string[], flags: AnalyzeFlags) => {
      const inputs = readInputs(files);
      const results = analyze(inputs, analyzeOptions(flags, io.env));
      const written = writeOutputSet(flags.out, buildDataFiles(results), files);
      if (flags.json) io.stdout(resultsToJson(results));
      else io.stdout(`${textSummary(results, written.map((p) => relative(io.cwd, p) || p))}\n`);
    });

  program
    .command('validate')
    .description('check input files without analysing them')
    .argument('<files...>', 'densitometry tables (CSV/TSV)')
    .addOption(new Option('--decimal <mark>', 'decimal mark of the numbers (default: detected)').choices(['dot', 'comma']))
    .action((files: string[], flags: { decimal?: 'dot' | 'comma' }) => {
      const loaded = loadInputs(readInputs(files), flags.decimal ? { decimal: flags.decimal } : {});
      for (const f of loaded) {
        io.stdout(`${f.file}: ok - ${f.layout} layout, ${f.rows} rows, ${f.bands.length} bands, ${f.encoding}, delimiter ${JSON.stringify(f.delimiter)}, decimal ${f.decimal}\n`);
        for (const w of f.warnings) io.stdout(`  warning: ${formatWarning(w)}\n`);
      }
    });
  return program;
}

/** Runs the CLI in-process and returns the exit code (tests call this directly). */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // --help and --version exit through here with code 0; usage errors are already printed by commander.
    return error.exitCode === 0 ? EXIT_OK : EXIT_INPUT;
  }
  if (error instanceof InputErrors) {
    for (const e of error.errors) io.stderr(`error: ${e.format()}\n`);
    return EXIT_INPUT;
  }
  if (error instanceof InputError) {
    io.stderr(`error: ${error.format()}\n`);
    return EXIT_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`internal error: ${message}\nthis is a bug in blotbypass; please report it with the input that caused it${io.env.BLOTBYPASS_DEBUG ? `\n${(error as Error).stack ?? ''}` : ' (set BLOTBYPASS_DEBUG=1 for details)'}\n`);
  return EXIT_INTERNAL;
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  };
  run(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  }, (error: unknown) => {
    console.error(`internal error: ${String(error)}`);
    process.exitCode = EXIT_INTERNAL;
  });
}
