import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n, localizeError } from '../../lib/i18n';
import { builtinPack, formatMessage, parseRubricPack } from '../../lib/rubric';
import {
  copyPack,
  describeProblem,
  exportPackJson,
  importPackJson,
  listPacks,
  MAX_IMPORT_CHARS,
  packFileName,
  parseJsonText,
} from '../../lib/rubric-library';
import { jsonErrorOffset } from '../../lib/rubric-library/json-position';
import { ReviewDeskDb } from '../../lib/store/db';

let db: ReviewDeskDb;
beforeEach(() => {
  db = new ReviewDeskDb(`t-${Math.random()}`);
});
afterEach(async () => {
  await db?.delete();
});

/** A pack as parsed JSON, to spoil on purpose. */
type PackJson = ReturnType<typeof JSON.parse>;

const zh = createI18n('zh-CN');
const en = createI18n('en');

function shuffledKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffledKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, shuffledKeys(v)]),
  );
}

async function ownIds() {
  return (await listPacks(db)).filter((e) => e.kind !== 'builtin').map((e) => e.id);
}

describe('export', () => {
  it('writes pretty JSON in the schema key order, the same whatever order the keys came in', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const text = exportPackJson(pack);
    expect(text).toBe(exportPackJson(shuffledKeys(pack)));
    expect(text.startsWith('{\n  "formatVersion": 3,\n  "id": "yueyang-2023-alliance",')).toBe(
      true,
    );
    expect(parseRubricPack(JSON.parse(text))).toMatchObject({ ok: true, pack });
    expect(packFileName(pack)).toBe('yueyang-2023-alliance.rubric.json');
  });

  it('refuses to export an invalid pack', () => {
    expect(() => exportPackJson({ id: 'x' })).toThrow(/rubricEditor\/invalidPack/);
  });
});

describe('import', () => {
  it('imports an exported pack under a free id, and replaces an own pack only when asked', async () => {
    const text = exportPackJson(builtinPack('yueyang-2023-alliance'));
    const first = await importPackJson(text, { fileName: 'a.json' }, db);
    expect(first).toMatchObject({
      ok: true,
      renamedFrom: 'yueyang-2023-alliance',
      replaced: false,
      pack: { id: 'yueyang-2023-alliance-2' },
    });
    const mine = JSON.parse(text);
    mine.id = 'yueyang-2023-alliance-2';
    mine.title.zh = '改名了';
    const replaced = await importPackJson(
      JSON.stringify(mine),
      { fileName: 'b.json', replace: true },
      db,
    );
    expect(replaced).toMatchObject({ ok: true, replaced: true, pack: { revision: 2 } });
    expect(await ownIds()).toEqual(['yueyang-2023-alliance-2']);
  });

  it('takes a UTF-8 BOM and an older format', async () => {
    const v1 = builtinPack('liaoning-2022-community') as unknown as Record<string, unknown>;
    v1.formatVersion = 1;
    v1.id = 'old';
    delete v1.revision;
    const result = await importPackJson(
      `\uFEFF${JSON.stringify(v1)}`,
      { fileName: 'old.json' },
      db,
    );
    expect(result).toMatchObject({ ok: true, migratedFrom: 1, pack: { id: 'old', revision: 1 } });
  });

  it('rejects bad JSON with the line and column, in both languages, storing nothing', async () => {
    const result = await importPackJson('{\n  "id": "x",\n  oops\n}', { fileName: 'bad.json' }, db);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('rubricEditor/notJsonAt');
    expect(result.error.params).toMatchObject({ file: 'bad.json', line: 3, column: 3 });
    expect(localizeError(zh, result.error)).toContain('第 3 行');
    expect(localizeError(en, result.error)).toContain('line 3');
    const empty = await importPackJson('', { fileName: 'empty.json' }, db);
    expect(empty.ok || [empty.error.code, empty.error.params.line]).toEqual([
      'rubricEditor/notJsonAt',
      1,
    ]);
    expect(await ownIds()).toEqual([]);
  });

  it('rejects a file too large to be a pack', async () => {
    const result = await importPackJson(' '.repeat(MAX_IMPORT_CHARS + 1), { fileName: 'big' }, db);
    expect(result.ok || result.error.code).toBe('rubricEditor/tooLarge');
  });

  it.each([
    [
      'wrong types',
      (p: PackJson) => {
        p.scoring.total.max = '100';
      },
      '$.scoring.total.max',
      'invalidType',
    ],
    [
      'an unknown fact',
      (p: PackJson) => {
        p.rules[0].test.fact = 'nope';
      },
      '$.rules[0].test.fact',
      'unknownFact',
    ],
    [
      'a duplicate id',
      (p: PackJson) => {
        p.facts[1].id = p.facts[0].id;
      },
      '$.facts[1].id',
      'duplicateId',
    ],
    [
      'an impossible range',
      (p: PackJson) => {
        p.rules.find((r: { id: string }) => r.id === 'core-members').test.bound.min = 20;
      },
      '$.rules[8].test.bound',
      'impossibleRange',
    ],
  ])(
    'rejects %s with the problem at its path, storing nothing',
    async (_name, spoil, path, code) => {
      const pack = JSON.parse(exportPackJson(builtinPack('yueyang-2023-alliance')));
      spoil(pack);
      const result = await importPackJson(JSON.stringify(pack), { fileName: 'p.json' }, db);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('rubricEditor/invalidPack');
      expect(result.problems.map((p) => [p.path, p.code])).toContainEqual([path, code]);
      for (const p of result.problems) {
        const sentence = formatMessage(zh, describeProblem(p));
        expect(sentence).toContain(p.path);
        expect(sentence).not.toContain('problems.');
      }
      expect(await ownIds()).toEqual([]);
    },
  );
});

