/**
 * results.json text: numbers rounded to a fixed number of significant digits so that the same
 * input gives the same bytes whatever the order of floating-point sums; keys in declaration order.
 *
 * A million-row screen makes a results.json larger than the longest string JavaScript can hold, so
 * the text is also produced in pieces (`resultsJsonChunks`) that the output writer streams to disk.
 */
import type { Results } from '../results.js';

export const SIGNIFICANT_DIGITS = 10;

export function roundNumber(x: number, digits = SIGNIFICANT_DIGITS): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  return Number(x.toPrecision(digits));
}

const roundNumbers = (_key: string, value: unknown): unknown => (typeof value === 'number' ? roundNumber(value) : value);

/**
 * `JSON.stringify(roundNumber(x))` with one number-to-text conversion instead of two. Where
 * toPrecision writes plain notation (1e-6 <= |x| < 1e21) its digits, less the trailing zeros of the
 * fraction, are exactly the shortest text of the rounded number, which is what JSON writes.
 */
export function roundedNumberText(x: number): string {
  if (!Number.isFinite(x)) return 'null';
  if (Number.isInteger(x)) return String(x);
  const text = x.toPrecision(SIGNIFICANT_DIGITS);
  if (text.includes('e')) return String(Number(text));
  if (!text.includes('.')) return text;
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48 /* 0 */) end--;
  if (text.charCodeAt(end - 1) === 46 /* . */) end--;
  return text.slice(0, end);
}

export interface ResultsJsonOptions {
  /**
   * Embed `lanes[]`, every normalised lane (`--lanes-in-json`). Off by default since schema 3.0.0:
   * normalized.csv holds the same values, and in a screen they are nine tenths of the file.
   */
  lanes?: boolean;
  /**
   * Every file the run writes into its output folder (`outputFiles`, last key), as the folder's
   * blotbypass-manifest.json lists them. Absent when nothing is written (the library, the app, `--json`
   * without `--out`).
   */
  outputFiles?: readonly string[];
}

export function resultsToJson(results: Results, options: ResultsJsonOptions = {}): string {
  return [...resultsJsonChunks(results, options)].join('');
}

/** A piece is handed out once it is this long: small pieces die young, which keeps garbage collection cheap. */
const CHUNK_CHARS = 1 << 15;

/**
 * The text of `resultsToJson`, byte for byte (`JSON.stringify(results, roundNumbers, 2)` and a
 * newline, `lanes` left out unless asked for), in pieces: a piece ends after an element of a
 * top-level array.
 */
export function* resultsJsonChunks(results: Results, options: ResultsJsonOptions = {}): Generator<string> {
  const quoted: QuoteCache = new Map();
  let chunk = '{';
  let empty = true;
  for (const [key, value] of Object.entries(results)) {
    if (key === 'lanes' && options.lanes !== true) continue;
    const head = `${empty ? '' : ','}\n  ${quote(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      chunk += `${head}[`;
      for (let i = 0; i < value.length; i++) {
        chunk += `${i === 0 ? '\n    ' : ',\n    '}${jsonText(value[i], '    ', quoted) ?? 'null'}`;
        if (chunk.length >= CHUNK_CHARS) {
          yield chunk;
          chunk = '';
        }
      }
      chunk += '\n  ]';
      empty = false;
    } else {
      const text = jsonText(value, '  ', quoted);
      if (text === undefined) continue;
      chunk += head + text;
      empty = false;
    }
  }
  if (options.outputFiles !== undefined) {
    chunk += `${empty ? '' : ','}\n  "outputFiles": ${jsonText(options.outputFiles, '  ', quoted)}`;
    empty = false;
  }
  yield `${chunk}${empty ? '}' : '\n}'}\n`;
}

const NEEDS_ESCAPE = /["\\\u0000-\u001f\u2028\u2029\ud800-\udfff]/;

/** A JSON string literal; plain text (nearly every string here) skips JSON.stringify. */
function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** Quoted texts already written: keys, model names, labels and conditions repeat on every lane. */
type QuoteCache = Map<string, string>;

/** Texts longer than this (sentences, mostly unique) are quoted afresh rather than remembered. */
const CACHED_TEXT_CHARS = 64;

function quoteCached(text: string, cache: QuoteCache): string {
  if (text.length > CACHED_TEXT_CHARS) return quote(text);
  let literal = cache.get(text);
  if (literal === undefined) cache.set(text, (literal = quote(text)));
  return literal;
}

/**
 * `JSON.stringify(value, roundNumbers, 2)` with every line break followed by `indent`; undefined
 * for a value JSON leaves out (undefined, a function, a symbol). Written by hand because a replacer
 * makes JSON.stringify call back into JavaScript for every value: this gives the same bytes in
 * about half the time on a million-row screen.
 */
function jsonText(value: unknown, indent: string, quoted: QuoteCache): string | undefined {
  switch (typeof value) {
    case 'number':
      return roundedNumberText(value);
    case 'string':
      return quoteCached(value, quoted);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    case 'bigint':
      return nativeJson(value, indent);
    default:
      return undefined;
  }
  if (value === null) return 'null';
  // What JSON.stringify treats specially (toJSON, boxed primitives) goes through it.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function' || value instanceof Number || value instanceof String || value instanceof Boolean) {
    return nativeJson(value, indent);
  }
  const inner = `${indent}  `;
  let text = '';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) text += `${i === 0 ? '[' : ','}\n${inner}${jsonText(value[i], inner, quoted) ?? 'null'}`;
    return text === '' ? '[]' : `${text}\n${indent}]`;
  }
  for (const key of Object.keys(value)) {
    const item = jsonText((value as Record<string, unknown>)[key], inner, quoted);
    if (item !== undefined) text += `${text === '' ? '{' : ','}\n${inner}${quoteCached(key, quoted)}: ${item}`;
  }
  return text === '' ? '{}' : `${text}\n${indent}}`;
}

function nativeJson(value: unknown, indent: string): string | undefined {
  return (JSON.stringify(value, roundNumbers, 2) as string | undefined)?.replaceAll('\n', `\n${indent}`);
}
