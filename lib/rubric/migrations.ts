/**
 * Pack format migrations: a pack saved by an older version of Review Desk still loads. Each
 * step takes the JSON of format N to format N + 1; they run in order up to PACK_FORMAT_VERSION
 * before the pack is validated, so validation only ever sees the current format.
 *
 * Format 1 (the first drafts of the pack format):
 * - a rule's severity was `gate` (now `hard`) or `warning`;
 * - compare, length and count tests had flat `min`/`max`/`equals` (now one `bound`);
 * - there was no `revision` and no `panelRules` (cross-application rules came later).
 *
 * Format 2 → 3 changes nothing in a pack: format 3 only adds optional fields (reading hints
 * `reader`, `sections`, `items`, `units`, `exclude`, `numbered`; an option's `match`; a count
 * test's `fallback`). The version says a format-2 reader cannot read a pack that uses them.
 */
import { PACK_FORMAT_VERSION } from './pack';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function boundFromV1(test: Json): Json | undefined {
  const { min, max, equals } = test;
  if (typeof equals === 'number') return { op: '==', value: equals };
  if (typeof min === 'number' && typeof max === 'number') return { op: 'between', min, max };
  if (typeof min === 'number') return { op: '>=', value: min };
  if (typeof max === 'number') return { op: '<=', value: max };
  return undefined;
}

function conditionFromV1(test: unknown): unknown {
  if (!isObject(test)) return test;
  const kind = test.kind;
  if (kind === 'allOf' || kind === 'anyOf') {
    return { ...test, of: Array.isArray(test.of) ? test.of.map(conditionFromV1) : test.of };
  }
  if (kind === 'not') return { ...test, of: conditionFromV1(test.of) };
  if ((kind === 'compare' || kind === 'length' || kind === 'count') && !('bound' in test)) {
    const { min: _min, max: _max, equals: _equals, ...rest } = test;
    const bound = boundFromV1(test);
    return bound ? { ...rest, bound } : test;
  }
  return test;
}

const steps: Record<number, (pack: Json) => Json> = {
  1: (pack) => ({
    ...pack,
    formatVersion: 2,
    revision: typeof pack.revision === 'number' ? pack.revision : 1,
    panelRules: pack.panelRules ?? [],
    rules: Array.isArray(pack.rules)
      ? pack.rules.map((rule) =>
          isObject(rule)
            ? {
                ...rule,
                severity: rule.severity === 'gate' ? 'hard' : rule.severity,
                test: conditionFromV1(rule.test),
              }
            : rule,
        )
      : pack.rules,
  }),
  2: (pack) => ({ ...pack, formatVersion: 3 }),
};

/**
 * Packs written before the `fromCover` hint (any format) read a `projectName` no label states
 * from the cover's title: they still do, unless the fact says `fromCover: false`.
 */
function withCoverTitle(pack: Json): Json {
  if (!Array.isArray(pack.facts)) return pack;
  const facts = pack.facts.map((fact) => {
    if (!isObject(fact) || fact.id !== 'projectName' || fact.type !== 'text') return fact;
    const hints = isObject(fact.hints) ? fact.hints : {};
    if (hints.fromCover !== undefined) return fact;
    return { ...fact, hints: { ...hints, fromCover: true } };
  });
  return { ...pack, facts };
}

export type MigrationResult =
  | { ok: true; pack: unknown; from: number }
  | { ok: false; code: 'missingVersion' | 'tooNew'; params: Record<string, number | string> };

/** Brings a pack's JSON up to the current format; the input is never modified. */
export function migratePack(input: unknown): MigrationResult {
  if (!isObject(input)) return { ok: true, pack: input, from: PACK_FORMAT_VERSION };
  const version = input.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'missingVersion', params: { current: PACK_FORMAT_VERSION } };
  }
  if (version > PACK_FORMAT_VERSION) {
    return { ok: false, code: 'tooNew', params: { version, current: PACK_FORMAT_VERSION } };
  }
  let pack: Json = input;
  for (let v = version; v < PACK_FORMAT_VERSION; v++) pack = steps[v]!(pack);
  return { ok: true, pack: withCoverTitle(pack), from: version };
}
