#!/usr/bin/env node
/**
 * The command-line shell: parse flags, call the library, print, set the exit code.
 * This is the only module that touches `process`, `console` or exit codes.
 *
 * Exit codes: 0 success, 2 bad input or usage, 1 internal error.
 *
 * Only light modules are imported up front; each command imports what it needs (the pipeline,
 * the report and through it vega) when it runs, so `blotbypass --version` answers at once.
 * tests/cliImports.test.ts keeps the heavy packages out of the static imports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { InputError, InputErrors } from './errors.js';
import type { LoadedFile } from './load/types.js';
import { appMessages } from './messages/app.js';
import { vendorMessages } from './messages/vendors.js';
import type { ModelPair } from './settings.js';
import { TOOL_VERSION } from './version.js';
import { progressLine } from './cliProgress.js';
import { cliMessages } from './messages/cli.js';
import { DEFAULT_OUT, UsageError, collectDrugClass, outputFolder, collectPair, collectValue, listOf, parseNumberOption, parseThreads, withInputOptions, type InputFlags } from './cliOptions.js';
import { MAX_THREADS } from './parallel/limits.js';
import { activeRules, analyzeOptions, loadOptions, readInputs, type AnalyzeFlags } from './cliInputs.js';
import { LARGE_RUN_BYTES, LARGE_RUN_MARK, fileSize, largeRunFlags } from './largeRun.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** True when stderr is a terminal: only then is a progress line drawn there. */
  stderrIsTTY?: boolean;
  /** Standard input, for a file named `-` (default: file descriptor 0). */
  stdin?: () => Uint8Array;
}

export { PROGRESS_MIN_BYTES, progressLine, type ProgressLine } from './cliProgress.js';

const EXIT_OK = 0;
const EXIT_INTERNAL = 1;
const EXIT_INPUT = 2;

/** Flags of the commands that load and normalise without the statistics (validate, power). */
type NormaliseFlags = InputFlags & { loading?: string; pair?: ModelPair[] };

/** Steps 1-2 of the pipeline for validate and power; `afterLoad` runs between them. */
async function loadAndNormalise(files: readonly string[], flags: NormaliseFlags, io: CliIo, afterLoad?: (loaded: LoadedFile[]) => void) {
  const [{ loadInputs }, { normalize }, { DEFAULT_SETTINGS }] = await Promise.all([import('./analyze.js'), import('./normalize/normalize.js'), import('./settings.js')]);
  const loaded = loadInputs(readInputs(files, io.stdin), loadOptions(flags));
  afterLoad?.(loaded);
  const data = normalize(loaded.flatMap((f) => f.bands), { ...DEFAULT_SETTINGS, loadingControl: flags.loading ?? null, pairs: [...listOf(flags.pair)] });
  return { loaded, data };
}

