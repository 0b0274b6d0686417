/**
 * The tables of prism.pzfx, as plain data (prismXml.ts writes them as Prism's XML):
 *
 *   per target, a Column table: one column per model and condition (each sensitive model, then its
 *   resistant partners; per model its vehicle, then the drug conditions in design order), one row per
 *   biological replicate, each cell the lane's `ratioVsReference` from normalized.csv (fold of the
 *   sensitive partner's vehicle in the same replicate);
 *   per target and drug x time with a dose series, an XY table: the dose in nM as X (vehicle 0), one
 *   data set per model with the replicates as sub-columns, each cell the lane's `fractionOfVehicle`.
 *
 * A value is the lane's number itself (no mean, no rounding beyond normalized.csv's 10 digits), so
 * the lab's own statistics in Prism start from the same numbers as blotbypass's.
 */
import { conditionLabel, phospho } from '../../messages/rules.js';
import { groupKey } from '../../groupKey.js';
import type { NormalizedLane } from '../../normalize/types.js';
import type { Results } from '../../results.js';

export interface PrismColumn {
  title: string;
  /** One value per row (null = empty cell); an XY data set has one array per replicate sub-column. */
  cells: (number | null)[][];
}

export interface PrismTable {
  kind: 'column' | 'xy';
  title: string;
  /** Which normalized.csv column the values are, for the notes. */
  valueColumn: 'ratioVsReference' | 'fractionOfVehicle';
  rowTitles: string[];
  /** XY tables: the X value of each row (dose in nM). */
  x: number[] | null;
  columns: PrismColumn[];
}

/** The lanes of one model and condition, keyed by replicate (a replicate with two lanes gets two rows). */
interface Group {
  title: string;
  lanes: NormalizedLane[];
}

export function prismTables(results: Pick<Results, 'design' | 'lanes' | 'doseResponses'>): PrismTable[] {
  const tables: PrismTable[] = [];
  for (const { protein: target } of results.design.targets) {
    const lanes = results.lanes.filter((l) => l.target === target && l.ratioBasis !== 'total/loading');
    if (lanes.length === 0) continue;
    // Each model's lanes found once: a screen has a thousand models and half a million lanes.
    const byLine = new Map<string, NormalizedLane[]>();
    for (const lane of lanes) {
      const own = byLine.get(lane.line);
      if (own) own.push(lane);
      else byLine.set(lane.line, [lane]);
    }
    tables.push(columnTable(results, target, lanes, byLine));
    for (const series of doseSeries(results, target)) tables.push(xyTable(target, series, byLine));
  }
  return tables;
}

/** The models in comparison order: each sensitive model, then the resistant models paired with it; unpaired models last. */
function modelOrder(design: Results['design']): string[] {
  const order: string[] = [];
  const add = (line: string): void => { if (!order.includes(line)) order.push(line); };
  for (const pair of design.pairs) {
    add(pair.sensitive);
    add(pair.resistant);
  }
  for (const model of design.models) add(model.line);
  return order;
}

function columnTable(results: Pick<Results, 'design'>, target: string, lanes: readonly NormalizedLane[], byLine: ReadonlyMap<string, readonly NormalizedLane[]>): PrismTable {
  const drugRank = new Map(results.design.conditions.map((c, i) => [groupKey(c.treatment, c.dose_nM, c.time_h), i]));
  const groups: Group[] = [];
  for (const line of modelOrder(results.design)) {
    const own = byLine.get(line) ?? [];
    const keys = new Map<string, { lane: NormalizedLane; rank: number }>();
    for (const lane of own) {
      const key = groupKey(lane.treatment, lane.dose_nM, lane.time_h);
      // Vehicles first (by time), then the drug conditions in design order.
      const rank = lane.vehicle ? -1e6 + (lane.time_h ?? 0) : drugRank.get(key) ?? results.design.conditions.length;
      if (!keys.has(key)) keys.set(key, { lane, rank });
    }
    const byKey = new Map<string, NormalizedLane[]>();
    for (const lane of own) {
      const key = groupKey(lane.treatment, lane.dose_nM, lane.time_h);
      const group = byKey.get(key);
      if (group) group.push(lane);
      else byKey.set(key, [lane]);
    }
    for (const [key, { lane }] of [...keys].sort((a, b) => a[1].rank - b[1].rank)) {
      groups.push({ title: `${line} ${conditionLabel(lane.treatment, lane.vehicle ? null : lane.dose_nM, lane.time_h)}`, lanes: byKey.get(key) ?? [] });
    }
  }
  const rows = rowKeys(results.design.replicates, groups.map((g) => g.lanes));
  return {
    kind: 'column',
    title: `${ratioTitle(target, lanes)}, ${referenceTitle(results.design, lanes)}`,
    valueColumn: 'ratioVsReference',
    rowTitles: rows.map((r) => r.title),
    x: null,
    columns: groups.map((g) => ({ title: g.title, cells: [rows.map((r) => cell(g.lanes, r, 'ratioVsReference'))] })),
  };
}

