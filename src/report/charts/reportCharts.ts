/** Every chart of the report, in page order. */
import type { Results } from '../../results.js';
import { doseResponseChart } from './doseResponseChart.js';
import { followUpCharts } from './followUpChart.js';
import { fractionOfVehicleChart } from './fractionOfVehicleChart.js';
import { timeCourseChart } from './timeCourseChart.js';
import { trajectoryCharts } from './trajectoryChart.js';
import { loadingQualityChart } from './loadingQualityChart.js';
import { phosphoTotalChart } from './phosphoTotalChart.js';
import { resistantVsSensitiveHeatmap } from './resistantVsSensitiveHeatmap.js';
import type { ReportChart } from './types.js';

export interface ReportCharts<T extends ReportChart = ReportChart> {
  fractionOfVehicle: T;
  phosphoTotal: T;
  heatmap: T;
  loading: T;
  /** Present when the data have a dose series / a time course. */
  doseResponse?: T;
  timeCourse?: T;
  /** One chart per follow-up question (followUpChart.ts), when the experiment has follow-up arms. */
  followUps?: T[];
  /** A screen report's compact heat map of every model (screen/screenView.ts). */
  screenHeatmap?: T;
  /** One per lineage trajectory, with a stage column (docs/resistance-over-time.md). */
  trajectories?: T[];
}

export function reportCharts(results: Results): ReportCharts {
  return {
    fractionOfVehicle: fractionOfVehicleChart(results),
    phosphoTotal: phosphoTotalChart(results),
    heatmap: resistantVsSensitiveHeatmap(results),
    loading: loadingQualityChart(results),
    ...optional('doseResponse', doseResponseChart(results)),
    ...optional('timeCourse', timeCourseChart(results)),
    ...(results.trajectories?.length ? { trajectories: trajectoryCharts(results) } : {}),
    ...followUpList(followUpCharts(results)),
  };
}

function optional<K extends string>(key: K, chart: ReportChart | null): Partial<Record<K, ReportChart>> {
  return chart ? ({ [key]: chart } as Record<K, ReportChart>) : {};
}

function followUpList(charts: ReportChart[]): Pick<ReportCharts, 'followUps'> {
  return charts.length > 0 ? { followUps: charts } : {};
}

export function chartList<T extends ReportChart>(charts: ReportCharts<T>): T[] {
  return [...(charts.screenHeatmap ? [charts.screenHeatmap] : []), charts.fractionOfVehicle, ...(charts.followUps ?? []), ...(charts.doseResponse ? [charts.doseResponse] : []), ...(charts.timeCourse ? [charts.timeCourse] : []), ...(charts.trajectories ?? []), charts.phosphoTotal, charts.heatmap, charts.loading];
}
