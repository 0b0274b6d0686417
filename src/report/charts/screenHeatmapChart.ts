/**
 * The screen's compact heat map: one row per verdict (resistant model and condition, in the order
 * of the overview table), one column per target, coloured by the resistant model's fraction of
 * vehicle where the verdict was read. A thousand models fit in a few screens: rows are a few pixels
 * high, and names show as axis labels only while they can be read (the tooltip always names them).
 */
import { HIGHER_LIGHT, LOWER_DARK, MIDDLE, TEXT_ON_DARK, TEXT_ON_LIGHT } from './signedColours.js';
import type { TopLevelSpec } from 'vega-lite';
import { screenMessages as sm } from '../../messages/screen.js';
import type { Results } from '../../results.js';
import type { VerdictReadouts } from '../screen/screenReadouts.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA, chartNumber } from './chartCommon.js';
import type { ReportChart } from './types.js';

/** Up to this many rows get a readable row (and a label); more get thin rows. */
const LABELLED_ROWS = 60;
const LABELLED_ROW_PX = 14;
const THIN_ROW_PX = 3;

export function screenHeatmapChart(results: Pick<Results, 'design' | 'rules'>, readouts: readonly VerdictReadouts[]): ReportChart {
  const { suppressed, sustained } = results.rules.thresholds;
  const targets = results.design.targets.map((t) => t.protein);
  const labelled = readouts.length <= LABELLED_ROWS;
  const classes = [sm.classSuppressed(suppressed), sm.classPartial(), sm.classSustained(sustained), sm.classNotMeasured()];
  const fClass = (f: number | null): string =>
    f === null ? classes[3]! : f <= suppressed ? classes[0]! : f >= sustained ? classes[2]! : classes[1]!;
  const values = readouts.flatMap((r, row) => targets.map((target, column) => ({
    row, column, model: r.verdict.line, versus: r.verdict.versus, target, mechanism: r.verdict.mechanism, confidence: r.verdict.confidence,
    f: chartNumber(r.fractions[column] ?? null),
  })).map((cell) => ({ ...cell, fClass: fClass(cell.f) })));
  const x = { field: 'column', type: 'ordinal' as const, title: sm.axisTarget(), axis: { orient: 'top' as const, labelAngle: 0, grid: false, labelExpr: `${JSON.stringify(targets)}[datum.value]` } };
  const y = labelled
    ? { field: 'row', type: 'ordinal' as const, title: sm.axisModel(), axis: { grid: false, labelExpr: `${JSON.stringify(readouts.map((r) => r.verdict.line))}[datum.value]` } }
    : { field: 'row', type: 'ordinal' as const, title: sm.axisModel(), axis: { grid: false, labels: false, ticks: false } };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    description: sm.heatmapTitle(),
    data: { values },
    width: { step: 48 },
    height: { step: labelled ? LABELLED_ROW_PX : THIN_ROW_PX },
    // Positions by index: a sort by name would not keep the table's order, and a sort array of a
    // thousand names compiles into an expression too deep for vega's parser. No grid lines through
    // cells; each cell's class by a colour whose lightness rises with f, and its value printed in it.
    layer: [{
    mark: { type: 'rect', stroke: 'white', strokeWidth: labelled ? 1 : 0 },
    encoding: {
      x, y,
      color: {
        field: 'fClass', type: 'nominal',
        scale: { domain: classes, range: [LOWER_DARK, MIDDLE, HIGHER_LIGHT, '#ffffff'] },
        legend: { title: sm.legendClass(), symbolStrokeColor: '#767676', symbolStrokeWidth: 1 },
      },
      tooltip: [
        { field: 'model', title: sm.columnModel() }, { field: 'versus', title: sm.columnVersus() }, { field: 'target', title: sm.axisTarget() },
        { field: 'f', type: 'quantitative', format: '.3~g', title: sm.legendFraction() },
        { field: 'mechanism', title: sm.columnMechanism() }, { field: 'confidence', title: sm.columnConfidence() },
      ],
    },
    }, ...(labelled ? [{
      mark: { type: 'text' as const, fontSize: 10 },
      encoding: {
        x, y,
        text: { field: 'f', type: 'quantitative' as const, format: '.2~f' },
        color: { condition: { test: `isValid(datum.f) && datum.f <= ${suppressed}`, value: TEXT_ON_DARK }, value: TEXT_ON_LIGHT },
      },
    }] : [])],
    config: CHART_CONFIG,
  };
  return { name: 'screen-heatmap', title: sm.heatmapTitle(), caption: sm.heatmapCaption(suppressed, sustained), notes: [], spec };
}
