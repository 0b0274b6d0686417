/**
 * An instrument export joined to its lane layout sheet (layoutSheet.ts): each export row takes the
 * design of its lane, found by membrane (the export's image or file name) and lane name.
 */
import { InputError, InputErrors, type AnalysisWarning } from '../errors.js';
import { vendorMessages as m } from '../messages/vendors.js';
import { designKey, laneKey, type LaneDesign, type LayoutSheet } from './layoutSheet.js';
import type { Band, TargetIdentity } from './types.js';
import type { VendorRow } from './vendors/types.js';

/** List at most this many duplicate bands. */
const MAX_ERRORS = 25;

/**
 * The layout lane an unmatched export lane probably is: the lane of the sheet, not seen in the export,
 * with the same number (`3` for `3a`), or the only one left when this export lane is the only one left.
 */
function closestLane(lane: string, absent: readonly string[], onlyUnmatched: boolean): string | null {
  const digits = lane.replace(/\D+/g, '').replace(/^0+/, '');
  const same = digits === '' ? [] : absent.filter((l) => l.replace(/\D+/g, '').replace(/^0+/, '') === digits);
  if (same.length === 1) return same[0]!;
  return onlyUnmatched && absent.length === 1 ? absent[0]! : null;
}

/** The layout membrane an export file or image belongs to: an exact name, or the longest name it starts with before a separator. */
export function matchMembrane(candidate: string, membranes: readonly string[]): string | null {
  const c = candidate.toLowerCase();
  let best: string | null = null;
  for (const name of membranes) {
    const n = name.toLowerCase();
    const matches = c === n || (c.startsWith(n) && /[-_. ]/.test(c.charAt(n.length)));
    if (matches && (best === null || name.length > best.length)) best = name;
  }
  return best;
}

export interface JoinResult {
  bands: Band[];
  warnings: AnalysisWarning[];
}

/** A layout lane seen in the export: its design and the first row of each target in it. */
interface LaneSlot {
  design: LaneDesign;
  firstRowOf: Map<string, number>;
}

/**
 * Joins instrument rows to the layout sheet by membrane and lane; `targets[i]` is the target of
 * `rows[i]`. Rows of lanes the sheet does not name are left out with a warning (file:row of their
 * first band); lanes of the sheet that the export lacks are reported per membrane. `fileMembrane`
 * is the export's base name. Per row: two map look-ups (membrane, then lane as written) and no
 * string building, so a million-row export joins in linear time.
 */
