/**
 * What a fraction-of-vehicle chart draws behind its estimates: the suppressed zone as a light blue band
 * and the sustained zone as a darker grey one (they differ in grey print too, as in the pathway map),
 * with their labels at the right edge, and the vehicle level (f = 1) as a dashed line.
 */

/** Layers over rows of kind `suppressed`/`sustained` (`y`, `y2`: the band; `labelY`, `label`) and `vehicle` (`y`). */
export function zoneLayers<Y extends { field: string }>(y: Y, width: number) {
  const zones = [{ filter: { field: 'kind', oneOf: ['suppressed', 'sustained'] } }];
  return [
    ...([['suppressed', '#deebf7', 0.7], ['sustained', '#969696', 0.3]] as const).map(([kind, color, opacity]) => ({
      transform: [{ filter: { field: 'kind', equal: kind } }],
      mark: { type: 'rect' as const, color, opacity, tooltip: false },
      encoding: { y, y2: { field: 'y2' } },
    })),
    {
      transform: zones,
      mark: { type: 'text' as const, align: 'right' as const, dx: -4, dy: 0, fontSize: 9, color: '#555555', baseline: 'middle' as const },
      encoding: { x: { value: width }, y: { ...y, field: 'labelY' }, text: { field: 'label' } },
    },
    { transform: [{ filter: { field: 'kind', equal: 'vehicle' } }], mark: { type: 'rule' as const, strokeDash: [4, 3], color: '#555555' }, encoding: { y } },
  ];
}
