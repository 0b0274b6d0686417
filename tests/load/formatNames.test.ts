import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/load/formatNames.js';
import { formatNames } from '../../src/load/formats.js';

describe('FORMAT_NAMES', () => {
  it('is the format registry, in its order (add a new format to both)', () => {
    expect(FORMAT_NAMES).toEqual(formatNames());
  });
});
