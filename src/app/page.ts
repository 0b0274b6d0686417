/**
 * The browser app's page script (the only code that touches the page's DOM): wires the form,
 * drag-and-drop, the worker, progress, the downloads and the report frame. The analysis itself runs
 * in the worker (worker.ts); this script only moves bytes and text between them and the page.
 */
import { appMessages as m } from '../messages/app.js';
import { progressMessages } from '../messages/progress.js';
import type { AppOptionValues, AppRequest } from './appRequest.js';
import type { InputBytes } from '../load/loadFile.js';
import { starterFiles } from '../load/starterFiles.js';
import type { AppFileOut } from './runAnalysis.js';
import type { WorkerMessage } from './worker.js';
import { svgToPng } from './svgToPng.js';

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
};

const form = byId<HTMLFormElement>('form');
const dataInput = byId<HTMLInputElement>('data-files');
const chosen = byId<HTMLUListElement>('chosen-files');
const analyseButton = byId<HTMLButtonElement>('analyse');
const progress = byId<HTMLSpanElement>('progress');
const errorBox = byId<HTMLDivElement>('error');
const output = byId<HTMLElement>('output');
const downloads = byId<HTMLParagraphElement>('downloads');
const downloadsLabel = downloads.innerHTML;
const summary = byId<HTMLPreElement>('summary');
const report = byId<HTMLIFrameElement>('report');
byId('app').hidden = false;

/** Files dropped on the page; choosing files with the input replaces them. */
let dropped: File[] | null = null;
/** Started with the page, so that it loads vega while the user picks files; restarted after a crash. */
let worker: Worker | null = (() => {
  try {
    return startWorker();
  } catch {
    return null;
  }
})();
let objectUrls: string[] = [];

const dataFiles = (): File[] => dropped ?? [...(dataInput.files ?? [])];

function showChosen(): void {
  chosen.replaceChildren(...dataFiles().map((f) => {
    const li = document.createElement('li');
    li.textContent = `${f.name} (${(f.size / 1024).toFixed(1)} KB)`;
    return li;
  }));
}

dataInput.addEventListener('change', () => {
  dropped = null;
  showChosen();
});

// Drop anywhere on the page: the browser would otherwise open the file in place of the app.
const zone = byId<HTMLFieldSetElement>('drop-zone');
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  zone.classList.add('dragging');
});
document.addEventListener('dragleave', () => zone.classList.remove('dragging'));
document.addEventListener('drop', (event) => {
  event.preventDefault();
  zone.classList.remove('dragging');
  const files = [...(event.dataTransfer?.files ?? [])];
  if (files.length === 0) return;
  dropped = files;
  showChosen();
  progress.textContent = m.dropped(files.length);
});

byId<HTMLAnchorElement>('layout-starter').addEventListener('click', (event) => {
  event.preventDefault();
  for (const file of starterFiles()) saveText(file.name, file.text, 'text/csv');
});

byId<HTMLAnchorElement>('rules-starter').addEventListener('click', (event) => {
  event.preventDefault();
  const rules = JSON.parse(byId('default-rules').textContent ?? '""') as string;
  saveText('rules.json', rules, 'application/json');
});

