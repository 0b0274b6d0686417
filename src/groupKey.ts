/**
 * Map keys for grouping records by several fields, cheap enough to build once per band of a
 * million-row screen (JSON.stringify of an array costs several times more).
 *
 * The key is collision-free: every text part is prefixed with its length, so no choice of cell
 * texts (separators, quotes, NUL characters included) can make two different tuples share a key;
 * numbers and null are written in forms that never start with a digit-colon length prefix.
 */
export type KeyPart = string | number | null;

function part(value: KeyPart): string {
  if (typeof value === 'string') return `${value.length}:${value}`;
  return value === null ? '~' : `#${value};`;
}

/** The key of a tuple of fields: equal keys if and only if equal tuples (compared with ===, -0 as 0). */
export function groupKey(...parts: readonly KeyPart[]): string {
  let key = '';
  for (const p of parts) key += part(p);
  return key;
}
