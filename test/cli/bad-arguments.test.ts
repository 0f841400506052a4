/**
 * Every subcommand, fed each kind of bad argument, answers with a sentence in the user's language
 * (zh-CN and en) and the documented exit code — never "unexpected problem", never a stack — and
 * every subcommand prints its own --help and exits 0. Most cases run `main` in this process (the
 * same code the binary runs); what needs a real process (a busy port, a closed stdout) spawns it.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../bin/cli';
import { fromBase64 } from '../../lib/crypto/bytes';
import { sign } from '../../lib/crypto/ecdsa';
import { createPanel } from '../../lib/panel/create';
import { builtinPack } from '../../lib/rubric';
import { sha256Hex } from '../../lib/store/hash';
import { exportRdsync } from '../../lib/sync/rdsync';
import {
  decodeContainer,
  encodeContainer,
  headerBytesOf,
  type PartHeader,
  signedHeader,
} from '../../lib/sync/rdsync-format';
import { BIN, runCli } from './support';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'rd-bad-args-'));
const FORM = path.resolve('test/fixtures/extract/ym-list-pdflib.pdf');
const aDir = path.join(tmp, 'a-folder');
const aFile = path.join(tmp, 'a-file.txt');
const garbage = path.join(tmp, 'garbage.rdsync');
const undecodable = path.join(tmp, 'undecodable.rdsync');
const badPack = path.join(tmp, 'bad-pack.json');
const notJson = path.join(tmp, 'not-json.json');
const missing = path.join(tmp, 'missing.pdf');
const panelDir = path.join(tmp, 'panel');

async function run(args: string[], lang: 'zh-CN' | 'en') {
  let out = '';
  let err = '';
  const o = process.stdout.write.bind(process.stdout);
  const e = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => {
    out += s;
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => {
    err += s;
    return true;
  }) as typeof process.stderr.write;
  const cwd = process.cwd();
  try {
    process.chdir(tmp);
    return { code: await main(['--lang', lang, ...args]), out, err };
  } finally {
    process.chdir(cwd);
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

/** A stack frame, or words that admit the error was not foreseen. */
const STACK = /\n\s+at\s+\S.*[:(]\d+:\d+|Error:|TypeError|ENOENT:|EISDIR:/;
const UNEXPECTED = /未预料|unexpected/i;

beforeAll(async () => {
  mkdirSync(aDir);
  writeFileSync(aFile, 'just text\n');
  writeFileSync(garbage, 'RDSYNC but not really');
  writeFileSync(badPack, JSON.stringify({ id: 'x' }));
  writeFileSync(notJson, '{ not json');
  // A correctly signed exchange file whose payload is not a Yjs update at all.
  const pack = builtinPack('yueyang-2023-alliance');
  const { panel, chair } = await createPanel({
    name: '组',
    rubric: { id: pack.id, json: JSON.stringify(pack) },
    chair: { name: '王' },
    members: [],
    extractable: true,
  });
  const [part] = decodeContainer(await exportRdsync(panel, { kind: 'full' }));
  const payload = new TextEncoder().encode('not a yjs update, but signed');
  const header = {
    ...(JSON.parse(new TextDecoder().decode(part!.headerBytes)) as PartHeader),
    payloadSha256: await sha256Hex(payload),
    payloadSize: payload.length,
  };
  const headerBytes = headerBytesOf(header);
  const signature = fromBase64(await sign(chair.signing.privateKey, signedHeader(headerBytes)));
  writeFileSync(undecodable, encodeContainer([{ headerBytes, signature, payload }]));
  const made = await run(
    [
      'panel',
      'create',
      '--rubric',
      'yueyang-2023-alliance',
      '--name',
      '组',
      '--chair',
      '王',
      '--out',
      panelDir,
      '--passphrase',
      'pw',
    ],
    'en',
  );
  expect(made.code, made.err).toBe(0);
});

/** Each subcommand with the kinds of bad input it can get; exit 2 unless said otherwise. */
const CASES: { name: string; args: string[]; code?: number; says?: RegExp }[] = [
  { name: 'demo: unknown option', args: ['demo', '--frobnicate', '--out', 'x'] },
  { name: 'demo: no --out', args: ['demo'], says: /--out/ },
  { name: 'demo: --out is a file', args: ['demo', '--out', aFile], says: /a-file\.txt/ },
  { name: 'rubrics: stray argument', args: ['rubrics', 'extra'] },
  { name: 'rubric: no subcommand', args: ['rubric'] },
  { name: 'rubric: unknown subcommand', args: ['rubric', 'frob'] },
  { name: 'rubric validate: missing file', args: ['rubric', 'validate', missing] },
  { name: 'rubric validate: folder', args: ['rubric', 'validate', aDir] },
  { name: 'rubric validate: not JSON', args: ['rubric', 'validate', notJson] },
  { name: 'rubric validate: invalid pack', args: ['rubric', 'validate', badPack], code: 1 },
  { name: 'rubric show: unknown id', args: ['rubric', 'show', 'no-such-pack'] },
  { name: 'check: no --rubric', args: ['check', FORM] },
  { name: 'check: missing PDF', args: ['check', '--rubric', 'yueyang-2023-alliance', missing] },
  { name: 'check: text as PDF', args: ['check', '--rubric', 'yueyang-2023-alliance', aFile] },
  { name: 'check: bad pack', args: ['check', '--rubric', badPack, FORM] },
  { name: 'extract: no file', args: ['extract'] },
  { name: 'extract: missing file', args: ['extract', missing] },
  { name: 'extract: folder', args: ['extract', aDir] },
  { name: 'extract: text as PDF', args: ['extract', aFile] },
  { name: 'panel: no subcommand', args: ['panel'] },
  {
    name: 'panel create: invalid pack',
    args: ['panel', 'create', '--rubric', badPack, '--name', 'n', '--chair', 'c', '--out', 'p1'],
    code: 1,
    says: /bad-pack\.json/,
  },
  {
    name: 'panel create: --out is a file',
    args: [
      'panel',
      'create',
      '--rubric',
      'yueyang-2023-alliance',
      '--name',
      'n',
      '--chair',
      'c',
      '--out',
      aFile,
      '--passphrase',
      'x',
    ],
  },
  {
    name: 'panel create: no passphrase and no terminal',
    args: [
      'panel',
      'create',
      '--rubric',
      'yueyang-2023-alliance',
      '--name',
      'n',
      '--chair',
      'c',
      '--out',
      'p2',
    ],
    says: /--passphrase/,
  },
  {
    name: 'panel add-applications: not a panel directory',
    args: ['panel', 'add-applications', '--panel', aDir, '--passphrase', 'pw', FORM],
  },
  {
    name: 'panel add-applications: wrong passphrase',
    args: ['panel', 'add-applications', '--panel', panelDir, '--passphrase', 'nope', FORM],
  },
  {
    name: 'panel add-applications: missing file',
    args: ['panel', 'add-applications', '--panel', panelDir, '--passphrase', 'pw', missing],
  },
  {
    name: 'panel add-applications: no files',
    args: ['panel', 'add-applications', '--panel', panelDir, '--passphrase', 'pw'],
  },
  { name: 'sync: no subcommand', args: ['sync'] },
  { name: 'sync inspect: no file', args: ['sync', 'inspect'] },
  { name: 'sync inspect: missing file', args: ['sync', 'inspect', missing] },
  { name: 'sync inspect: folder', args: ['sync', 'inspect', aDir] },
  { name: 'sync inspect: garbage', args: ['sync', 'inspect', garbage] },
  { name: 'sync inspect: undecodable payload', args: ['sync', 'inspect', undecodable] },
  { name: 'sync merge: no --out', args: ['sync', 'merge', garbage] },
  { name: 'sync merge: --out is a folder', args: ['sync', 'merge', garbage, '--out', aDir] },
  { name: 'sync merge: undecodable', args: ['sync', 'merge', undecodable, '--out', 'm.rdsync'] },
  { name: 'relay: --port abc', args: ['relay', '--port', 'abc'], says: /abc/ },
  { name: 'relay: --port 99999', args: ['relay', '--port', '99999'], says: /99999/ },
  { name: 'relay: --redis notaurl', args: ['relay', '--redis', 'notaurl'], says: /notaurl/ },
  { name: 'relay: --data is a file', args: ['relay', '--data', aFile, '--port', '0'] },
  {
    name: 'relay: Redis not running',
    args: ['relay', '--port', '0', '--data', 'relay-redis', '--redis', 'redis://127.0.0.1:1'],
    says: /127\.0\.0\.1:1/,
  },
  { name: 'relay: unknown option', args: ['relay', '--frob'] },
];

describe('bad arguments, every subcommand', () => {
  for (const c of CASES) {
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`${c.name} (${lang})`, async () => {
        const result = await run(c.args, lang);
        const said = result.err + result.out;
        expect(result.code, said).toBe(c.code ?? 2);
        // Invalid things checked (exit 1) are the result, on stdout; bad input goes to stderr.
        const sentence = c.code === 1 ? said : result.err;
        expect(sentence.trim(), 'a sentence').not.toBe('');
        expect(said).not.toMatch(UNEXPECTED);
        expect(said).not.toMatch(STACK);
        if (c.says) expect(said).toMatch(c.says);
        // The sentence is in the language asked for.
        if (lang === 'zh-CN') expect(sentence).toMatch(/\p{Script=Han}/u);
        else expect(sentence).not.toMatch(/\p{Script=Han}{4}/u);
      });
    }
  }
});

