/**
 * Writes a complete set of output files, or nothing:
 *
 *   refuse (an output path that is an input, or a folder in the way) -> 1. write every file into a
 *   fresh staging folder inside the output directory -> 2. keep a copy of each file about to be
 *   replaced -> 3. rename each staged file over its target (atomic within one file system)
 *   -> on any failure, put the previous files back and remove the new ones -> remove the staging folder.
 *
 * So a reader of the output directory sees either the old set or the new set, never a mix, and an
 * input file is never written.
 *
 * With `manifest` (an analysis's output set), the set owns its files: blotbypass-manifest.json lists
 * every file written (size and SHA-256), and the files the previous manifest listed that this run
 * did not write again are removed afterwards, so a reused `--out` never keeps a stale report beside
 * new results. Nothing that no manifest lists is ever removed. File-system problems the user can fix (no permission, read-only
 * disk, disk full, `--out` is a file) are `InputError`s.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { outputMessages as m } from '../messages/output.js';

export interface OutputFile {
  /** Path relative to the output directory, with `/` separators. */
  path: string;
  content: string | Uint8Array | StreamedContent;
}

/** Text produced piece by piece while it is written (results.json of a million-row screen outgrows a string). */
export interface StreamedContent {
  chunks: () => Iterable<string>;
}

/** Prefix of the staging folder; it never outlives a call. */
export const STAGING_PREFIX = '.blotbypass-staging-';

/** The output set's list of its own files (see the module comment). */
export const MANIFEST_NAME = 'blotbypass-manifest.json';

/** One file of a written output set, as the manifest lists it. */
export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface OutputSetOptions {
  /** Write blotbypass-manifest.json and remove the previous manifest's files not written again. */
  manifest?: { tool: string; version: string };
}

export function writeOutputSet(outDir: string, files: readonly OutputFile[], inputPaths: readonly string[], options: OutputSetOptions = {}): string[] {
  const dir = resolve(outDir);
  const inputs = new Set(inputPaths.map((p) => canonical(resolve(p))));
  const manifest = options.manifest;
  const paths = [...files.map((f) => f.path), ...(manifest ? [MANIFEST_NAME] : [])];
  const targets = paths.map((path) => join(dir, ...path.split('/')));
  for (const target of targets) {
    if (inputs.has(canonical(target))) throw new InputError('output-is-input', m.outputIsInput(target), undefined, m.outputIsInputHint());
    if (existsSync(target) && !statSync(target).isFile()) throw new InputError('output-in-the-way', m.outputInTheWay(target), { file: target }, m.outputInTheWayHint());
  }
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new InputError('cannot-write', m.cannotWrite(m.notAFolder()), { file: dir }, m.cannotWriteHint());
  try {
    mkdirSync(dir, { recursive: true });
    const staging = mkdtempSync(join(dir, STAGING_PREFIX));
    const previous = manifest ? previousManifestFiles(dir) : [];
    try {
      // 1. Everything on disk before anything is replaced.
      const written = files.map((file, i): WrittenFile => ({ path: file.path, ...writeContent(join(staging, `new-${i}`), file.content) }));
      if (manifest) writeFileSync(join(staging, `new-${files.length}`), `${JSON.stringify({ ...manifest, files: written }, null, 2)}\n`);
      swapIn(targets, staging);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    removeStale(dir, previous, new Set(paths));
  } catch (error) {
    throw asInputError(error, dir);
  }
  return targets;
}

/** Writes one file; its size and SHA-256, hashed as it is written. */
function writeContent(path: string, content: OutputFile['content']): { bytes: number; sha256: string } {
  const hash = createHash('sha256');
  if (typeof content === 'string' || content instanceof Uint8Array) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    writeFileSync(path, bytes);
    return { bytes: bytes.length, sha256: hash.update(bytes).digest('hex') };
  }
  return { ...writeStreamed(path, content, hash), sha256: hash.digest('hex') };
}