interface Series {
  treatment: string;
  time_h: number | null;
  lines: string[];
}

/** Each drug x time with a fitted dose series for this target, and the models that have one. */
function doseSeries(results: Pick<Results, 'doseResponses'>, target: string): Series[] {
  const series = new Map<string, Series>();
  for (const d of results.doseResponses) {
    if (d.target !== target) continue;
    const key = groupKey(d.treatment, d.time_h);
    const s = series.get(key) ?? { treatment: d.treatment, time_h: d.time_h, lines: [] };
    if (!s.lines.includes(d.line)) s.lines.push(d.line);
    series.set(key, s);
  }
  return [...series.values()];
}

function xyTable(target: string, series: Series, byLine: ReadonlyMap<string, readonly NormalizedLane[]>): PrismTable {
  const inSeries = (l: NormalizedLane): boolean => l.time_h === series.time_h && (l.vehicle || l.treatment === series.treatment);
  const dose = (l: NormalizedLane): number => (l.vehicle ? 0 : l.dose_nM ?? 0);
  const ownLanes = series.lines.map((line) => (byLine.get(line) ?? []).filter(inSeries));
  const doses = [...new Set(ownLanes.flat().map(dose))].sort((a, b) => a - b);
  const columns = series.lines.map((line, i) => {
    const own = ownLanes[i]!;
    const replicates = [...new Set(own.map((l) => l.replicate))];
    return {
      title: line,
      cells: replicates.map((replicate) => doses.map((d) => own.find((l) => l.replicate === replicate && dose(l) === d)?.fractionOfVehicle ?? null)),
    };
  });
  return {
    kind: 'xy',
    title: `${phospho(target)} fraction of vehicle, ${conditionLabel(series.treatment, null, series.time_h)} dose series`,
    valueColumn: 'fractionOfVehicle',
    rowTitles: doses.map(String),
    x: doses,
    columns,
  };
}

interface RowKey {
  title: string;
  replicate: string;
  /** The k-th lane of the replicate in a group (technical repeats). */
  index: number;
}

/** One row per replicate, more where a group holds several lanes of one replicate. */
function rowKeys(replicates: readonly string[], groups: readonly (readonly NormalizedLane[])[]): RowKey[] {
  const rows: RowKey[] = [];
  for (const replicate of replicates) {
    const most = Math.max(1, ...groups.map((g) => g.filter((l) => l.replicate === replicate).length));
    for (let index = 0; index < most; index++) rows.push({ title: index === 0 ? replicate : `${replicate} (${index + 1})`, replicate, index });
  }
  return rows;
}

function cell(lanes: readonly NormalizedLane[], row: RowKey, column: 'ratioVsReference' | 'fractionOfVehicle'): number | null {
  return lanes.filter((l) => l.replicate === row.replicate)[row.index]?.[column] ?? null;
}

/** "pERK/ERK", or "pERK/GAPDH" where the ratio fell back to the loading control. */
function ratioTitle(target: string, lanes: readonly NormalizedLane[]): string {
  if (lanes.every((l) => l.ratioBasis === 'phospho/total')) return `${phospho(target)}/${target}`;
  const controls = [...new Set(lanes.map((l) => l.loadingControl).filter((c): c is string => c !== null))];
  return `${phospho(target)}/${controls.length === 1 ? controls[0]! : 'loading control'}`;
}

/** "fold of KM12 DMSO": the reference lanes' model and vehicle, named when there is one. */
function referenceTitle(design: Results['design'], lanes: readonly NormalizedLane[]): string {
  const sensitive = [...new Set(design.pairs.map((p) => p.sensitive))];
  const vehicles = [...new Set(lanes.filter((l) => l.vehicle).map((l) => l.treatment))];
  return sensitive.length === 1 && vehicles.length === 1 ? `fold of ${sensitive[0]!} ${vehicles[0]!}` : 'fold of the sensitive partner\'s vehicle';
}
