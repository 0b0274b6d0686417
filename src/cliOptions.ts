/**
 * The command line's option values: parsers that refuse a bad value with a located usage error, the
 * options every command reading densitometry files shares, and where analyze writes. The value parsers themselves are in
 * optionValues.ts (free of commander: the browser app uses them too). Pure: nothing here touches the
 * process (src/cli.ts does).
 */
import { Option, type Command } from 'commander';
import { FORMAT_NAMES } from './load/formatNames.js';
import { cliMessages } from './messages/cli.js';
import { UsageError, collectValue, type NumberFormatFlags } from './optionValues.js';

export { UsageError, analysisEpoch, collectDrugClass, collectPair, collectValue, decimalOf, experimentOf, listOf, parseNumberOption, parseThreads } from './optionValues.js';

/** Flags shared by analyze and validate: how to read the inputs. */
export interface InputFlags extends NumberFormatFlags {
  format?: string;
  layout?: string;
  target?: string[];
  channel?: string[];
  sheet?: string[];
}

/** The options of every command that reads densitometry files (analyze, validate, power). */
export function withInputOptions(command: Command): Command {
  return command
    .addOption(new Option('--decimal <mark>', 'decimal mark of the numbers (default: detected)').choices(['dot', 'comma']))
    .addOption(new Option('--thousands <separator>', 'thousands separator of the numbers: "," (decimal dot) or "." (decimal comma); default: detected').choices([',', '.']))
    .addOption(new Option('--format <name>', 'read the files as this format (default: detected; see blotbypass formats)').choices(FORMAT_NAMES))
    .option('--layout <file>', 'lane layout sheet for instrument exports: lane -> line, status, treatment, dose, time, replicate')
    .option('--target <name>', 'antibody of an instrument export: NAME for every file, or FILE=NAME (repeatable)', collectValue)
    .option('--channel <channel=target>', 'antibody of a detection channel, e.g. 800=pERK (repeatable)', collectValue)
    .option('--sheet <name>', 'sheet of an .xlsx workbook to read: NAME for every workbook, or FILE:NAME (repeatable; default: the first sheet that reads as data)', collectValue);
}

/** Where analyze writes when --out is not given (and --json is not either). */
export const DEFAULT_OUT = 'blotbypass-out';

/** The output folder of an analysis; null when the results go to stdout only (--json without --out). */
export function outputFolder(flags: { out?: string; json?: boolean }): string | null {
  if (flags.out === undefined) return flags.json === true ? null : DEFAULT_OUT;
  if (flags.out === '-' || flags.out.trim() === '') throw new UsageError('bad-out', cliMessages.badOut(flags.out), undefined, cliMessages.badOutHint());
  return flags.out;
}