describe('--help on every subcommand', () => {
  const HELP = [
    ['demo'],
    ['rubrics'],
    ['rubric'],
    ['rubric', 'validate'],
    ['rubric', 'show'],
    ['check'],
    ['extract'],
    ['panel'],
    ['panel', 'create'],
    ['panel', 'add-applications'],
    ['sync'],
    ['sync', 'merge'],
    ['sync', 'inspect'],
    ['relay'],
  ];
  for (const words of HELP) {
    it(`${words.join(' ')} --help`, async () => {
      const zh = await run([...words, '--help'], 'zh-CN');
      expect(zh.code).toBe(0);
      expect(zh.out).toContain('用法');
      expect(zh.out).toContain(`review-desk ${words.join(' ')}`);
      const en = await run([...words, '-h'], 'en');
      expect(en.code).toBe(0);
      expect(en.out).toContain('Usage');
    });
  }
});

describe('in a real process', () => {
  let busy: net.Server;
  let port = 0;
  beforeAll(async () => {
    busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    port = (busy.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it('relay on a port in use says so and exits 2, without a stack', () => {
    const result = runCli(['relay', '--port', String(port), '--data', path.join(tmp, 'relay')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(String(port));
    expect(result.stderr).toContain('占用');
    expect(result.stderr).not.toMatch(STACK);
  });

  it('panel create | head -1 still writes every file whole', async () => {
    const out = path.join(tmp, 'piped');
    // The reader takes one line and closes the pipe while the command still has lines to say.
    const child = spawn(
      process.execPath,
      [
        BIN,
        'panel',
        'create',
        '--rubric',
        'yueyang-2023-alliance',
        '--name',
        '组',
        '--chair',
        '王',
        '--reviewers',
        '甲,乙,丙,丁',
        '--out',
        out,
        '--passphrase',
        'pw',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(0);
    expect(stderr).not.toMatch(STACK);
    const invitations = readdirSync(path.join(out, 'invitations'));
    expect(invitations).toHaveLength(4);
    for (const file of invitations) {
      const text = readFileSync(path.join(out, 'invitations', file), 'utf8');
      expect(JSON.parse(text).kind).toBe('review-desk-invitation');
    }
    expect(existsSync(path.join(out, 'chair.identity.json'))).toBe(true);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
