/**
 * Writes a PNG's pixel density (its `pHYs` chunk, PNG spec section 11.3.5.3) so that Word,
 * PowerPoint and journal systems open a 300 dpi figure at its printed size instead of assuming
 * 96 dpi. The chunk goes right after IHDR (it must come before the image data); one already there is
 * replaced. Pure: returns a new array.
 */
import { concatBytes } from '../arrays.js';

const SIGNATURE_BYTES = 8;
const METRES_PER_INCH = 0.0254;

export function withPixelDensity(png: Uint8Array, dpi: number): Uint8Array {
  const chunks = pngChunks(png);
  const ihdr = chunks.find((c) => c.type === 'IHDR');
  if (!ihdr) throw new Error('not a PNG image: no IHDR chunk');
  const perMetre = Math.round(dpi / METRES_PER_INCH);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1; // unit: the metre
  const phys = chunk('pHYs', data);
  const kept = chunks.filter((c) => c.type !== 'pHYs');
  const parts = [png.subarray(0, SIGNATURE_BYTES)];
  for (const c of kept) {
    parts.push(png.subarray(c.start, c.end));
    if (c === ihdr) parts.push(phys);
  }
  return concatBytes(parts);
}

export interface PngChunk {
  type: string;
  /** Byte range of the whole chunk (length, type, data, CRC). */
  start: number;
  end: number;
  /** Byte range of its data. */
  dataStart: number;
  dataEnd: number;
}

/** The chunks of a PNG, in file order. */
export function pngChunks(png: Uint8Array): PngChunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  for (let at = SIGNATURE_BYTES; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    chunks.push({ type, start: at, end, dataStart: at + 8, dataEnd: at + 8 + length });
    at = end;
  }
  return chunks;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** CRC-32 (ISO 3309, the polynomial PNG uses), bit by bit: a few bytes per figure, speed is no concern. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
