/**
 * The publication figure (charts/figure.vl.json, .svg, .png): for the first verdict that names a
 * mechanism (else the first verdict), one panel per target its fired rules read, in a row. Each
 * panel: every replicate's normalised value (normalized.csv `ratioVsReference`, fold of the
 * sensitive model's vehicle) as a dot on a log axis, the geometric mean with its 95 % interval per
 * group, the four groups in design order (sensitive vehicle, sensitive drug, resistant vehicle,
 * resistant drug), and a bracket over the two drug groups with the p value of the
 * resistant-versus-sensitive difference in drug effect and its stars.
 *
 * Sized for a journal column: 85 mm (one or two panels) or 180 mm wide; figureSvg sets the SVG's
 * width to exactly that, so its PNG at 300 dpi is 1004 or 2126 pixels wide, with text of at least 7 pt.
 */
import type { TopLevelSpec } from 'vega-lite';
import { paperMessages as pm } from '../../messages/paper.js';
import { conditionLabel, phospho } from '../../messages/rules.js';
import type { NormalizedLane } from '../../normalize/types.js';
import type { Results } from '../../results.js';
import type { Verdict } from '../../rules/types.js';
import { geometricMeanInterval } from '../../stats/geometricMeanInterval.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA, chartNumber } from './chartCommon.js';
import type { ReportChart } from './types.js';

/** Column widths in millimetres, and CSS pixels per millimetre (96 dpi). */
export const SINGLE_COLUMN_MM = 85;
export const DOUBLE_COLUMN_MM = 180;
const PX_PER_MM = 96 / 25.4;
/** 7 pt in CSS pixels at the figure's final size (1 pt = 1/72 in). */
export const MIN_TEXT_PX = (7 / 72) * 96;
/** Text sizes of the spec, in CSS pixels before figureSvg's scaling (which never shrinks below MIN_TEXT_PX; checked in the tests). */
const TEXT_PX = 10;

/** One or two panels fit a single column; more take the page's width. */
export function columnMm(panels: number): number {
  return panels <= 2 ? SINGLE_COLUMN_MM : DOUBLE_COLUMN_MM;
}

export interface FigureGroup {
  index: number;
  label: string;
  status: 'sensitive' | 'resistant';
}

export function publicationFigure(results: Results): ReportChart | null {
  const verdict = results.verdicts.find((v) => v.mechanism !== 'inconclusive' && v.mechanism !== 'assay-invalid') ?? results.verdicts[0];
  if (!verdict) return null;
  const dose = verdict.dose_nM ?? verdict.readingDose_nM ?? null;
  const time = verdict.time_h ?? verdict.readingTime_h ?? null;
  const targets = figureTargets(results, verdict);
  const panels = targets.map((target) => panel(results, verdict, target, dose, time)).filter((p): p is PanelSpec => p !== null);
  if (panels.length === 0) return null;
  const widthMm = columnMm(panels.length);
  const panelWidth = Math.floor((widthMm * PX_PER_MM) / panels.length) - 62;
  const condition = conditionLabel(verdict.treatment, dose, time);
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    description: pm.figureDescription(verdict.line, verdict.versus, condition),
    config: {
      ...CHART_CONFIG,
      padding: 4,
      axis: { ...CHART_CONFIG.axis, labelFontSize: TEXT_PX, titleFontSize: TEXT_PX, grid: false },
      title: { fontSize: TEXT_PX + 1, fontWeight: 'bold', anchor: 'middle' },
      view: { stroke: null },
    },
    hconcat: panels.map((p, i) => p.spec(panelWidth, i === 0)),
    spacing: 12,
  } as unknown as TopLevelSpec;
  return {
    name: 'figure',
    title: pm.figureTitle(),
    caption: pm.figureCaption(verdict.line, verdict.versus, condition, results.settings.confidenceLevel),
    notes: [],
    spec,
  };
}

/** The targets the verdict's fired rules read, TRK first, in the design's target order. */
export function figureTargets(results: Pick<Results, 'design'>, verdict: Verdict): string[] {
  const read = new Set(verdict.evidence.filter((e) => e.outcome === 'fired').flatMap((e) => e.targets));
  for (const driver of verdict.drivers) read.add(driver);
  return results.design.targets.map((t) => t.protein).filter((t) => read.has(t));
}

interface PanelSpec {
  spec: (width: number, first: boolean) => Record<string, unknown>;
}