describe('problem sentences', () => {
  it('says which characters an id may use instead of showing a regular expression', () => {
    const pack = JSON.parse(exportPackJson(builtinPack('yueyang-2023-alliance')));
    pack.id = 'Bad Id';
    pack.rules[0].id = '1st';
    pack.facts[0].id = 'has-dash';
    const result = parseRubricPack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const sentences = result.problems.map((p) => formatMessage(zh, describeProblem(p)));
    expect(sentences).toContain(
      '$.id：规则包编号只能用小写字母、数字和连字符（-），以字母或数字开头，至多 80 个字符，如 my-call-2025。',
    );
    expect(sentences.find((s) => s.startsWith('$.rules[0].id'))).toContain('英文字母开头');
    expect(sentences.find((s) => s.startsWith('$.facts[0].id'))).toContain('事实编号');
    expect(sentences.join('')).not.toContain('/^');
  });
});

describe('parseJsonText', () => {
  it('says where the syntax error is', () => {
    const r = parseJsonText('[1,\n2,,3]');
    expect(r.ok || [r.error.line, r.error.column]).toEqual([2, 3]);
    expect(parseJsonText('{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('finds an error position whenever JSON.parse fails, and none when it succeeds (property)', () => {
    const edited = fc
      .tuple(
        fc.jsonValue({ maxDepth: 3 }),
        fc.nat(),
        fc.constantFrom('', ',', '"', '}', ']', 'x', '\\'),
      )
      .map(([value, at, insert]) => {
        const text = JSON.stringify(value, null, 1);
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + (insert ? 0 : 1));
      });
    fc.assert(
      fc.property(edited, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(text) === undefined).toBe(valid);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });
});

describe('copy then export', () => {
  it('round-trips through the library unchanged but for the id', async () => {
    const copy = await copyPack('liaoning-2022-community', {}, db);
    const back = JSON.parse(exportPackJson(copy));
    expect({ ...back, id: 'liaoning-2022-community' }).toEqual(
      builtinPack('liaoning-2022-community'),
    );
  });
});
