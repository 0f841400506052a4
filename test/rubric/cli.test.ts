/**
 * The rubric commands as the user runs them: `./bin/review-desk.mjs …` in a child process,
 * checking output and exit codes. Each start-up costs most of a second, so the child processes
 * cover each command and each exit code once; the many bad-input cases run the same entry point,
 * `main` of bin/cli.ts, in this process with its output captured.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../bin/cli';
import { demoPanels } from '../../lib/demo';
import { builtinPack } from '../../lib/rubric';
import type { Loose } from './helpers';

const BIN = fileURLToPath(new URL('../../bin/review-desk.mjs', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'rubric-cli-'));
const file = (name: string, content: unknown) => {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
  return target;
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], lang = 'zh-CN'): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, env: { ...process.env, REVIEW_DESK_LANG: lang } },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const [liaoning, yueyang] = demoPanels();
const asFacts = (panel: typeof liaoning) =>
  panel!.applications.map((a) => ({ id: a.id, ...a.facts }));

const badPack = structuredClone(builtinPack('liaoning-2022-community')) as Loose;
badPack.rules[0].test.fact = 'memberUnit';
badPack.scoring.sections[0].criteria[0].bands[1].max = 13;

const files = {
  ln: file('ln-facts.json', asFacts(liaoning)),
  ym: file('ym-facts.json', asFacts(yueyang)),
  good: file('good-pack.json', builtinPack('yueyang-2023-alliance')),
  bad: file('bad-pack.json', badPack),
  notJson: file('broken.json', '{"id": '),
  single: file('ln-02.json', { ...liaoning!.applications[1]!.facts }),
  noIds: file('no-ids.json', [{ projectName: 'x' }]),
  dupIds: file('dup-ids.json', [{ id: 'a' }, { id: 'a' }]),
  scalar: file('scalar.json', '42'),
};

/** `main` with stdout and stderr captured, as a child process would see them. */
async function runHere(args: string[], lang = 'zh-CN'): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const previous = process.env.REVIEW_DESK_LANG;
  process.env.REVIEW_DESK_LANG = lang;
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  try {
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    if (previous === undefined) delete process.env.REVIEW_DESK_LANG;
    else process.env.REVIEW_DESK_LANG = previous;
  }
}

/** Run as child processes: every command, and each exit code, once. */
const SPAWNED = new Set([
  'rubrics',
  'validateGood',
  'validateBad',
  'validateNotJson',
  'showJson',
  'checkJson',
  'checkText',
  'checkPdf',
]);

const commands: Record<string, { args: string[]; lang?: string }> = {
  rubrics: { args: ['rubrics'] },
  rubricsJson: { args: ['rubrics', '--json'] },
  validateGood: { args: ['rubric', 'validate', files.good] },
  validateBad: { args: ['rubric', 'validate', files.bad], lang: 'en' },
  validateNotJson: { args: ['rubric', 'validate', files.notJson] },
  validateMissing: { args: ['rubric', 'validate', path.join(dir, 'nope.json')] },
  showJson: { args: ['rubric', 'show', 'yueyang-2023-alliance', '--json'] },
  showText: { args: ['rubric', 'show', 'liaoning-2022-community'] },
  showUnknown: { args: ['rubric', 'show', 'hunan-2024'] },
  rubricNoSub: { args: ['rubric'] },
  checkJson: {
    args: ['check', '--rubric', 'liaoning-2022-community', '--facts', files.ln, '--json'],
  },
  checkYueyangJson: {
    args: ['check', '--rubric', files.good, '--facts', files.ym, '--json'],
    lang: 'en',
  },
  checkText: {
    args: ['check', '--rubric', 'liaoning-2022-community', '--facts', files.ln],
    lang: 'en',
  },
  checkSingle: {
    args: ['check', '--rubric', 'liaoning-2022-community', '--facts', files.single, '--json'],
  },
  checkNoFacts: { args: ['check', '--rubric', 'liaoning-2022-community'] },
  checkNotJson: {
    args: ['check', '--rubric', 'liaoning-2022-community', '--facts', files.notJson],
  },
  checkNoIds: { args: ['check', '--rubric', 'liaoning-2022-community', '--facts', files.noIds] },
  checkDupIds: { args: ['check', '--rubric', 'liaoning-2022-community', '--facts', files.dupIds] },
  checkScalar: { args: ['check', '--rubric', 'liaoning-2022-community', '--facts', files.scalar] },
  checkPdf: { args: ['check', '--rubric', 'liaoning-2022-community', 'a.pdf'], lang: 'en' },
  checkBadPack: { args: ['check', '--rubric', files.bad, '--facts', files.ln] },
};

const results: Record<string, Run> = {};

beforeAll(async () => {
  const spawned = Object.keys(commands).filter((name) => SPAWNED.has(name));
  // Two at a time: the machine's cores are shared.
  for (let i = 0; i < spawned.length; i += 2) {
    await Promise.all(
      spawned.slice(i, i + 2).map(async (name) => {
        results[name] = await run(commands[name]!.args, commands[name]!.lang);
      }),
    );
  }
  for (const name of Object.keys(commands).filter((n) => !SPAWNED.has(n))) {
    results[name] = await runHere(commands[name]!.args, commands[name]!.lang);
  }
}, 120_000);

describe('review-desk rubrics', () => {
  it('lists the built-in packs with their counts', () => {
    const { code, stdout } = results.rubrics!;
    expect(code).toBe(0);
    expect(stdout).toContain('liaoning-2022-community');
    expect(stdout).toContain('yueyang-2023-alliance');
    expect(stdout).toContain('评分项 6');
    const rows = JSON.parse(results.rubricsJson!.stdout);
    expect(rows.map((r: { id: string }) => r.id)).toEqual([
      'liaoning-2022-community',
      'yueyang-2023-alliance',
      'mingshi-2024-studio',
    ]);
    expect(rows[1]).toMatchObject({ facts: 17, rules: 13, panelRules: 2, criteria: 5 });
  });
});

