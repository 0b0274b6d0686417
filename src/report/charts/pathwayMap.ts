/**
 * The pathway map: receptors (TRK, EGFR, HER2, MET, IGF1R and any other receptor probed) feeding
 * RAS-RAF-MEK-ERK(-RSK) and PI3K-AKT-mTORC1(-S6, 4E-BP1), one map per verdict (resistant model and
 * condition), small multiples side by side. Each node reads the quantity the verdict reads there:
 *   - TRK and the downstream nodes: the drug response, the resistant model's state under the drug
 *     (suppressed / grey zone / sustained: light, hatched, dark, so that it reads in grey print), with
 *     the sensitive model's state beside it (the small square, and "R 72 % · S 9 %");
 *   - the other receptors (EGFR, HER2, MET, IGF1R, ...), which a TRK inhibitor is not expected to
 *     touch: raised / unchanged / lower in the resistant model versus the sensitive one at baseline
 *     (vehicle phospho/total, or total protein amplified): a dark purple, white, or dotted fill.
 * Nodes are marked ▲ when raised versus the sensitive partner and outlined when the verdict names
 * them as a driver; unprobed nodes are drawn plainly. Every node shows its numbers as text, and is
 * focusable with the full numbers as its accessible name (and <title>). Plain SVG (no vega, no
 * script): it reads without JavaScript.
 *
 *   results -> per verdict: the comparisons at its (reading) condition, the levels at its vehicle time
 *           -> nodes with a state -> one SVG of all maps (charts/pathway.svg; PNG beside it)
 */
import { groupKey } from '../../groupKey.js';
import { pathwayMessages as m } from '../../messages/pathway.js';
import { reportMessages as rm } from '../../messages/report.js';
import type { Results } from '../../results.js';
import type { Verdict } from '../../rules/types.js';
import type { Comparison, Levels } from '../../stats/comparisonTypes.js';
import { BYPASS_RECEPTORS, EPITHELIAL_MARKERS, MESENCHYMAL_MARKERS } from '../../load/targetNames.js';
import { escapeHtml } from '../html/escapeHtml.js';

/** At most this many maps are drawn (the first verdicts); the rest are in results.json. */
export const MAX_MAPS = 12;

export type NodeState = 'suppressed' | 'grey' | 'sustained' | 'not-probed' | ReceptorState;
/** A receptor other than TRK, resistant versus sensitive at baseline. */
export type ReceptorState = 'raised' | 'unchanged' | 'lower';

export interface MapNode {
  id: string;
  label: string;
  state: NodeState;
  /** Resistant f under the drug (null when not probed). */
  fraction: number | null;
  /** The sensitive model's state and f under the drug (TRK and downstream nodes; null for the other receptors). */
  sensitiveState: NodeState | null;
  sensitiveFraction: number | null;
  /** Other receptors: basal phospho/total (or total protein) resistant / sensitive, for the node's text. */
  baselineFold: number | null;
  raised: boolean;
  driver: boolean;
  /** The numbers, for the node's <title>. */
  title: string;
  x: number;
  y: number;
}

export interface PathwayMap {
  verdict: Verdict;
  nodes: MapNode[];
  /** EMT markers probed: their total protein resistant versus sensitive. */
  markers: { protein: string; fold: number | null; p: number | null }[];
}

const W = 330;
const H = 350;
const NODE_W = 70;
const NODE_H = 38;
const RECEPTOR_Y = 36;
const CORE_RECEPTORS = ['EGFR', 'HER2', 'MET', 'IGF1R'];
const MAPK = ['RAS', 'RAF', 'MEK', 'ERK', 'RSK'];
const PI3K = ['PI3K', 'AKT', 'mTORC1', 'S6', '4E-BP1'];
const NEVER_PROBED = new Set(['RAS', 'PI3K', 'mTORC1']);