function panel(results: Results, verdict: Verdict, target: string, dose: number | null, time: number | null): PanelSpec | null {
  const groups: FigureGroup[] = [];
  const points: { x: number; y: number; group: string; replicate: string; status: string }[] = [];
  const summaries: { x: number; x1: number; x2: number; mean: number; low: number | null; high: number | null; n: number }[] = [];
  const inGroup = (line: string, vehicle: boolean) => (l: NormalizedLane): boolean =>
    l.line === line && l.target === target && l.vehicle === vehicle && l.time_h === time && (vehicle || (l.treatment === verdict.treatment && l.dose_nM === dose));
  const defs: [string, boolean, 'sensitive' | 'resistant'][] = [[verdict.versus, true, 'sensitive'], [verdict.versus, false, 'sensitive'], [verdict.line, true, 'resistant'], [verdict.line, false, 'resistant']];
  for (const [line, vehicle, status] of defs) {
    const index = groups.length;
    const lanes = results.lanes.filter(inGroup(line, vehicle)).filter((l) => l.ratioVsReference !== null && l.ratioVsReference > 0);
    const label = pm.figureGroup(line, vehicle);
    groups.push({ index, label, status });
    lanes.forEach((l, k) => points.push({ x: index + (k - (lanes.length - 1) / 2) * 0.12, y: chartNumber(l.ratioVsReference)!, group: label, replicate: l.replicate, status }));
    const summary = geometricMeanInterval(lanes.map((l) => l.ratioVsReference!), results.settings.confidenceLevel);
    if (summary) summaries.push({ x: index, x1: index - 0.28, x2: index + 0.28, mean: chartNumber(summary.estimate)!, low: chartNumber(summary.ciLow), high: chartNumber(summary.ciHigh), n: summary.n });
  }
  if (points.length === 0) return null;
  const vehicleName = results.lanes.find(inGroup(verdict.versus, true))?.treatment ?? pm.figureVehicle();
  const comparison = results.comparisons.find((c) => c.line === verdict.line && c.versus === verdict.versus && c.target === target && c.treatment === verdict.treatment && c.dose_nM === dose && c.time_h === time);
  const p = comparison?.resistantVsSensitive.p ?? null;
  const top = Math.max(...points.map((q) => q.y), ...summaries.map((s) => s.high ?? s.mean));
  const bottom = Math.min(...points.map((q) => q.y), ...summaries.map((s) => s.low ?? s.mean));
  const bracket = top * 1.5;
  const domain: [number, number] = [chartNumber(bottom / 1.6)!, chartNumber(bracket * 2.2)!];
  const y = (_first: boolean) => ({ type: 'quantitative', scale: { type: 'log', domain, nice: false }, axis: { title: pm.figureYAxis(target, verdict.versus, vehicleName), tickCount: 5, format: '~g' } });
  const x = {
    type: 'quantitative', scale: { domain: [-0.6, 3.6], nice: false, zero: false },
    axis: { title: pm.figureXAxis(vehicleName, conditionLabel(verdict.treatment, dose, time)), values: [0, 1, 2, 3], labelExpr: `${JSON.stringify(groups.map((g) => g.label))}[datum.value]`, grid: false, labelAngle: -40, labelAlign: 'right', labelBaseline: 'middle', labelPadding: 4, labelOverlap: false, labelLimit: 0 },
  };
  return {
    spec: (width, first) => ({
      title: `${phospho(target)}/${target}`,
      width,
      height: 170,
      layer: [
        { data: { values: summaries }, mark: { type: 'rule', color: '#000000', strokeWidth: 1.2 }, encoding: { x: { field: 'x', ...x }, y: { field: 'low', ...y(first) }, y2: { field: 'high' } } },
        { data: { values: summaries }, mark: { type: 'rule', color: '#000000', strokeWidth: 2 }, encoding: { x: { field: 'x1', ...x }, x2: { field: 'x2' }, y: { field: 'mean', ...y(first) } } },
        {
          data: { values: points },
          mark: { type: 'point', size: 30, strokeWidth: 1.2, opacity: 1 },
          encoding: {
            x: { field: 'x', ...x },
            y: { field: 'y', ...y(first) },
            shape: { field: 'status', type: 'nominal', scale: { domain: ['sensitive', 'resistant'], range: ['circle', 'square'] }, legend: null },
            fill: { field: 'status', type: 'nominal', scale: { domain: ['sensitive', 'resistant'], range: ['#ffffff', '#404040'] }, legend: null },
            color: { value: '#000000' },
          },
        },
        ...(p === null ? [] : [
          { data: { values: [{ x: 1, x2: 3, y: chartNumber(bracket) }] }, mark: { type: 'rule', color: '#000000', strokeWidth: 1 }, encoding: { x: { field: 'x', ...x }, x2: { field: 'x2' }, y: { field: 'y', ...y(first) } } },
          { data: { values: [{ x: 2, y: chartNumber(bracket * 1.08), label: pm.figurePLabel(p) }] }, mark: { type: 'text', baseline: 'bottom', fontSize: TEXT_PX, color: '#000000' }, encoding: { x: { field: 'x', ...x }, y: { field: 'y', ...y(first) }, text: { field: 'label' } } },
        ]),
      ],
    }),
  };
}

/**
 * The rendered figure at exactly 85 or 180 mm: the SVG's width and height attributes are set to the
 * column width (its viewBox keeps the drawing), so every consumer (PNG at 300 dpi, PDF, a layout
 * program) gets the journal's size. Returns the scale applied, to check the text stays >= 7 pt.
 */
export function sizeFigureSvg(svg: string, panels: number): { svg: string; scale: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\bheight="([\d.]+)"/.exec(root)?.[1]);
  const target = columnMm(panels) * PX_PER_MM;
  const scale = target / width;
  const sized = root.replace(/\bwidth="[\d.]+"/, `width="${chartNumber(target)}"`).replace(/\bheight="[\d.]+"/, `height="${chartNumber(height * scale)}"`);
  return { svg: svg.replace(root, sized), scale };
}