describe('review-desk rubric validate', () => {
  it('exits 0 for a good pack', () => {
    expect(results.validateGood!.code).toBe(0);
    expect(results.validateGood!.stdout).toContain('规则包有效');
  });

  it('exits 1 for a bad pack, printing each problem with its JSON path', () => {
    const { code, stdout } = results.validateBad!;
    expect(code).toBe(1);
    expect(stdout).toContain('2 problem(s)');
    expect(stdout).toContain(
      '$.rules[0].test.fact: the pack does not declare the fact "memberUnit"',
    );
    expect(stdout).toContain(
      '$.scoring.sections[0].criteria[0].bands[0]: the band "excellent" overlaps',
    );
  });

  it('exits 2 for a file that is not JSON or cannot be read, saying which', () => {
    expect(results.validateNotJson!.code).toBe(2);
    expect(results.validateNotJson!.stderr).toContain('不是有效的 JSON');
    expect(results.validateMissing!.code).toBe(2);
    expect(results.validateMissing!.stderr).toContain('无法读取文件');
  });
});

describe('review-desk rubric show', () => {
  it('prints a pack as JSON, ready to copy', () => {
    expect(results.showJson!.code).toBe(0);
    expect(JSON.parse(results.showJson!.stdout)).toEqual(builtinPack('yueyang-2023-alliance'));
  });

  it('prints an overview with the call, its clauses, rules and criteria', () => {
    const { code, stdout } = results.showText!;
    expect(code).toBe(0);
    expect(stdout).toContain('辽宁省教育厅办公室');
    expect(stdout).toContain('主要成员单位不少于4个');
    expect(stdout).toContain('实践基础与成效  25 分');
  });

  it('names the built-in packs when the id is unknown, and wants a subcommand', () => {
    expect(results.showUnknown!.code).toBe(2);
    expect(results.showUnknown!.stderr).toContain('liaoning-2022-community');
    expect(results.rubricNoSub!.code).toBe(2);
    expect(results.rubricNoSub!.stderr).toContain('validate');
  });
});

describe('review-desk check', () => {
  it('prints exactly the documented JSON and exits 0 although applications fail', () => {
    const { code, stdout } = results.checkJson!;
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['rubric', 'applications', 'findings']);
    expect(out.rubric).toBe('liaoning-2022-community');
    const app = out.applications[0];
    expect(Object.keys(app)).toEqual(['id', 'eligible', 'rules']);
    expect(Object.keys(app.rules[0])).toEqual(['id', 'status', 'severity', 'clause', 'message']);
    expect(app.rules[0].clause).toMatchObject({ number: '三（一）1' });
    expect(app.rules[0].message).toBe('主要成员单位：5个（要求不少于4个）');
    const eligible = Object.fromEntries(out.applications.map((a: Loose) => [a.id, a.eligible]));
    expect(eligible).toEqual({
      'ln-01': true,
      'ln-02': false,
      'ln-03': true,
      'ln-04': false,
      'ln-05': false,
      'ln-06': true,
      'ln-07': true,
      'ln-08': true,
    });
    expect(out.findings).toHaveLength(1);
    expect(Object.keys(out.findings[0])).toEqual(['rule', 'status', 'applications', 'message']);
    expect(out.findings[0]).toMatchObject({
      rule: 'quota',
      status: 'fail',
      applications: ['ln-05', 'ln-06', 'ln-07'],
    });
  });

  it('takes a pack file, and speaks English on request', () => {
    const { code, stdout } = results.checkYueyangJson!;
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.findings[0]).toMatchObject({
      rule: 'core-member-unique',
      applications: ['ym-01', 'ym-06'],
    });
    expect(out.findings[0].message).toContain('is a core member of 2 applications');
  });

  it('prints verdicts, clauses and findings as text', () => {
    const { code, stdout } = results.checkText!;
    expect(code).toBe(0);
    expect(stdout).toContain('Application ln-02: not eligible');
    expect(stdout).toContain('[FAIL] member-units  required  三（一）1');
    expect(stdout).toContain('Clause 三（一）1: "共同体项目由共同体牵头单位负责申报');
    expect(stdout).toContain('Cross-application checks:');
    expect(stdout).toContain('Involved: ln-05, ln-06, ln-07');
  });

  it('takes a single application, named after its file', () => {
    const out = JSON.parse(results.checkSingle!.stdout);
    expect(out.applications.map((a: Loose) => [a.id, a.eligible])).toEqual([['ln-02', false]]);
  });

  it('exits 2 on bad input, with a sentence saying what to do', () => {
    const bad = [
      'checkNoFacts',
      'checkNotJson',
      'checkNoIds',
      'checkDupIds',
      'checkScalar',
      'checkPdf',
      'checkBadPack',
    ];
    for (const name of bad) {
      expect(results[name]!.code, name).toBe(2);
      expect(results[name]!.stdout, name).toBe('');
      expect(results[name]!.stderr.trim(), name).not.toBe('');
    }
    expect(results.checkNoFacts!.stderr).toContain('--facts');
    expect(results.checkNoIds!.stderr).toContain('第 1 项');
    expect(results.checkDupIds!.stderr).toContain('“a”');
    expect(results.checkPdf!.stderr).toContain('a.pdf');
    expect(results.checkBadPack!.stderr).toContain('$.rules[0].test.fact');
  });
});
