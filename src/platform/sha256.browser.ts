/** SHA-256 digests in the browser app (see sha256.ts): @noble/hashes, synchronous as the loader needs. */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

export function sha256Base64(text: string): string {
  const digest = sha256(utf8ToBytes(text));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}
