/**
 * Change origins (SPEC Y5): the Yjs transaction origins this code tags its own transactions with,
 * and how any transaction's origin reads as a `ChangeOrigin`. Whatever is not ours came from a peer.
 */
export type ChangeOrigin = 'local' | 'remote' | 'import' | 'load';

export const LOCAL_ORIGIN = Symbol('review-desk:local');
export const IMPORT_ORIGIN = Symbol('review-desk:import');
export const LOAD_ORIGIN = Symbol('review-desk:load');

export function classifyOrigin(origin: unknown): ChangeOrigin {
  if (origin === LOCAL_ORIGIN) return 'local';
  if (origin === IMPORT_ORIGIN) return 'import';
  if (origin === LOAD_ORIGIN) return 'load';
  return 'remote';
}
