/**
 * The built-in packs, one JSON file per call in packs/. They go through parseRubricPack like
 * any imported pack, so a mistake in one is caught by the same checks (and by the tests).
 */

import { ReviewDeskError } from '../errors';
import type { RubricPack } from './pack';
import liaoning from './packs/liaoning-2022-community.json';
import mingshi from './packs/mingshi-2024-studio.json';
import yueyang from './packs/yueyang-2023-alliance.json';
import { parseRubricPack } from './validate';

export const BUILTIN_PACK_IDS = [
  'liaoning-2022-community',
  'yueyang-2023-alliance',
  'mingshi-2024-studio',
] as const;
export type BuiltinPackId = (typeof BUILTIN_PACK_IDS)[number];

const sources: Record<BuiltinPackId, unknown> = {
  'liaoning-2022-community': liaoning,
  'yueyang-2023-alliance': yueyang,
  'mingshi-2024-studio': mingshi,
};

const cache = new Map<string, RubricPack>();

export function isBuiltinPackId(id: string): id is BuiltinPackId {
  return (BUILTIN_PACK_IDS as readonly string[]).includes(id);
}

/** A fresh copy of a built-in pack (callers may edit it, e.g. to complete a list). */
export function builtinPack(id: BuiltinPackId): RubricPack {
  let pack = cache.get(id);
  if (!pack) {
    const result = parseRubricPack(sources[id]);
    if (!result.ok) {
      throw new ReviewDeskError('rubric/builtinInvalid', {
        id,
        detail: result.problems.map((p) => `${p.path} ${p.code}`).join('; '),
      });
    }
    pack = result.pack;
    cache.set(id, pack);
  }
  return structuredClone(pack);
}

export function builtinPacks(): RubricPack[] {
  return BUILTIN_PACK_IDS.map(builtinPack);
}