/** The maps of the first verdicts, with their nodes' states. */
export function pathwayMaps(results: Results): { maps: PathwayMap[]; total: number } {
  const byKey = new Map(results.comparisons.map((c) => [groupKey(c.line, c.versus, c.treatment, c.dose_nM, c.time_h, c.target), c]));
  const levelsByKey = new Map(results.levels.map((l) => [groupKey(l.line, l.versus, l.time_h, l.target), l]));
  const probed = new Set(results.design.targets.map((t) => t.protein));
  const t = results.rules.thresholds;
  const maps = results.verdicts.slice(0, MAX_MAPS).map((v): PathwayMap => {
    const dose = v.readingDose_nM ?? v.dose_nM;
    const time = v.readingTime_h ?? v.time_h;
    const comparison = (target: string) => byKey.get(groupKey(v.line, v.versus, v.treatment, dose, time, target));
    const levels = (target: string) => {
      const c = comparison(target) ?? comparison('TRK');
      return levelsByKey.get(groupKey(v.line, v.versus, c?.vehicleTime_h ?? time, target));
    };
    const receptors = ['TRK', ...CORE_RECEPTORS, ...BYPASS_RECEPTORS.filter((r) => !CORE_RECEPTORS.includes(r) && probed.has(r))].slice(0, 8);
    const nodes: MapNode[] = [];
    const gap = (W - 20) / receptors.length;
    receptors.forEach((r, i) => nodes.push(node(r, 10 + gap * i + (gap - Math.min(NODE_W, gap - 4)) / 2, RECEPTOR_Y, v, comparison(r), levels(r), t)));
    MAPK.forEach((p, i) => nodes.push(node(p, 40, 104 + i * 46, v, comparison(p), levels(p), t)));
    PI3K.forEach((p, i) => nodes.push(node(p, W - 40 - NODE_W, 104 + i * 46, v, comparison(p), levels(p), t)));
    const markers = [...EPITHELIAL_MARKERS, ...MESENCHYMAL_MARKERS].filter((p) => probed.has(p)).map((p) => {
      const g = levels(p)?.totalProtein.resistantVsSensitive;
      return { protein: p, fold: g?.log2Ratio === null || g === undefined ? null : 2 ** g.log2Ratio, p: g?.p ?? null };
    });
    return { verdict: v, nodes, markers };
  });
  return { maps, total: results.verdicts.length };
}

function node(
  id: string, x: number, y: number, v: Verdict, c: Comparison | undefined, l: Levels | undefined, t: Results['rules']['thresholds'],
): MapNode {
  const label = id === 'TRK' ? 'TRK fusion' : id;
  const driver = v.drivers.includes(id);
  const f = c?.fractionOfVehicle.estimate ?? null;
  if (NEVER_PROBED.has(id) || !c || f === null) {
    return { id, label, state: 'not-probed', fraction: null, sensitiveState: null, sensitiveFraction: null, baselineFold: null, raised: false, driver, title: m.notProbed(label), x, y };
  }
  const response = (fraction: number): NodeState => (fraction <= t.suppressed ? 'suppressed' : fraction >= t.sustained ? 'sustained' : 'grey');
  const rvs = c.resistantVsSensitive;
  const total = l?.totalProtein.resistantVsSensitive;
  const basal = l?.basal.resistantVsSensitive;
  const counts = (log2: number | null, p: number | null, min: number) => log2 !== null && p !== null && log2 >= min && p < t.alpha;
  const totalRaised = counts(total?.log2Ratio ?? null, total?.p ?? null, Math.log2(t.amplificationFold));
  const basalRaised = counts(basal?.log2Ratio ?? null, basal?.p ?? null, t.minLog2Ratio);
  const receptor = y === RECEPTOR_Y && id !== 'TRK';
  const raised = receptor ? basalRaised || totalRaised : counts(rvs.log2Ratio, rvs.p, t.minLog2Ratio) || totalRaised;
  const lower = counts(basal?.log2Ratio === null || basal === undefined ? null : -basal.log2Ratio, basal?.p ?? null, t.minLog2Ratio)
    || counts(total?.log2Ratio === null || total === undefined ? null : -total.log2Ratio, total?.p ?? null, Math.log2(t.amplificationFold));
  const state: NodeState = receptor ? (raised ? 'raised' : lower ? 'lower' : 'unchanged') : response(f);
  const sensitiveF = c.sensitiveFractionOfVehicle.estimate;
  const baselineLog2 = basalRaised || !totalRaised ? basal?.log2Ratio ?? null : total?.log2Ratio ?? null;
  const title = m.nodeTitle({
    protein: id, line: v.line, versus: v.versus, state, f, ciLow: c.fractionOfVehicle.ciLow, ciHigh: c.fractionOfVehicle.ciHigh,
    sensitiveF: c.sensitiveFractionOfVehicle.estimate,
    fold: rvs.log2Ratio === null ? null : 2 ** rvs.log2Ratio, p: rvs.p,
    basalFold: basal?.log2Ratio === null || basal === undefined ? null : 2 ** basal.log2Ratio, basalP: basal?.p ?? null,
    totalFold: total?.log2Ratio === null || total === undefined ? null : 2 ** total.log2Ratio, driver,
  });
  return {
    id, label, state, fraction: f, raised, driver, title, x, y,
    sensitiveState: receptor || sensitiveF === null ? null : response(sensitiveF), sensitiveFraction: receptor ? null : sensitiveF,
    baselineFold: receptor && baselineLog2 !== null ? 2 ** baselineLog2 : null,
  };
}

