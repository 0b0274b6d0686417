/**
 * examples/trk-follow-up.csv (examples/make_follow_up.py) gives the answer written in
 * examples/trk-follow-up.expected.txt: the verdict line, then each follow-up's outcome.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { Results } from '../src/results.js';

const example = (name: string) => new URL(`../examples/${name}`, import.meta.url);

/** The answer as the expected file writes it. */
function answerText(r: Results): string {
  return [
    ...r.verdicts.map((v) => v.summary),
    ...(r.followUps ?? []).map((f) => `${f.arm} on p${f.readout}${f.primary ? '' : ' (secondary)'}: ${f.outcome}, ${f.bears} - ${f.sentence}`),
  ].join('\n') + '\n';
}

it('examples/trk-follow-up.csv: MAPK bypass confirmed by larotrectinib + trametinib, as expected', () => {
  const r = analyze([{ name: 'trk-follow-up.csv', bytes: readFileSync(example('trk-follow-up.csv')) }]);
  expect(answerText(r)).toBe(readFileSync(example('trk-follow-up.expected.txt'), 'utf8'));
  expect(r.verdicts.map((v) => [v.treatment, v.mechanism, v.confidence])).toEqual([['larotrectinib', 'mapk-bypass', 'strong']]);
});
