import { describe, expect, it } from 'vitest';
import type { ModelColourScale } from '../../../src/report/charts/modelColours.js';
import { MAX_VERDICTS, verdictSection } from '../../../src/report/html/verdictSection.js';
import { fullVerdict } from '../reportDatasets.js';

const colours: ModelColourScale = { domain: ['KM12', 'KM12-LR'], range: ['#0072B2', '#D55E00'] };
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('verdictSection(results, colours)', () => {
  it('renders mechanism, drivers, confidence, evidence with outcomes, hints, next steps, concordance and genotype', () => {
    const html = verdictSection({ verdicts: [fullVerdict()] }, colours);
    const words = text(html);
    expect(words).toContain('KM12-LR versus KM12, larotrectinib 100 nM, 2 h');
    expect(words).toContain('KM12-LR: MET bypass likely');
    expect(words).toContain('mechanism receptor tyrosine kinase bypass');
    expect(words).toContain('drivers MET');
    expect(words).toContain('confidence moderate');
    expect(words).toContain('fits pMET is 4.3-fold higher in KM12-LR');
    expect(words).toContain('does not fit pTRK is suppressed in KM12-LR');
    expect(words).toContain('undecided pAKT was not measured');
    expect(words).toContain('total MET is 3.4x KM12: possible MET amplification');
    expect(html).toMatch(/<ol class="next-steps"><li>test crizotinib or capmatinib with the TRK inhibitor<\/li><li>confirm MET amplification by FISH<\/li><\/ol>/);
    expect(words).toContain('blot and genotype: MET amplification in KM12-LR supports receptor bypass');
    expect(words).toContain('MET - amplification (amplification (copy number &gt;= 6)) - 9.0 LR-1 variants.maf:3');
    expect(html).toContain('<span class="swatch" style="background:#D55E00" aria-hidden="true"></span>');
  });

  it('adds replicates, the reason for no call, the pattern it resembles and the confidence notes when the rules give them', () => {
    const words = text(verdictSection({ verdicts: [fullVerdict({
      mechanism: 'inconclusive', confidence: 'provisional', replicates: 1, withheld: 'descriptive-only', resembles: 'mapk-bypass',
      confidenceNotes: ['n = 1 per model', 'loading drift on M1'],
    })] }, colours));
    expect(words).toContain('mechanism inconclusive');
    expect(words).toContain('why not strong n = 1 per model; loading drift on M1');
    expect(words).toContain('replicates 1');
    expect(words).toContain('no call because too few replicates: the result is descriptive only');
    expect(words).toContain('pattern resembles MAPK bypass');
  });

  it('says in the genotype table whether each variant was acquired or is also in the sensitive model', () => {
    const base = fullVerdict().genotype![0]!;
    const words = text(verdictSection({ verdicts: [fullVerdict({ genotype: [
      base,
      { ...base, gene: 'TP53', proteinChange: 'p.R273H', class: 'other', region: null, copyNumber: null, acquired: false },
      { ...base, gene: 'KRAS', proteinChange: 'p.G12D', class: 'mapk-driver', region: 'codon 12', copyNumber: null, acquired: null },
      { ...base, gene: 'BRAF', proteinChange: 'p.V600E', class: 'mapk-driver', region: 'V600', copyNumber: null, acquired: false, selected: true },
    ] })] }, colours));
    expect(words).toContain('variants.maf:3 selected: in KM12 at a far lower VAF (counted)');
    expect(words).toContain('variants.maf:3 yes');
    expect(words).toContain('TP53 p.R273H other - - LR-1 variants.maf:3 no: also in KM12 (not counted)');
    expect(words).toContain('KRAS p.G12D mapk-driver (codon 12) - - LR-1 variants.maf:3 -');
  });

  it('leaves out what a verdict does not have', () => {
    const html = verdictSection({ verdicts: [fullVerdict({ drivers: [], hints: [], genotype: undefined, concordance: undefined, nextSteps: [] })] }, colours);
    expect(html).not.toContain('drivers');
    expect(html).not.toContain('hints');
    expect(html).not.toContain('genotype');
    expect(text(html)).toContain('next steps none given');
  });

  it('says clearly when there is no verdict', () => {
    expect(text(verdictSection({ verdicts: [] }, colours))).toMatch(/^ no verdict: /);
  });

  it(`shows at most ${MAX_VERDICTS} verdicts and says where the rest are`, () => {
    const verdicts = Array.from({ length: MAX_VERDICTS + 5 }, (_, i) => fullVerdict({ summary: `verdict ${i}` }));
    const html = verdictSection({ verdicts }, colours);
    expect(html.match(/<article /g)).toHaveLength(MAX_VERDICTS);
    expect(text(html)).toContain(`showing the first ${MAX_VERDICTS} of ${MAX_VERDICTS + 5} verdicts; all are in results.json`);
  });
});
