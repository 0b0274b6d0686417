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

/** --threads N: a whole number from 1 to `max`. */
export function parseThreads(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError('bad-option', cliMessages.badThreads(max, value), undefined, cliMessages.badThreadsHint());
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

/**
 * The time an analysis is stamped with, in whole seconds since 1970: SOURCE_DATE_EPOCH when set (the
 * reproducible-builds convention: same inputs and stamp, same bytes), otherwise the time it ran.
 */
export function analysisEpoch(sourceDateEpoch: string | undefined, nowMs: number): number {
  if (sourceDateEpoch === undefined || sourceDateEpoch.trim() === '') return Math.floor(nowMs / 1000);
  const text = sourceDateEpoch.trim();
  // Up to year 9999: a later date has no ISO text.
  if (!/^\d{1,12}$/.test(text) || Number(text) > MAX_EPOCH) {
    throw new UsageError('bad-source-date-epoch', cliMessages.badSourceDateEpoch(sourceDateEpoch), undefined, cliMessages.badSourceDateEpochHint());
  }
  return Number(text);
}

/** 9999-12-31T23:59:59Z. */
const MAX_EPOCH = 253402300799;

/** --experiment, --operator, --title as typed: trimmed, an empty value left out. */
export function experimentOf(values: { experiment?: string | undefined; operator?: string | undefined; title?: string | undefined }): { id?: string; operator?: string; title?: string } {
  const clean = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v.trim().replace(/\s+/g, ' '));
  const id = clean(values.experiment);
  const operator = clean(values.operator);
  const title = clean(values.title);
  return { ...(id ? { id } : {}), ...(operator ? { operator } : {}), ...(title ? { title } : {}) };
}