export function buildProgram(io: CliIo): Command {
  const program = new Command('blotbypass')
    .description('Western-blot densitometry to TRK-inhibitor resistance mechanism: normalise, compare, decide, report.')
    .version(TOOL_VERSION, '-V, --version')
    .showHelpAfterError('(run blotbypass --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  withInputOptions(program
    .command('analyze')
    .description('normalise, compare and decide; write results.json, normalized.csv, comparisons.csv and the report')
    .argument('<files...>', 'densitometry tables (CSV/TSV), e.g. one per membrane'))
    .option('-o, --out <dir>', `output directory (default: ${DEFAULT_OUT}; with --json, nothing is written unless --out is given)`)
    .option('--json', 'print results.json to standard output instead of the summary')
    .option('--loading <target>', 'loading control to normalise to (default: total-protein stain, else GAPDH, beta-actin, ... per membrane)')
    .option('--saturation <value>', 'signals at or above this are saturated, e.g. 65535 for 16-bit images', parseNumberOption('saturation', 0, Number.MAX_VALUE))
    .option('--keep-saturated', 'keep saturated bands in the analysis (flagged) instead of leaving them out')
    .option('--pair <resistant=sensitive>', 'which sensitive model a resistant model is compared with (repeatable)', collectPair)
    .option('--drift-fold <fold>', 'flag lanes whose loading control is more than this fold from the membrane median', parseNumberOption('drift-fold', 1, 100), 1.5)
    .option('--weak-reference <fraction>', 'flag reference lanes below this fraction of the membrane median', parseNumberOption('weak-reference', 0, 1), 0.1)
    .option('--confidence <level>', 'confidence level of intervals', parseNumberOption('confidence', 0.5, 0.999), 0.95)
    .addOption(new Option('--test <test>', 'resistant-vs-sensitive test: linear-model (blocked linear model), or per-replicate paired / welch t-tests').choices(['linear-model', 'paired', 'welch']).default('linear-model'))
    .option('--no-report', 'write the data files only (results.json, normalized.csv, comparisons.csv), not report.html and charts/')
    .option('--no-pdf', 'write no report.pdf beside report.html')
    .option('--experiment <id>', 'experiment ID (e.g. the notebook entry), shown in the report, the PDF and results.json')
    .option('--operator <name>', 'who ran the experiment, shown in the report, the PDF and results.json')
    .option('--title <text>', 'title of the report and the PDF (default: the models compared)')
    .option('--lanes-in-json', 'embed every normalised lane in results.json as lanes[] (they are always in normalized.csv)')
    .option('--rules <file>', 'rules file (JSON) that changes thresholds or replaces the default TRK rule set; see blotbypass rules')
    .option('--drug-class <name=class>', 'the class of a drug the drug table does not know, e.g. "TRKi-7=trk-first-generation" (repeatable; docs/follow-up.md)', collectDrugClass)
    .option('--variants <file>', 'sequencing results to set beside each verdict: a MAF or a table gene, protein_change, sample[, vaf, copy_number] (repeatable)', collectValue)
    .option('--sample-map <file>', 'CSV with columns sample,line mapping sequenced samples to the blot models')
    .option('--variant-classes <file>', 'JSON entries that add to (and override) the built-in variant classification')
    .option('--threads <n>', 'threads for the comparisons and curves of a large run (default: the machine\'s cores; 1 = one thread)', parseThreads(MAX_THREADS))
    .action(async (files: string[], flags: AnalyzeFlags) => {
      const out = outputFolder(flags);
      // report.pdf's worker thread loads and warms up pdfkit while this one analyses. A large run
      // builds its PDF on this thread, after the analysis: a second isolate (its heap, pdfkit loaded
      // again, a copy of the input) costs more memory than it saves time there.
      const pdfStart = out !== null && flags.report && flags.pdf ? await import('./report/pdf/pdfThread.js') : null;
      const pdfThread = pdfStart && (files.reduce((n, f) => n + (fileSize(f) ?? 0), 0) < LARGE_RUN_BYTES ? pdfStart.startPdfThread() : pdfStart.pdfOnThisThread());
      const [{ analyzeParallel }, { analysisOutputSet, buildReportFiles }, { resultsJsonChunks }, { textSummary, describeWritten }, { writeOutputSet, MANIFEST_NAME }] = await Promise.all([
        import('./parallel/analyzeParallel.js'), import('./report/outputFiles.js'), import('./report/jsonOutput.js'), import('./report/textSummary.js'), import('./report/writeOutputs.js'),
      ]);
      const inputs = readInputs(files, io.stdin);
      const progress = progressLine(io, inputs.reduce((n, input) => n + input.bytes.length, 0));
      try {
        const threads = flags.threads === undefined ? {} : { threads: flags.threads };
        const results = await analyzeParallel(inputs, { ...(await analyzeOptions(flags, io.env)), onProgress: progress.update }, threads);
        // The input's bytes (70 MB for a screen) are not read again: let them go before the report. A
        // large run (largeRun.ts) also collects, once (0.2 s), what the analysis left behind, so that
        // the report is drawn within the memory the analysis needed: 50-70 MiB less at the 1,000-model
        // screen's peak (bench/RESULTS.md).
        inputs.length = 0;
        (globalThis as { gc?: () => void }).gc?.();
        const json = { lanes: flags.lanesInJson === true };
        if (out === null) {
          // --json alone: the results on stdout, nothing on disk.
          progress.finish();
          for (const chunk of resultsJsonChunks(results, json)) io.stdout(chunk);
          return;
        }
        if (flags.report) progress.update('report', 0, 1);
        const outputs = analysisOutputSet(results, json, flags.report ? await buildReportFiles(results, { pdf: flags.pdf, ...(pdfThread ? { pdfThread } : {}) }) : [], [MANIFEST_NAME]);
        progress.update('write', 0, 1);
        const inputPaths = [...files, ...listOf(flags.variants), ...[flags.sampleMap, flags.variantClasses].filter((p): p is string => p !== undefined)];
        writeOutputSet(out, outputs, inputPaths, { manifest: { tool: 'blotbypass', version: TOOL_VERSION } });
        progress.finish();
        const written = { dir: relative(io.cwd, resolve(out)) || '.', files: [...outputs.map((o) => o.path), MANIFEST_NAME] };
        if (flags.json) {
          for (const chunk of resultsJsonChunks(results, { ...json, outputFiles: written.files })) io.stdout(chunk);
          // stdout carries the JSON alone; where the files went is said on stderr.
          io.stderr(`${describeWritten(written)}\n`);
        }
        else io.stdout(`${textSummary(results, written)}\n`);
      } finally {
        progress.finish();
      }
    });

  withInputOptions(program
    .command('validate')
    .description('check input files and preview what the analysis will understand (models, treatments, antibodies, loading controls), without analysing them')
    .argument('<files...>', 'densitometry tables (CSV/TSV)'))
    .option('--loading <target>', 'loading control to normalise to, as for analyze')
    .option('--pair <resistant=sensitive>', 'which sensitive model a resistant model is compared with (repeatable)', collectPair)
    .option('--json', 'print the preview as JSON')
    .action(async (files: string[], flags: NormaliseFlags & { json?: boolean }) => {
      const { buildPreview, previewText, fileLines } = await import('./report/preview.js');
      // Each file's line first: a design the analysis would refuse (exit 2) is reported after them.
      const { loaded, data } = await loadAndNormalise(files, flags, io, (l) => { if (!flags.json) io.stdout(fileLines(l)); });
      const preview = buildPreview(loaded, data);
      io.stdout(flags.json ? `${JSON.stringify(preview, null, 2)}\n` : previewText(preview, { withFiles: false }));
    });

  withInputOptions(program
    .command('power')
    .description('from a pilot experiment: the residual SD per target, and the chance that a 2-, 4- and 8-fold difference is called with 2 to 8 replicates')
    .argument('<files...>', 'the pilot\'s densitometry tables (CSV/TSV), as for analyze'))
    .option('--loading <target>', 'loading control to normalise to (default: total-protein stain, else GAPDH, beta-actin, ... per membrane)')
    .option('--pair <resistant=sensitive>', 'which sensitive model a resistant model is compared with (repeatable)', collectPair)
    .option('--rules <file>', 'rules file whose thresholds (alpha, minLog2Ratio) define a called difference')
    .option('--json', 'print the table as JSON')
    .action(async (files: string[], flags: NormaliseFlags & { rules?: string; json?: boolean }) => {
      const [{ pilotVariance }, { powerTable, powerText }] = await Promise.all([import('./stats/pilotVariance.js'), import('./report/powerText.js')]);
      const { data } = await loadAndNormalise(files, flags, io);
      const { thresholds } = (await activeRules(flags.rules)).ruleSet;
      const rows = powerTable(pilotVariance(data), thresholds);
      io.stdout(flags.json ? `${JSON.stringify({ alpha: thresholds.alpha, minLog2Ratio: thresholds.minLog2Ratio, targets: rows }, null, 2)}\n` : powerText(rows, thresholds));
    });

  program
    .command('rules')
    .description('print the active rule set in plain language: every threshold, the confidence grades, the rules in order of precedence')
    .option('--rules <file>', 'rules file (JSON) to print instead of the default TRK rule set')
    .option('--json', 'print the rule set as a complete rules file to start a custom set from')
    .action(async (flags: { rules?: string; json?: boolean }) => {
      const active = await activeRules(flags.rules);
      const { describeRuleSet, ruleSetToJson } = await import('./rules/describeRuleSet.js');
      io.stdout(flags.json ? ruleSetToJson(active.ruleSet) : describeRuleSet(active));
    });

  program
    .command('formats')
    .description('list the file formats blotbypass reads: its own layouts and imaging-software exports')
    .option('--json', 'print the list as JSON')
    .action(async (flags: { json?: boolean }) => {
      const { describeFormats, listFormats } = await import('./load/formats.js');
      io.stdout(flags.json ? `${JSON.stringify(listFormats(), null, 2)}\n` : describeFormats());
    });

  program
    .command('template')
    .description('write a starter lane layout sheet (layout.csv) and long-layout table (bands-long.csv)')
    .option('-o, --out <dir>', 'directory to write them to', '.')
    .action(async (flags: { out: string }) => {
      const { starterFiles } = await import('./load/starterFiles.js');
      const files = starterFiles().map((f) => ({ ...f, path: join(flags.out, f.name) }));
      const existing = files.find((f) => existsSync(f.path));
      if (existing) throw new UsageError('file-exists', vendorMessages.templateExists(existing.path), undefined, vendorMessages.templateExistsHint());
      mkdirSync(flags.out, { recursive: true });
      for (const f of files) {
        writeFileSync(f.path, f.text, { flag: 'wx' });
        io.stdout(`${vendorMessages.templateWritten(f.path)}\n`);
      }
      io.stdout(`${vendorMessages.templateNext(files[0]!.path, files[1]!.path)}\n`);
    });
  program
    .command('app')
    .description('write blotbypass.html: the whole analysis in one offline web page, for people without Node (open it in a browser)')
    .option('-o, --out <dir>', 'directory to write it to', '.')
    .action(async (flags: { out: string }) => {
      const { writeOutputSet } = await import('./report/writeOutputs.js');
      // Beside this module in dist/; from the sources (the tests run src/cli.ts) the build in dist/.
      const candidates = ['./app/blotbypass.html', '../dist/app/blotbypass.html'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
      const built = candidates.find((p) => existsSync(p)) ?? candidates[0]!;
      if (!existsSync(built)) throw new InputError('app-missing', appMessages.appMissing(built), undefined, appMessages.appMissingHint());
      const [written] = writeOutputSet(flags.out, [{ path: 'blotbypass.html', content: readFileSync(built) }], []);
      io.stdout(`${appMessages.appWritten(relative(io.cwd, written!) || written!)}\n`);
    });
  program.addHelpText('after', cliMessages.helpFooter());
  return program;
}

/** Runs the CLI in-process and returns the exit code (tests call this directly). */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return argv.includes('--json') ? reportErrorAsJson(error, io) : reportError(error, io);
  }
}

