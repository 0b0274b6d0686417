/** Every chart of the report, in page order. */
import type { Results } from '../../results.js';
import { fractionOfVehicleChart } from './fractionOfVehicleChart.js';
import { loadingQualityChart } from './loadingQualityChart.js';
import { phosphoTotalChart } from './phosphoTotalChart.js';
import { resistantVsSensitiveHeatmap } from './resistantVsSensitiveHeatmap.js';
import type { ReportChart } from './types.js';

export interface ReportCharts<T extends ReportChart = ReportChart> {
  fractionOfVehicle: T;
  phosphoTotal: T;
  heatmap: T;
  loading: T;
}

export function reportCharts(results: Results): ReportCharts {
  return {
    fractionOfVehicle: fractionOfVehicleChart(results),
    phosphoTotal: phosphoTotalChart(results),
    heatmap: resistantVsSensitiveHeatmap(results),
    loading: loadingQualityChart(results),
  };
}

export function chartList<T extends ReportChart>(charts: ReportCharts<T>): T[] {
  return [charts.fractionOfVehicle, charts.phosphoTotal, charts.heatmap, charts.loading];
}