/**
 * Fills by state, light to dark so that they read in grey print (the grey zone hatched, a lower
 * receptor dotted); the receptors' scale is purple, apart from the drug response's blue and orange.
 */
export const FILL: Record<NodeState, string> = {
  suppressed: '#deebf7', grey: 'url(#grey-hatch)', sustained: '#a63603', 'not-probed': '#ffffff',
  raised: '#54278f', unchanged: '#ffffff', lower: 'url(#lower-dots)',
};
const TEXT: Record<NodeState, string> = {
  suppressed: '#08306b', grey: '#222222', sustained: '#ffffff', 'not-probed': '#666666', raised: '#ffffff', unchanged: '#3f007d', lower: '#3f007d',
};
/** Width of the strip that shows the sensitive model's state. */
const SENSITIVE_STRIP = 8;
/** Arrows and outlines of unprobed nodes: 4.5:1 against white (WCAG 1.4.11 asks 3:1). */
const LINE = '#767676';

/** One SVG of every map, side by side (two per row), with the legend below. */
export function pathwaySvg(results: Results): string {
  const { maps, total } = pathwayMaps(results);
  const columns = Math.min(2, Math.max(1, maps.length));
  const rows = Math.ceil(maps.length / columns);
  const legendH = 86;
  const width = columns * W + 10;
  const height = rows * H + legendH + (total > maps.length ? 16 : 0);
  const body = maps.map((map, i) => `<g transform="translate(${5 + (i % columns) * W},${Math.floor(i / columns) * H})">${mapSvg(map, results)}</g>`).join('');
  const note = total > maps.length ? `<text x="8" y="${rows * H + legendH + 10}" font-size="10" fill="#555555">${escapeHtml(rm.cappedGroups(maps.length, total, m.groupsMaps()))}</text>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="pathway-title" font-family="Helvetica, Arial, sans-serif">`
    + `<title id="pathway-title">${escapeHtml(m.svgTitle(maps.length))}</title>`
    + '<defs><pattern id="grey-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#e0e0e0"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" stroke-width="2"/></pattern>'
    + '<pattern id="lower-dots" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#efedf5"/><circle cx="2.5" cy="2.5" r="1" fill="#756bb1"/></pattern>'
    + '<marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#666666"/></marker></defs>'
    + `<rect width="${width}" height="${height}" fill="#ffffff"/>${body}${legend(rows * H + 4, results.rules.thresholds)}${note}</svg>`;
}

function mapSvg(map: PathwayMap, results: Results): string {
  const v = map.verdict;
  const at = (id: string) => map.nodes.find((n) => n.id === id)!;
  const edges: [string, string][] = [];
  for (const r of map.nodes.filter((n) => n.y === RECEPTOR_Y)) edges.push([r.id, 'RAS'], [r.id, 'PI3K']);
  for (const chain of [MAPK, PI3K]) for (let i = 0; i + 1 < chain.length; i++) edges.push([chain[i]!, chain[i + 1]!]);
  const edgeSvg = edges.map(([a, b]) => {
    const p = at(a);
    const q = at(b);
    return `<line x1="${num(p.x + NODE_W / 2)}" y1="${num(p.y + NODE_H)}" x2="${num(q.x + NODE_W / 2)}" y2="${num(q.y - 2)}" stroke="${LINE}" stroke-width="1" marker-end="url(#arrow)"/>`;
  }).join('');
  const condition = v.summary.split(': ')[0]!;
  const call = m.mapCall(rm.mechanismLabel(v.mechanism), v.drivers, v.confidence);
  const markers = map.markers.length > 0
    ? `<text x="8" y="${H - 14}" font-size="9" fill="#333333">${escapeHtml(m.markers(map.markers.map((x) => m.marker(x.protein, x.fold, x.p, results.rules.thresholds.alpha))))}</text>` : '';
  return `<g role="group" aria-label="${escapeHtml(`${condition}: ${call}`)}"><text x="8" y="11" font-size="10" fill="#333333">${escapeHtml(truncate(condition, 62))}<title>${escapeHtml(condition)}</title></text>`
    + `<text x="8" y="24" font-size="11" font-weight="bold" fill="#111111">${escapeHtml(call)}</text>`
    + `${edgeSvg}${map.nodes.map(nodeSvg).join('')}${markers}</g>`;
}