function saveText(name: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

async function bytesOf(file: File): Promise<InputBytes> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function optionalFile(id: string): Promise<InputBytes | undefined> {
  const file = byId<HTMLInputElement>(id).files?.[0];
  return file ? bytesOf(file) : undefined;
}

function optionValues(): AppOptionValues {
  const value = (id: string): string => byId<HTMLInputElement | HTMLSelectElement>(id).value;
  return {
    loading: value('opt-loading'),
    saturation: value('opt-saturation'),
    keepSaturated: byId<HTMLInputElement>('opt-keep-saturated').checked,
    lanesInJson: byId<HTMLInputElement>('opt-lanes-in-json').checked,
    pairs: value('opt-pairs'),
    drugClasses: value('opt-drug-classes'),
    driftFold: value('opt-drift-fold'),
    weakReference: value('opt-weak-reference'),
    confidence: value('opt-confidence'),
    test: value('opt-test'),
    decimal: value('opt-decimal'),
    thousands: value('opt-thousands'),
    sheet: value('opt-sheet'),
    target: value('opt-target'),
    experiment: value('opt-experiment'),
    operator: value('opt-operator'),
    title: value('opt-title'),
  };
}

async function buildRequest(): Promise<AppRequest> {
  const variants = await Promise.all([...(byId<HTMLInputElement>('variants-files').files ?? [])].map(bytesOf));
  const [files, layout, sampleMap, rules] = await Promise.all([
    Promise.all(dataFiles().map(bytesOf)), optionalFile('layout-file'), optionalFile('sample-map-file'), optionalFile('rules-file'),
  ]);
  return {
    files, options: optionValues(), now: Date.now(),
    ...(layout ? { layout } : {}), ...(rules ? { rules } : {}), ...(sampleMap ? { sampleMap } : {}),
    ...(variants.length > 0 ? { variants } : {}),
  };
}

function startWorker(): Worker {
  const source = JSON.parse(byId('worker-source').textContent ?? '""') as string;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const started = new Worker(url);
  // The page says when its worker has loaded vega (<body data-worker="ready">): from then on an
  // analysis waits for nothing else (bench/app.mjs times it from there).
  started.addEventListener('message', (message: MessageEvent<WorkerMessage>) => {
    if (message.data.type === 'ready') document.body.dataset.worker = 'ready';
  });
  return started;
}

function showError(lines: readonly string[]): void {
  errorBox.textContent = `${m.failed()}\n${lines.join('\n')}`;
  errorBox.hidden = false;
}

const MEDIA_TYPES: Record<string, string> = {
  json: 'application/json', html: 'text/html', csv: 'text/csv', pdf: 'application/pdf', svg: 'image/svg+xml', png: 'image/png', pzfx: 'application/xml',
};

function mediaType(name: string): string {
  return MEDIA_TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/** Counts analyses, so that PNGs still being drawn for an earlier one are not listed with a later one. */
let pngGeneration = 0;

function addDownload(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  objectUrls.push(a.href);
  a.download = name.replace(/^charts\//, '');
  a.textContent = name;
  a.id = `download-${name.replace(/[^a-z0-9]+/gi, '-')}`;
  downloads.append(a, ' ');
}

function showResults(text: string, files: readonly AppFileOut[]): void {
  for (const url of objectUrls) URL.revokeObjectURL(url);
  objectUrls = [];
  summary.textContent = text;
  downloads.innerHTML = downloadsLabel;
  listed.clear();
  const generation = ++pngGeneration;
  addFiles(files, generation);
  const html = files.find((f) => f.name === 'report.html');
  watchFrame();
  report.srcdoc = html && 'text' in html ? html.text : '';
  output.hidden = false;
}

/** Names already offered for download in this analysis. */
const listed = new Set<string>();

/**
 * Offers the files not yet listed for download, and a PNG beside every new chart SVG, drawn on a
 * canvas (the command line renders them with resvg) once the report's frame has loaded, so that the
 * drawing does not hold up the report.
 */
function addFiles(files: readonly AppFileOut[], generation = pngGeneration): void {
  const fresh = files.filter((f) => !listed.has(f.name));
  for (const file of fresh) {
    listed.add(file.name);
    addDownload(file.name, new Blob(['text' in file ? file.text : file.bytes], { type: mediaType(file.name) }));
  }
  void frameLoaded.then(async () => {
    for (const file of fresh) {
      if (!file.name.endsWith('.svg') || !('text' in file)) continue;
      const png = await svgToPng(file.text).catch(() => null);
      if (png === null || generation !== pngGeneration) continue;
      addDownload(file.name.replace(/\.svg$/, '.png'), png);
    }
  });
}

/** Resolves when the report's frame has loaded what it was last given. */
let frameLoaded: Promise<void> = Promise.resolve();
function watchFrame(): void {
  frameLoaded = new Promise((resolve) => report.addEventListener('load', () => resolve(), { once: true }));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  // While an analysis runs the button stays focusable (aria-disabled, not disabled, which would drop
  // the keyboard focus to the page's start) and a second press does nothing.
  if (analyseButton.getAttribute('aria-disabled') === 'true') return;
  // The previous results go: what shows next is this analysis's results or its error.
  errorBox.hidden = true;
  output.hidden = true;
  if (dataFiles().length === 0) {
    showError([m.noFilesChosen()]);
    return;
  }
  analyseButton.setAttribute('aria-disabled', 'true');
  progress.textContent = m.readingFiles();
  const started = performance.now();
  const finish = (): void => {
    analyseButton.removeAttribute('aria-disabled');
  };
  void buildRequest().then((request) => {
    worker ??= startWorker();
    let shown = false;
    worker.onmessage = (message: MessageEvent<WorkerMessage>) => {
      const data = message.data;
      if (data.type === 'ready') return;
      if (data.type === 'progress') {
        if (!shown) progress.textContent = progressMessages.line(data.stage, data.done, data.total, (performance.now() - started) / 1000).replace(/^blotbypass: /, '');
        return;
      }
      // The report comes first (data.type 'report'), every file with the outcome.
      if (data.type === 'outcome') finish();
      const { outcome } = data;
      if (outcome.ok && shown) {
        addFiles(outcome.files);
      } else if (outcome.ok) {
        shown = true;
        progress.textContent = m.done((performance.now() - started) / 1000);
        showResults(outcome.summary, outcome.files);
      } else {
        progress.textContent = '';
        showError(outcome.internal ? outcome.messages.map(m.internal) : outcome.messages.map((line) => `error: ${line}`));
      }
    };
    worker.onerror = (error) => {
      worker?.terminate();
      finish();
      progress.textContent = '';
      showError([m.internal(error.message)]);
      worker = null;
    };
    worker.postMessage(request, request.files.map((f) => f.bytes.buffer as ArrayBuffer));
  }, (error: unknown) => {
    finish();
    progress.textContent = '';
    showError([m.internal(error instanceof Error ? error.message : String(error))]);
  });
});