export function joinLayout(
  file: string, rows: readonly VendorRow[], targets: readonly TargetIdentity[], sheet: LayoutSheet, fileMembrane: string,
): JoinResult {
  const membraneOf = new Map<string, string | null>();
  const resolveMembrane = (row: VendorRow): string | null => {
    if (!sheet.hasMembranes) return fileMembrane;
    const candidate = row.membrane ?? fileMembrane;
    let found = membraneOf.get(candidate);
    if (found === undefined) {
      found = matchMembrane(candidate, sheet.membranes) ?? (row.membrane === null ? null : matchMembrane(fileMembrane, sheet.membranes));
      membraneOf.set(candidate, found);
    }
    return found;
  };
  /** membrane -> lane as written in the export -> slot (null: not in the layout). */
  const slots = new Map<string, Map<string, LaneSlot | null>>();
  const slotOfDesign = new Map<LaneDesign, LaneSlot>();
  const slotOf = (membrane: string, lane: string): LaneSlot | null => {
    let lanes = slots.get(membrane);
    if (!lanes) {
      lanes = new Map();
      slots.set(membrane, lanes);
    }
    let slot = lanes.get(lane);
    if (slot === undefined) {
      const design = sheet.byKey.get(designKey(sheet.hasMembranes ? membrane : null, laneKey(lane)));
      slot = null;
      if (design) {
        // "1" and "Lane 01" are one lane: they share its slot.
        slot = slotOfDesign.get(design) ?? { design, firstRowOf: new Map() };
        slotOfDesign.set(design, slot);
      }
      lanes.set(lane, slot);
    }
    return slot;
  };
  const labelKey = new Map<TargetIdentity, string>();
  const bands: Band[] = [];
  const errors: InputError[] = [];
  const unmatched = new Map<string, { lane: string; membrane: string; row: number; count: number }>();
  const unplaced = new Map<string, { row: number; count: number }>();
  rows.forEach((r, i) => {
    const membrane = resolveMembrane(r);
    if (membrane === null) {
      const image = r.membrane ?? fileMembrane;
      const entry = unplaced.get(image);
      if (entry) entry.count++;
      else unplaced.set(image, { row: r.at.row ?? 0, count: 1 });
      return;
    }
    const slot = slotOf(membrane, r.lane);
    if (slot === null) {
      const key = `${membrane}\u0000${laneKey(r.lane)}`;
      const entry = unmatched.get(key);
      if (entry) entry.count++;
      else unmatched.set(key, { lane: r.lane, membrane, row: r.at.row ?? 0, count: 1 });
      return;
    }
    const target = targets[i]!;
    let label = labelKey.get(target);
    if (label === undefined) {
      label = target.label.toLowerCase();
      labelKey.set(target, label);
    }
    const first = slot.firstRowOf.get(label);
    if (first !== undefined) {
      if (errors.length < MAX_ERRORS) {
        errors.push(new InputError('duplicate-band', m.duplicateBand(target.label, membrane, slot.design.lane, first), { file, row: r.at.row }, m.duplicateBandHint()));
      }
      return;
    }
    slot.firstRowOf.set(label, r.at.row ?? 0);
    const d = slot.design;
    bands.push({
      at: r.at, membrane, lane: d.lane, line: d.line, status: d.status, treatment: d.treatment,
      vehicle: d.vehicle, dose_nM: d.dose_nM, time_h: d.time_h, replicate: d.replicate ?? membrane,
      target, signal: r.signal, saturated: r.saturated ?? false,
    });
  });
  if (sheet.hasMembranes && slots.size === 0 && rows.length > 0) {
    const names = [...new Set(rows.map((r) => r.membrane ?? fileMembrane))];
    throw new InputError('membrane-not-in-layout', m.membraneNotInLayout(names, sheet.membranes), { file }, m.membraneNotInLayoutHint());
  }
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new InputErrors(errors);
  const onMembrane = (l: LaneDesign, membrane: string) => !sheet.hasMembranes || l.membrane === membrane;
  if (bands.length === 0 && rows.length > 0) {
    const exportLanes = [...new Set(rows.map((r) => r.lane))];
    const layoutLanes = sheet.lanes.filter((l) => [...slots.keys()].some((mb) => onMembrane(l, mb))).map((l) => l.lane);
    throw new InputError('no-lane-in-layout', m.noLaneMatched(exportLanes, layoutLanes), { file }, m.noLaneMatchedHint());
  }

  const warnings: AnalysisWarning[] = [];
  for (const [image, u] of unplaced) {
    warnings.push({ code: 'image-not-in-layout', message: m.imageNotInLayout(image, u.count), at: { file, row: u.row } });
  }
  const absentOn = new Map<string, string[]>();
  for (const [membrane, lanes] of slots) {
    const seen = new Set<LaneDesign>();
    for (const slot of lanes.values()) if (slot) seen.add(slot.design);
    absentOn.set(membrane, sheet.lanes.filter((l) => onMembrane(l, membrane) && !seen.has(l)).map((l) => l.lane));
  }
  const unmatchedOn = new Map<string, number>();
  for (const u of unmatched.values()) unmatchedOn.set(u.membrane, (unmatchedOn.get(u.membrane) ?? 0) + 1);
  for (const u of unmatched.values()) {
    const suggestion = closestLane(u.lane, absentOn.get(u.membrane) ?? [], unmatchedOn.get(u.membrane) === 1);
    warnings.push({ code: 'lane-not-in-layout', message: m.laneNotInLayout(u.lane, u.membrane, u.count) + (suggestion === null ? '' : m.didYouMeanLane(suggestion)), at: { file, row: u.row } });
  }
  for (const [membrane, absent] of absentOn) {
    if (absent.length > 0) warnings.push({ code: 'layout-lane-missing', message: m.layoutLanesMissing(absent, membrane, sheet.file), at: { file } });
  }
  return { bands, warnings };
}