function nodeSvg(n: MapNode): string {
  const width = n.y === RECEPTOR_Y ? Math.min(NODE_W, 60) : NODE_W;
  const stroke = n.driver ? '#000000' : n.state === 'not-probed' ? LINE : '#555555';
  const strokeWidth = n.driver ? 3 : 1;
  const dash = n.state === 'not-probed' ? ' stroke-dasharray="3 2"' : '';
  const second = n.state === 'not-probed' ? m.notProbedShort()
    : n.baselineFold !== null || n.sensitiveState === null ? m.receptorShort(n.state, n.baselineFold)
      : m.responseShort(n.fraction ?? 0, n.sensitiveFraction);
  const raised = n.raised ? `<text x="${num(n.x + width - 3)}" y="${num(n.y + 10)}" text-anchor="end" font-size="9" font-weight="bold" fill="${TEXT[n.state]}">▲</text>` : '';
  // The sensitive model's state under the drug: a strip at the node's left, beside the resistant's fill.
  const strip = n.sensitiveState === null ? 0 : SENSITIVE_STRIP;
  const sensitive = n.sensitiveState === null ? ''
    : `<rect x="${num(n.x + 1.5)}" y="${num(n.y + 4)}" width="${strip - 1.5}" height="${NODE_H - 8}" fill="${FILL[n.sensitiveState]}" stroke="#555555" stroke-width="0.8"/>`;
  const middle = n.x + strip + (width - strip) / 2;
  return `<g class="node state-${n.state}${n.driver ? ' driver' : ''}" data-node="${escapeHtml(n.id)}" tabindex="0" role="img" aria-label="${escapeHtml(n.title)}"><title>${escapeHtml(n.title)}</title>`
    + `<rect x="${num(n.x)}" y="${num(n.y)}" width="${width}" height="${NODE_H}" rx="5" fill="${FILL[n.state]}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash}/>${sensitive}`
    + `<text x="${num(middle)}" y="${num(n.y + 15)}" text-anchor="middle" font-size="${n.label.length > 8 ? 9 : 11}" font-weight="bold" fill="${TEXT[n.state]}">${escapeHtml(n.label)}</text>`
    + `<text x="${num(middle)}" y="${num(n.y + 29)}" text-anchor="middle" font-size="7.5" fill="${TEXT[n.state]}">${escapeHtml(second)}</text>${raised}</g>`;
}

function legend(y: number, t: Results['rules']['thresholds']): string {
  const swatch = (x: number, row: number, fill: string, stroke: string, strokeWidth: number, dash: boolean, text: string) =>
    `<rect x="${x}" y="${y + row * 16}" width="14" height="12" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash ? ' stroke-dasharray="3 2"' : ''}/>`
    + `<text x="${x + 19}" y="${y + row * 16 + 10}" font-size="9" fill="#333333">${escapeHtml(text)}</text>`;
  return swatch(8, 0, FILL.suppressed, '#555555', 1, false, m.legendSuppressed(t.suppressed))
    + swatch(170, 0, FILL.grey, '#555555', 1, false, m.legendGrey())
    + swatch(8, 1, FILL.sustained, '#555555', 1, false, m.legendSustained(t.sustained))
    + swatch(170, 1, FILL['not-probed'], LINE, 1, true, m.legendNotProbed())
    + swatch(8, 2, FILL.raised, '#555555', 1, false, m.legendReceptorRaised())
    + swatch(170, 2, FILL.unchanged, '#555555', 1, false, m.legendReceptorUnchanged())
    + swatch(8, 3, FILL.lower, '#555555', 1, false, m.legendReceptorLower())
    + swatch(170, 3, '#ffffff', '#000000', 3, false, m.legendDriver())
    + `<text x="10" y="${y + 74}" font-size="10" font-weight="bold" fill="#333333">▲</text><text x="27" y="${y + 74}" font-size="9" fill="#333333">${escapeHtml(m.legendRaised())}</text>`
    + `<rect x="172" y="${y + 63}" width="6" height="13" fill="${FILL.suppressed}" stroke="#555555" stroke-width="0.8"/><text x="189" y="${y + 74}" font-size="9" fill="#333333">${escapeHtml(m.legendSensitive())}</text>`;
}

const num = (x: number): string => String(Math.round(x * 10) / 10);
const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
