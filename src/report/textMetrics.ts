/**
 * The shape of vega-scenegraph's text-measuring hook (`textMetrics.width`), shared by renderSvg (which
 * points it at Helvetica's widths) and vegaRuntime (which finds every copy of the hook). Types only, so
 * that neither of the two modules has to import the other's.
 */
export interface TextItem {
  fontSize?: number | string | null;
  fontWeight?: number | string | null;
  limit?: number;
}

export interface TextMetrics {
  width: (item: TextItem, text: unknown) => number;
}
