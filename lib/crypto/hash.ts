/**
 * Synchronous SHA-256 (noble) for hashing small things inside reads and writes of the panel
 * (entry hashes, key fingerprints, panel ids): WebCrypto's digest is async only, and a read of the
 * panel must stay synchronous for React's useSyncExternalStore.
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { toHex, utf8 } from './bytes';

export function sha256(bytes: Uint8Array): Uint8Array {
  return nobleSha256(bytes);
}

export function sha256HexOf(data: Uint8Array | string): string {
  return toHex(nobleSha256(typeof data === 'string' ? utf8(data) : data));
}
