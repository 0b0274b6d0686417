/** The drug table in plain language, for `blotbypass rules`: each class, its readouts, its drugs. */
import { followUpMessages } from '../messages/followUp.js';
import type { DrugTable } from './drugClasses.js';

export function describeDrugTable(table: DrugTable): string[] {
  const d = followUpMessages.describe;
  const lines = [`${d.title()}:`];
  for (const [id, spec] of Object.entries(table.classes)) {
    const drugs = table.drugs.filter((x) => x.class === id).map((x) => d.drug(x.name, x.aliases, x.readouts ?? null));
    lines.push(`  ${d.classLine(id, spec.label, spec.kind === 'ligand', spec.readouts, drugs)}`);
  }
  lines.push(`  ${d.footer()}`);
  return lines;
}
