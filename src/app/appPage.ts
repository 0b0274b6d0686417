/**
 * blotbypass.html, the browser app, as one self-contained string: a form (data files, optional
 * layout / variants / sample map / rules files, the common options), the page script, and the
 * analysis worker's source as a JSON string in an inert `<script type="application/json">` block
 * (escaped, so no text in it can end the element) that the page starts as a Web Worker from a blob: URL. Built by scripts/buildApp.mjs from the esbuild bundles.
 *
 * Content-Security-Policy: no network of any kind (default-src 'none', no connect-src); scripts
 * only by hash (the page's own, and those of the report shown in the page's frame, which inherits
 * this policy) or from blob: URLs the page makes itself (the worker, and vega inside it).
 */
import { appMessages as m } from '../messages/app.js';
import { escapeHtml, jsonForScript } from '../report/html/escapeHtml.js';
import { contentSecurityPolicy, pageHead, scriptHash } from '../report/html/browserBundles.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import { APP_STYLES } from './appStyles.js';

export interface AppPageInput {
  version: string;
  /** The page's script (bundled, an IIFE). */
  pageScript: string;
  /** The worker's script (bundled, an IIFE), carried as inert JSON text. */
  workerScript: string;
  /** CSP hashes of the scripts inside report.html (the vega bundles and its chart script). */
  reportScriptHashes: readonly string[];
  /** The default rule set as a complete rules file, offered for download to edit. */
  defaultRulesJson: string;
}

/** A script that could end its element early cannot be carried inline. */
function inlineable(name: string, code: string): string {
  if (/<\/script|<!--/i.test(code)) throw new Error(`the app's ${name} contains "</script" or "<!--" and cannot be inlined`);
  return code;
}

