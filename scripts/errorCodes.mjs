/**
 * The error codes of blotbypass, read from the sources: every `new InputError(code, message, ...)`
 * (and UsageError) in src/, with the stage that throws it and the message's wording (from the
 * messages/ module, `${...}` shown as …). `npm run error-codes` writes docs/errors.md;
 * tests/errorCodes.test.ts checks that the page lists every code the sources throw.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Message texts by function name, from src/messages/*.ts: `name: (args) => 'text'` or a template. */
function messageTexts() {
  const texts = new Map();
  for (const file of sources('src/messages')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s{2}(\w+):\s*\([^)]*\)\s*(?::\s*\w+\s*)?=>\s*\n?\s*([`'"])([\s\S]*?)\2,?\s*$/gm)) {
      if (texts.has(m[1])) continue;
      // Placeholders, innermost first (a placeholder may hold a template with its own).
      let said = m[3];
      for (let before = ''; before !== said; ) said = (before = said).replace(/\$\{[^{}]*\}/g, '…');
      texts.set(m[1], said.replace(/`|…(\s*…)+/g, (x) => (x === '`' ? '' : '…')).replace(/\s+/g, ' ').trim());
    }
  }
  return texts;
}

const STAGES = ['load', 'normalize', 'stats', 'rules', 'genotype', 'report', 'app'];

/** code -> { stages: Set, messages: Set } */
export function errorCodes() {
  const texts = messageTexts();
  const codes = new Map();
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/new (?:InputError|UsageError)\(\s*([^,]*),\s*(?:\w+\s*\?\s*)?(?:(\w+)\.(\w+)\()?/g)) {
      const folder = relative('src', file).split(/[\\/]/)[0].replace(/\.ts$/, '');
      const stage = STAGES.includes(folder) ? folder : 'options and output';
      for (const c of m[1].matchAll(/'([a-z0-9-]+)'/g)) {
        const entry = codes.get(c[1]) ?? { stages: new Set(), messages: new Set() };
        entry.stages.add(stage);
        const said = m[3] !== undefined ? texts.get(m[3]) : undefined;
        if (said !== undefined) entry.messages.add(said);
        codes.set(c[1], entry);
      }
    }
  }
  return codes;
}

export function errorsPage() {
  const codes = errorCodes();
  const byStage = new Map();
  for (const [code, entry] of [...codes].sort(([a], [b]) => a.localeCompare(b))) {
    const stage = [...entry.stages][0];
    if (!byStage.has(stage)) byStage.set(stage, []);
    byStage.get(stage).push([code, entry]);
  }
  const lines = [
    '# Error codes',
    '',
    'Every refusal of blotbypass has a code. The codes are a contract: a script may branch on them, so a code is',
    'never renamed or reused for another problem. On the command line a refusal exits with code 2 and prints',
    '`error: FILE:ROW (column "C"): message - what to do`; with `--json` it prints one JSON line on standard error,',
    '`{"errors": [{"code", "message", "hint", "file", "row", "column", "sheet", "cell"}]}`. In the library every',
    'refusal is an `InputError` (`code`, `message`, `at`, `hint`); several at once are an `InputErrors` (code',
    '`several-problems`, each in `errors`). Exit code 1 ("internal error") is a bug in blotbypass, never your input.',
    '',
    'This page is written from the sources by `npm run error-codes`; the wording shown is the message\'s, with',
    '… where it names your file, value or column.',
    '',
  ];
  for (const stage of [...STAGES, 'options and output'].filter((s) => byStage.has(s))) {
    lines.push(`## ${stage}`, '', '| code | what it says |', '|---|---|');
    for (const [code, entry] of byStage.get(stage)) lines.push(`| \`${code}\` | ${[...entry.messages].map((t) => t.replaceAll('|', '\\|')).join('<br>') || '(the message of the problem it gathers)'} |`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) writeFileSync('docs/errors.md', errorsPage());
