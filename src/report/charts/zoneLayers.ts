/**
 * What a fraction-of-vehicle chart draws behind its estimates: the suppressed and sustained zones as
 * grey bands with their labels at the right edge, and the vehicle level (f = 1) as a dashed line.
 */

/** Layers over rows of kind `suppressed`/`sustained` (`y`, `y2`: the band; `labelY`, `label`) and `vehicle` (`y`). */
export function zoneLayers<Y extends { field: string }>(y: Y, width: number) {
  const zones = [{ filter: { field: 'kind', oneOf: ['suppressed', 'sustained'] } }];
  return [
    { transform: zones, mark: { type: 'rect' as const, color: '#9a9a9a', opacity: 0.14, tooltip: false }, encoding: { y, y2: { field: 'y2' } } },
    {
      transform: zones,
      mark: { type: 'text' as const, align: 'right' as const, dx: -4, dy: 0, fontSize: 9, color: '#555555', baseline: 'middle' as const },
      encoding: { x: { value: width }, y: { ...y, field: 'labelY' }, text: { field: 'label' } },
    },
    { transform: [{ filter: { field: 'kind', equal: 'vehicle' } }], mark: { type: 'rule' as const, strokeDash: [4, 3], color: '#555555' }, encoding: { y } },
  ];
}