export function appPage(input: AppPageInput): string {
  // The report shown in the frame inherits this policy: its scripts' hashes are allowed here too.
  const csp = contentSecurityPolicy([scriptHash(input.pageScript), ...input.reportScriptHashes, 'blob:'], ['worker-src blob:', 'frame-src data: blob:']);
  const file = (id: string, label: string, multiple = false, accept = '.csv,.tsv,.txt,.xlsx') =>
    `<label class="file" for="${id}">${escapeHtml(label)}</label><input type="file" id="${id}"${multiple ? ' multiple' : ''} accept="${accept}">`;
  // The hint (an example, or the default used when left empty) is printed beside the field, not as a
  // placeholder that would look like a value already typed in.
  const field = (id: string, label: string, flag: string, hint: string, type = 'text') =>
    `<label for="${id}">${escapeHtml(label)} <code>${escapeHtml(flag)}</code></label><span class="field"><input type="${type}" id="${id}" aria-describedby="${id}-hint" autocomplete="off"> <span class="hint" id="${id}-hint">${escapeHtml(hint)}</span></span>`;
  const select = (id: string, label: string, flag: string, options: readonly [string, string][]) =>
    `<label for="${id}">${escapeHtml(label)} <code>${escapeHtml(flag)}</code></label><select id="${id}">${options.map(([v, t]) => `<option value="${escapeHtml(v)}">${escapeHtml(t)}</option>`).join('')}</select>`;
  return `${pageHead({ csp, generator: `blotbypass ${input.version}`, title: `blotbypass ${input.version}`, styles: APP_STYLES })}
<header>
<h1>blotbypass <span class="version">${escapeHtml(input.version)}</span></h1>
<p class="subtitle">${escapeHtml(m.title())}</p>
</header>
<noscript><p class="alert" id="noscript">${escapeHtml(m.noScript())}</p></noscript>
<main id="app" hidden>
<p>${escapeHtml(m.intro())}</p>
<form id="form" autocomplete="off">
<fieldset class="files" id="drop-zone">
<legend>${escapeHtml(m.dataFiles())}</legend>
<input type="file" id="data-files" multiple accept=".csv,.tsv,.txt,.xlsx" aria-label="${escapeHtml(m.dataFiles())}">
<span class="muted">${escapeHtml(m.dataFilesHint())}</span>
<ul id="chosen-files"></ul>
</fieldset>
<fieldset class="grid" id="experiment-fields">
<legend>${escapeHtml(m.experimentFields())}</legend>
${field('opt-experiment', 'Experiment ID', '--experiment', 'e.g. the notebook entry')}
${field('opt-operator', 'Operator', '--operator', 'who ran the blots')}
${field('opt-title', 'Title', '--title', 'default: the models compared')}
</fieldset>
<details>
<summary>${escapeHtml(m.options())}</summary>
<div class="grid">
${file('layout-file', m.layoutFile())}
<span></span><a href="#" id="layout-starter">${escapeHtml(m.layoutStarter())}</a>
${file('variants-files', m.variantsFile(), true, '.maf,.tsv,.txt,.csv')}
${file('sample-map-file', m.sampleMapFile(), false, '.csv,.tsv,.txt')}
${file('rules-file', m.rulesFile(), false, '.json')}
<span></span><a href="#" id="rules-starter">${escapeHtml(m.rulesStarter())}</a>
${field('opt-loading', 'Loading control', '--loading', m.hintDefault('total-protein stain, else GAPDH, β-actin, …'))}
${field('opt-saturation', 'Saturation at or above', '--saturation', m.hintExample('65535 for 16-bit images'))}
<label for="opt-keep-saturated">Keep saturated bands (flagged) <code>--keep-saturated</code></label><input type="checkbox" id="opt-keep-saturated">
${field('opt-pairs', 'Model pairs (resistant=sensitive, comma-separated)', '--pair', m.hintExample('KM12-LR=KM12'))}
${field('opt-drug-classes', 'Drug classes (name=class, comma-separated)', '--drug-class', m.hintExample('TRKi-7=trk-first-generation'))}
${field('opt-drift-fold', 'Loading drift fold', '--drift-fold', m.hintDefault(String(DEFAULT_SETTINGS.loadingDriftFold)))}
${field('opt-weak-reference', 'Weak reference fraction', '--weak-reference', m.hintDefault(String(DEFAULT_SETTINGS.weakReferenceFraction)))}
${field('opt-confidence', 'Confidence level', '--confidence', m.hintDefault(String(DEFAULT_SETTINGS.confidenceLevel)))}
${select('opt-test', 'Resistant-vs-sensitive test', '--test', [['linear-model', 'linear model (default)'], ['paired', 'paired t-test'], ['welch', 'Welch t-test']])}
${select('opt-decimal', 'Decimal mark', '--decimal', [['', 'detected (default)'], ['dot', 'dot: 1.5'], ['comma', 'comma: 1,5']])}
${select('opt-thousands', 'Thousands separator', '--thousands', [['', 'detected (default)'], [',', ', (1,234.5)'], ['.', '. (1.234,5)']])}
${field('opt-sheet', 'Workbook sheet', '--sheet', m.hintDefault('the first sheet with data'))}
${field('opt-target', 'Antibody of instrument exports (NAME, or FILE=NAME, comma-separated)', '--target', m.hintExample('pERK'))}
<label for="opt-lanes-in-json">Every lane in results.json too <code>--lanes-in-json</code></label><input type="checkbox" id="opt-lanes-in-json">
</div>
</details>
<p><button type="submit" id="analyse">${escapeHtml(m.analyse())}</button> <span id="progress" role="status" aria-live="polite"></span></p>
</form>
<div id="error" class="alert" role="alert" hidden></div>
<section id="output" hidden>
<pre id="summary"></pre>
<p id="downloads"><strong>${escapeHtml(m.downloads())}:</strong> </p>
<h2>${escapeHtml(m.reportTitle())}</h2>
<iframe id="report" title="${escapeHtml(m.reportTitle())}" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>
</section>
</main>
<script type="application/json" id="default-rules">${jsonForScript(input.defaultRulesJson)}</script>
<script type="application/json" id="worker-source">${jsonForScript(input.workerScript)}</script>
<script>${inlineable('page script', input.pageScript)}</script>
</body>
</html>
`;
}
