/**
 * Time courses: each model's fraction of vehicle over time (the model's estimates with their
 * intervals, log scale), one panel per target and treatment/dose, with the suppressed and sustained
 * thresholds. Drawn for every resistant model, partner, treatment and dose measured at three or more
 * times; null when there is none.
 */
import type { TopLevelSpec } from 'vega-lite';
import { groupKey } from '../../groupKey.js';
import { reportMessages as rm } from '../../messages/report.js';
import { seriesMessages as m } from '../../messages/series.js';
import type { Results } from '../../results.js';
import { MIN_COURSE_TIMES } from '../../rules/seriesVerdicts.js';
import { CHART_CONFIG, PAGE_WIDTH_PX, VEGA_LITE_SCHEMA, chartNumber, logDomain, rankSort, withRanks } from './chartCommon.js';
import { modelColourScale, modelDashScale, modelShapeScale } from './modelColours.js';
import { firstItems } from './thinMarks.js';
import type { ReportChart } from './types.js';

/** At most this many panels (target x treatment/dose) are drawn. */
export const MAX_COURSE_PANELS = 24;

interface Row { kind: 'estimate'; model: string; target: string; course: string; time: number; y: number | null; ciLow: number | null; ciHigh: number | null }

export function timeCourseChart(results: Results): ReportChart | null {
  const times = new Map<string, Set<number>>();
  for (const c of results.comparisons) {
    if (c.time_h === null) continue;
    const key = groupKey(c.line, c.versus, c.treatment, c.dose_nM);
    times.set(key, (times.get(key) ?? new Set()).add(c.time_h));
  }
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const c of results.comparisons) {
    if (c.time_h === null || (times.get(groupKey(c.line, c.versus, c.treatment, c.dose_nM))?.size ?? 0) < MIN_COURSE_TIMES) continue;
    const course = m.courseLabel(c.treatment, c.dose_nM);
    for (const [model, s] of [[c.line, c.fractionOfVehicle], [c.versus, c.sensitiveFractionOfVehicle]] as const) {
      const key = groupKey(model, c.target, course, c.time_h);
      if (seen.has(key) || s.estimate === null) continue;
      seen.add(key);
      rows.push({ kind: 'estimate', model, target: c.target, course, time: c.time_h, y: chartNumber(s.estimate), ciLow: chartNumber(s.ciLow), ciHigh: chartNumber(s.ciHigh) });
    }
  }
  if (rows.length === 0) return null;
  const t = results.rules.thresholds;
  const targets = results.design.targets.map((x) => x.protein).filter((x) => rows.some((r) => r.target === x));
  const courses = firstItems([...new Set(rows.map((r) => r.course))], Math.max(1, Math.floor(MAX_COURSE_PANELS / targets.length)));
  const shownCourses = new Set(courses.rows);
  const shown = rows.filter((r) => shownCourses.has(r.course));
  const [low, high] = logDomain(shown.flatMap((r) => [r.y, r.ciLow, r.ciHigh]), [t.suppressed, t.sustained, 1]);
  const guides = courses.rows.flatMap((course) => targets.flatMap((target) => [
    { kind: 'guide', course, target, y: t.suppressed }, { kind: 'guide', course, target, y: t.sustained },
  ]));
  const colours = modelColourScale(results.design);
  const columns = Math.min(3, targets.length);
  const width = Math.floor((PAGE_WIDTH_PX - 160) / columns) - 20;
  const x = { field: 'time', type: 'quantitative' as const, title: m.axisTime(), scale: { zero: true } };
  const y = { field: 'y', type: 'quantitative' as const, scale: { type: 'log' as const, domain: [low, high], nice: false }, title: rm.axisFractionOfVehicle() };
  const color = { field: 'model', type: 'nominal' as const, scale: colours, legend: { title: rm.legendModel() } };
  // Models apart by more than colour: each point has the model's shape, each line its dash.
  const shape = { field: 'model', type: 'nominal' as const, scale: modelShapeScale(results.design), legend: { title: rm.legendModel() } };
  const strokeDash = { field: 'model', type: 'nominal' as const, scale: modelDashScale(results.design), legend: { title: rm.legendModel() } };
  const estimates = { filter: { field: 'kind', equal: 'estimate' } };
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    description: m.timeChartTitle(),
    data: { values: withRanks([...guides, ...shown], { target: targets, course: courses.rows, model: colours.domain }) },
    facet: courses.rows.length > 1
      ? { column: { field: 'target', type: 'nominal', sort: rankSort('target'), title: null }, row: { field: 'course', type: 'nominal', sort: rankSort('course'), title: null } }
      : { field: 'target', type: 'nominal', sort: rankSort('target'), title: null },
    spec: {
      width, height: 160,
      layer: [
        { transform: [{ filter: { field: 'kind', equal: 'guide' } }], mark: { type: 'rule', strokeDash: [4, 3], color: '#767676' }, encoding: { y } },
        { transform: [estimates], mark: { type: 'line', strokeWidth: 1.5 }, encoding: { x, y, color, strokeDash, detail: { field: 'model' } } },
        { transform: [estimates], mark: { type: 'rule', strokeWidth: 1.2 }, encoding: { x, y: { ...y, field: 'ciLow' }, y2: { field: 'ciHigh' }, color, strokeDash } },
        {
          transform: [estimates], mark: { type: 'point', filled: true, size: 40 },
          encoding: {
            x, y, color, shape,
            tooltip: [{ field: 'model', title: rm.columnModel() }, { field: 'target', title: rm.columnTarget() }, { field: 'time', title: 'h' }, { field: 'y', format: '.3~g', title: rm.columnFraction() }, { field: 'ciLow', format: '.3~g', title: rm.columnCiLow() }, { field: 'ciHigh', format: '.3~g', title: 'CI high' }],
          },
        },
      ],
    },
    ...(courses.rows.length > 1 ? {} : { columns }),
    resolve: { scale: { x: 'shared', y: 'shared' } },
    config: CHART_CONFIG,
  } as TopLevelSpec;
  return {
    name: 'time-course',
    title: m.timeChartTitle(),
    caption: m.timeChartCaption(results.settings.confidenceLevel, t.suppressed, t.sustained),
    notes: courses.thinned ? [rm.cappedGroups(courses.rows.length, courses.total, m.groupsSeries())] : [],
    spec,
  };
}
