/**
 * Which antibody each exported band shows. Exports name it in a band label, a peak name or not at all,
 * so the user can say it: `--channel 800=pERK` per detection channel, `--target pERK` for every file,
 * `--target M1_pERK.csv=pERK` for one file. Precedence, first match wins:
 *
 *   1. `--channel` for the row's channel
 *   2. `--target FILE=NAME` for this file
 *   3. the label in the export (Band Label, peak Name, primary antibody)
 *   4. `--target NAME`
 *
 * Labels are resolved once per distinct name (`identifyTarget` is not cheap on a million rows).
 */
import { InputError } from '../../errors.js';
import { vendorMessages as m } from '../../messages/vendors.js';
import { identifyTarget } from '../targetNames.js';
import type { TargetIdentity } from '../types.js';
import type { VendorRow } from './types.js';

export interface TargetOptions {
  /** `--target` values: `NAME` or `FILE=NAME`. */
  target?: readonly string[];
  /** `--channel` values: `CHANNEL=NAME`, e.g. `800=pERK`. */
  channel?: readonly string[];
}

interface ParsedTargets {
  all: string | null;
  byFile: { file: string; name: string }[];
  channels: Map<string, string>;
}

/** The comparable form of a channel: its wavelength when it has one ("800", "IR800", "800 nm" -> "800"). */
export function channelKey(channel: string): string {
  return /\d{3,4}/.exec(channel)?.[0] ?? channel.trim().toLowerCase();
}

export function parseTargetOptions(options: TargetOptions): ParsedTargets {
  const parsed: ParsedTargets = { all: null, byFile: [], channels: new Map() };
  for (const value of options.target ?? []) {
    const parts = value.split('=').map((p) => p.trim());
    if (parts.some((p) => p === '') || parts.length > 2) throw new InputError('bad-option', m.badTargetOption(value), undefined, m.targetOptionHint());
    if (parts.length === 1) {
      if (parsed.all !== null && parsed.all !== parts[0]) throw new InputError('bad-option', m.targetTwice(parsed.all, parts[0]!), undefined, m.targetOptionHint());
      parsed.all = parts[0]!;
    } else parsed.byFile.push({ file: parts[0]!, name: parts[1]! });
  }
  for (const value of options.channel ?? []) {
    const match = /^([^=]+)=([^=]+)$/.exec(value);
    if (!match || match[1]!.trim() === '' || match[2]!.trim() === '') throw new InputError('bad-option', m.badChannelOption(value), undefined, m.targetOptionHint());
    parsed.channels.set(channelKey(match[1]!), match[2]!.trim());
  }
  return parsed;
}

/** True when a `--target FILE=` spec names this input: its path, its base name, or its base name without extension. */
export function fileMatches(spec: string, file: string): boolean {
  const norm = (s: string) => s.replaceAll('\\', '/');
  const path = norm(file);
  const wanted = norm(spec);
  const base = path.split('/').pop() ?? path;
  return path === wanted || base === wanted || base.replace(/\.[^.]+$/, '') === wanted || path.endsWith(`/${wanted}`);
}

/** The target of every row (same order; rows with one name share one object), or throws when a row's antibody cannot be known. */
export function assignTargets(file: string, rows: readonly VendorRow[], options: TargetOptions): TargetIdentity[] {
  const parsed = parseTargetOptions(options);
  const forFile = parsed.byFile.find((t) => fileMatches(t.file, file))?.name ?? null;
  const channels = new Set<string>();
  for (const r of rows) if (r.channel !== undefined) channels.add(r.channel);
  const identities = new Map<string, TargetIdentity>();
  const identify = (name: string): TargetIdentity => {
    let id = identities.get(name);
    if (!id) {
      id = identifyTarget(name);
      identities.set(name, id);
    }
    return id;
  };
  const channelName = new Map<string, string | undefined>();
  return rows.map((r) => {
    let name: string | undefined;
    if (r.channel !== undefined) {
      if (!channelName.has(r.channel)) channelName.set(r.channel, parsed.channels.get(channelKey(r.channel)));
      name = channelName.get(r.channel);
    }
    name ??= forFile ?? r.targetLabel;
    if (name === undefined && r.channel !== undefined && channels.size > 1 && parsed.channels.size > 0) {
      throw new InputError('no-target', m.channelWithoutTarget(r.channel), { file, row: r.at.row }, m.channelWithoutTargetHint(r.channel));
    }
    if (channels.size <= 1 || parsed.channels.size > 0) name ??= parsed.all ?? undefined;
    if (name === undefined) throw new InputError('no-target', m.noTarget(), { file, row: r.at.row }, m.noTargetHint(channels.size > 1 ? [...channels] : []));
    return identify(name);
  });
}
