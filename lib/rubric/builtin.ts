/**
 * The built-in packs, one JSON file per call in packs/. They go through parseRubricPack like
 * any imported pack, so a mistake in one is caught by the same checks (and by the tests).
 */

import { ReviewDeskError } from '../errors';
import { BUILTIN_PACK_IDS, type BuiltinPackId } from './builtin-ids';
import type { RubricPack } from './pack';
import liaoning from './packs/liaoning-2022-community.json';
import mingshi from './packs/mingshi-2024-studio.json';
import yueyang from './packs/yueyang-2023-alliance.json';
import { parseRubricPack } from './validate';

export { BUILTIN_PACK_IDS, type BuiltinPackId, isBuiltinPackId } from './builtin-ids';

const sources: Record<BuiltinPackId, unknown> = {
  'liaoning-2022-community': liaoning,
  'yueyang-2023-alliance': yueyang,
  'mingshi-2024-studio': mingshi,
};

// Pure, so that a module importing lib/rubric for anything else does not keep the packs.
const cache = /* @__PURE__ */ new Map<string, RubricPack>();

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
