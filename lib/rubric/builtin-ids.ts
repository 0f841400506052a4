/**
 * The ids of the built-in packs, apart from the packs themselves (lib/rubric/builtin.ts, ~100 KB
 * of JSON): knowing that an id is taken by a built-in pack does not load the packs.
 */
export const BUILTIN_PACK_IDS = [
  'liaoning-2022-community',
  'yueyang-2023-alliance',
  'mingshi-2024-studio',
] as const;
export type BuiltinPackId = (typeof BUILTIN_PACK_IDS)[number];

export function isBuiltinPackId(id: string): id is BuiltinPackId {
  return (BUILTIN_PACK_IDS as readonly string[]).includes(id);
}
