/**
 * Option values as a user types them (a command-line flag, a field of the browser app) to checked
 * values: a bad value is a located usage error that names the option. Pure, and free of commander.
 */
import { InputError } from './errors.js';
import { cliMessages } from './messages/cli.js';
import { followUpMessages } from './messages/followUp.js';
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

/** `--drug-class NAME=CLASS` (repeatable): a drug name as the lab writes it, and its class id (checked by the analysis). */
export function collectDrugClass(value: string, previous: Record<string, string> | undefined): Record<string, string> {
  const match = /^([^=]+)=([^=]+)$/.exec(value);
  if (!match) throw new UsageError('bad-option', followUpMessages.drugClass.badOption(value), undefined, followUpMessages.drugClass.hint());
  return { ...(previous ?? {}), [match[1]!.trim()]: match[2]!.trim() };
}

/** Repeatable options start undefined (so help shows no "(default: [])"); read them with `listOf`. */
export function collectValue(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export const listOf = <T>(values: readonly T[] | undefined): readonly T[] => values ?? [];

/** How the numbers of the inputs are written (--decimal, --thousands). */
export interface NumberFormatFlags {
  decimal?: 'dot' | 'comma';
  thousands?: ',' | '.';
}

/** --decimal, or the decimal mark that --thousands implies. */
export function decimalOf(flags: NumberFormatFlags): 'dot' | 'comma' | undefined {
  const implied = flags.thousands === undefined ? undefined : flags.thousands === ',' ? 'dot' : 'comma';
  if (implied && flags.decimal && implied !== flags.decimal) {
    throw new UsageError('conflicting-number-format', cliMessages.conflictingNumberFormat(flags.thousands!, flags.decimal), undefined, cliMessages.conflictingNumberFormatHint());
  }
  return flags.decimal ?? implied;
}
