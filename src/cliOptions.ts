/**
 * The command line's option values: parsers that refuse a bad value with a located usage error, the
 * options every command reading densitometry files shares, and the number format they imply. Pure:
 * nothing here touches the process (src/cli.ts does).
 */
import { Option, type Command } from 'commander';
import { InputError } from './errors.js';
import { cliMessages } from './messages/cli.js';
import { FORMAT_NAMES } from './load/formatNames.js';
import type { ModelPair } from './settings.js';

/** A usage problem in an option value: exit 2 with a one-line message. */
export class UsageError extends InputError {}

export function parseNumberOption(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max) throw new UsageError('bad-option', cliMessages.badNumberOption(name, min, max, value), undefined, cliMessages.badNumberOptionHint(name));
    return n;
  };
}

export function collectPair(value: string, previous: ModelPair[] | undefined): ModelPair[] {
  const match = /^([^=]+)=([^=]+)$/.exec(value);
  if (!match) throw new UsageError('bad-option', cliMessages.badPair(value), undefined, cliMessages.badPairHint());
  return [...(previous ?? []), { resistant: match[1]!.trim(), sensitive: match[2]!.trim() }];
}

/** Repeatable options start undefined (so help shows no "(default: [])"); read them with `listOf`. */
export function collectValue(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export const listOf = <T>(values: readonly T[] | undefined): readonly T[] => values ?? [];

/** Flags shared by analyze and validate: how to read the inputs. */
export interface InputFlags {
  decimal?: 'dot' | 'comma';
  thousands?: ',' | '.';
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

/** --decimal, or the decimal mark that --thousands implies. */
export function decimalOf(flags: InputFlags): 'dot' | 'comma' | undefined {
  const implied = flags.thousands === undefined ? undefined : flags.thousands === ',' ? 'dot' : 'comma';
  if (implied && flags.decimal && implied !== flags.decimal) {
    throw new UsageError('conflicting-number-format', cliMessages.conflictingNumberFormat(flags.thousands!, flags.decimal), undefined, cliMessages.conflictingNumberFormatHint());
  }
  return flags.decimal ?? implied;
}
