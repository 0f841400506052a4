/**
 * The rubric library: the packs this device knows (built-in, read-only; the user's own, stored
 * in Dexie), with the only writes the editor makes (save only when valid, copy, create, delete,
 * import, drafts) and the JSON helpers for export. `getPack(id)` is what a panel applies.
 */
export { createPack, type NewPackOptions } from './create';
export { discardDraft, getDraft, saveDraft } from './drafts';
export { appendIn, getIn, moveIn, removeIn, setIn, updateList } from './edit-path';
export { type ImportOptions, type ImportResult, importPackJson, MAX_IMPORT_CHARS } from './import';
export {
  exportPackJson,
  type JsonSyntaxError,
  type JsonText,
  notJsonError,
  packFileName,
  parseJsonText,
} from './json';
export {
  copyPack,
  deletePack,
  freeId,
  getPack,
  isIdFree,
  type LibraryEntry,
  listPacks,
  type PackCounts,
  packCounts,
  type SaveOptions,
  type SaveResult,
  savePack,
} from './library';
export { describeProblem, LIBRARY_PROBLEM_CODES } from './problems';
export type { StoredDraft, StoredPack } from './stored-pack';
