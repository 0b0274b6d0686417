/** What every chart builder returns: the vega-lite spec and the words printed around it. */
import type { TopLevelSpec } from 'vega-lite';

export interface ReportChart {
  /** File-safe id: charts/<name>.vl.json, charts/<name>.svg, and the element ids in report.html. */
  name: string;
  title: string;
  caption: string;
  /** Printed under the caption, e.g. when marks were thinned to keep the report small. */
  notes: string[];
  spec: TopLevelSpec;
}