/**
 * With --json, a refusal is one JSON line on stderr, `{"errors": [{code, message, hint, file, row,
 * column, sheet, cell}]}` (the codes are listed in docs/errors.md), so a pipeline can branch on the code.
 */
function reportErrorAsJson(error: unknown, io: CliIo): number {
  const errors = error instanceof InputErrors ? error.errors : error instanceof InputError ? [error] : null;
  if (errors === null) return reportError(error, io);
  io.stderr(`${JSON.stringify({ errors: errors.map((e) => ({ code: e.code, message: e.message, ...(e.hint !== undefined ? { hint: e.hint } : {}), ...e.at })) })}\n`);
  return EXIT_INPUT;
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

if (isMain()) start();

/** Runs the command line of this process (node dist/cli.js, or the bundle's entry src/bin.ts). */
export function start(): void {
  const flags = largeRunFlags(process.argv.slice(2), process.env, process.execArgv, fileSize);
  if (flags) {
    const child = spawnSync(process.execPath, [...process.execArgv, ...flags, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, [LARGE_RUN_MARK]: '1' } });
    process.exitCode = child.status ?? EXIT_INTERNAL;
  } else main();
}

function main(): void {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stderrIsTTY: process.stderr.isTTY === true,
  };
  run(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  }, (error: unknown) => {
    console.error(`internal error: ${String(error)}`);
    process.exitCode = EXIT_INTERNAL;
  });
}
