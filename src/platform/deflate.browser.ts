/** zlib-compressed text as base64 in the browser app (see deflate.ts): fflate, synchronous. */
import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';

export function deflateToBase64(text: string): string {
  const bytes = zlibSync(strToU8(text), { level: 6 });
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function inflateFromBase64(packed: string): string {
  const binary = atob(packed);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return strFromU8(unzlibSync(bytes));
}
