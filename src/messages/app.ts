/** Every user-facing sentence of the browser app (blotbypass.html) and the `blotbypass app` command. */
export const appMessages = {
  /** Beside an option field: what is used when it is left empty. */
  hintDefault: (value: string) => `if left empty: ${value}`,
  hintExample: (value: string) => `for example ${value}`,
  badChoice: (name: string, value: string, allowed: readonly string[]) => `--${name} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${value}"`,
  title: () => 'Western-blot densitometry to TRK-inhibitor resistance mechanism, in your browser',
  intro: () => 'Choose the densitometry files exported by your imaging software (CSV, TSV or .xlsx; one per membrane is fine), set the options if the defaults do not fit, and press Analyse. Everything runs inside this page: no file leaves your computer, and the page makes no network request.',
  noScript: () => 'This page needs JavaScript to analyse files, and JavaScript is off. Turn it on for this page, or use the command-line tool instead: install it with Node.js ("npm install -g blotbypass-VERSION.tgz", the package file beside this page, or "npm install -g ." in a copy of the project) and run "blotbypass analyze YOUR_FILES.csv" (see the README).',
  dataFiles: () => 'Densitometry files',
  dataFilesHint: () => 'or drop them anywhere on this page',
  layoutFile: () => 'Lane layout sheet (for instrument exports without model/treatment columns)',
  variantsFile: () => 'Variants file(s) (MAF or gene/protein-change table)',
  sampleMapFile: () => 'Sample map (sample,line)',
  rulesFile: () => 'Rules file (JSON)',
  rulesStarter: () => 'Download the default rules file to edit',
  options: () => 'Options',
  layoutStarter: () => 'Download the layout templates to fill in (layout.csv, bands-long.csv; as blotbypass template writes them)',
  experimentFields: () => 'Experiment (shown in the report, the PDF and results.json)',
  analyse: () => 'Analyse',
  analysing: () => 'Analysing…',
  noFilesChosen: () => 'Choose at least one densitometry file first.',
  readingFiles: () => 'reading the files',
  done: (seconds: number) => `Done in ${seconds.toFixed(1)} s.`,
  downloads: () => 'Download',
  reportTitle: () => 'Report',
  failed: () => 'The analysis stopped:',
  internal: (message: string) => `internal error: ${message}\nthis is a bug in blotbypass; please report it with the input that caused it`,
  dropped: (n: number) => `${n} file${n === 1 ? '' : 's'} dropped`,
  appWritten: (path: string) => `wrote ${path}: open it in a web browser (no installation, works offline)`,
  appMissing: (path: string) => `the browser app is not built: ${path} does not exist`,
  appMissingHint: () => 'run "npm run build" in the blotbypass folder, then try again',
} as const;

/**
 * The command line's words in a message, as the page says them: the page has fields, not flags.
 * Most specific first: a whole hint before the flag it names.
 */
const PAGE_WORDING: readonly (readonly [RegExp, string])[] = [
  [/give a lane layout sheet with --layout layout\.csv \(blotbypass template writes one to fill in\)/g, 'choose a lane layout sheet in the "Lane layout sheet" field under Options (the link beside it downloads a template to fill in)'],
  [/pass it with --layout/g, 'choose it in the "Lane layout sheet" field under Options'],
  [/\(blotbypass template writes one\)|\(see blotbypass template\)|\(blotbypass template writes an example\)|blotbypass template writes (?:an example|one|the design)/g, '(the template link under Options downloads one)'],
  [/--layout(?: layout\.csv| FILE)?/g, 'the "Lane layout sheet" field under Options'],
  [/--sheet (?:NAME|FILE:SHEET|FILE:NAME)/g, 'the "Workbook sheet" field under Options'],
  [/--decimal (dot|comma)/g, 'the "Decimal mark" option ($1)'],
  [/--thousands/g, 'the "Thousands separator" option'],
];

/** A located message of the pipeline (as the command line prints it), worded for the page. */
export function inPageWords(message: string): string {
  return PAGE_WORDING.reduce((text, [pattern, words]) => text.replace(pattern, words), message);
}