function writeStreamed(path: string, content: StreamedContent, hash: Hash): { bytes: number } {
  let total = 0;
  // Pieces are encoded into one reused buffer: a fresh Buffer per piece would add hundreds of
  // megabytes of short-lived external memory on a million-row screen, and garbage collections with it.
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  const fd = openSync(path, 'w');
  const writeAll = (bytes: Uint8Array, length: number): void => {
    hash.update(bytes.subarray(0, length));
    total += length;
    for (let offset = 0; offset < length; ) offset += writeSync(fd, bytes, offset, length - offset);
  };
  try {
    for (const chunk of content.chunks()) {
      // At most 3 UTF-8 bytes per UTF-16 code unit.
      if (used + 3 * chunk.length > buffer.length) {
        writeAll(buffer, used);
        used = 0;
      }
      if (3 * chunk.length > buffer.length) {
        const bytes = Buffer.from(chunk, 'utf8');
        writeAll(bytes, bytes.length);
      } else used += buffer.write(chunk, used, 'utf8');
    }
    writeAll(buffer, used);
  } finally {
    closeSync(fd);
  }
  return { bytes: total };
}

/**
 * The relative paths the output folder's current manifest lists. A missing or unreadable manifest
 * lists nothing; a path that is absolute or climbs out of the folder is never taken.
 */
function previousManifestFiles(dir: string): string[] {
  const path = join(dir, MANIFEST_NAME);
  if (!existsSync(path)) return [];
  try {
    const listed = (JSON.parse(readFileSync(path, 'utf8')) as { files?: unknown }).files;
    if (!Array.isArray(listed)) return [];
    return listed
      .map((f: unknown) => (typeof f === 'object' && f !== null ? (f as { path?: unknown }).path : undefined))
      .filter((p): p is string => typeof p === 'string' && p !== '' && !p.startsWith('/') && !p.includes('\\') && !p.split('/').some((part) => part === '..' || part === '.' || part === ''));
  } catch {
    return [];
  }
}

/** Removes the previous set's files that the new set does not hold, then folders they leave empty. */
function removeStale(dir: string, previous: readonly string[], current: ReadonlySet<string>): void {
  for (const path of previous) {
    if (current.has(path)) continue;
    const target = join(dir, ...path.split('/'));
    if (!existsSync(target) || !statSync(target).isFile()) continue;
    rmSync(target, { force: true });
    for (let folder = dirname(target); folder.startsWith(`${dir}/`) && readdirSync(folder).length === 0; folder = dirname(folder)) rmdirSync(folder);
  }
}

/** Size of the buffer streamed content is encoded into. */
const WRITE_BUFFER_BYTES = 1 << 20;

/** 2-3: rename the staged files over their targets; undo every step done if one fails. */
function swapIn(targets: readonly string[], staging: string): void {
  const done: { target: string; previous: string | null }[] = [];
  try {
    targets.forEach((target, i) => {
      mkdirSync(dirname(target), { recursive: true });
      let previous: string | null = null;
      if (existsSync(target)) {
        previous = join(staging, `previous-${i}`);
        copyFileSync(target, previous);
      }
      renameSync(join(staging, `new-${i}`), target);
      done.push({ target, previous });
    });
  } catch (error) {
    for (const { target, previous } of done.reverse()) {
      if (previous === null) rmSync(target, { force: true });
      else renameSync(previous, target);
    }
    throw error;
  }
}

/** File-system errors a user can act on, as one located line; anything else stays an internal error. */
function asInputError(error: unknown, dir: string): unknown {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason =
    code === 'EACCES' || code === 'EPERM' ? m.permissionDenied()
      : code === 'EROFS' ? m.readOnly()
        : code === 'ENOSPC' || code === 'EDQUOT' ? m.diskFull()
          : code === 'ENOTDIR' || code === 'EEXIST' ? m.notAFolder()
            : code === 'ENAMETOOLONG' ? m.nameTooLong()
              : null;
  return reason === null ? error : new InputError('cannot-write', m.cannotWrite(reason), { file: dir }, m.cannotWriteHint());
}

function canonical(path: string): string {
  try {
    return existsSync(path) ? realpathSync(path) : path;
  } catch {
    return path;
  }
}
