/**
 * Issue 10 end to end with the command line, as a user would run it: `review-desk demo` writes a
 * panel's full backup, its chair's identity (passphrase `demo`) and CA; `review-desk export`
 * writes the 汇总表, the report, chair-signed opinions and the bundle; `review-desk verify`
 * passes on each; poppler's pdfsig calls every opinion valid, totally signed and trusted with the
 * panel CA; qpdf checks every PDF; the Chinese text extracts and is drawn with ink; LibreOffice
 * reads the 汇总表; a flipped byte or appended bytes make verify fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  charactersWithoutInk,
  libreOfficeCsv,
  nssDbTrusting,
  pdfsig,
  pdftotext,
  run,
  tmpDir,
  writeTmp,
} from '../sign/pdf-tools';
import { runCli } from './support';

const RUBRIC = 'yueyang-2023-alliance';
let demo: string;
let out: string;
let opinions: string[];

beforeAll(() => {
  demo = tmpDir('rd-cli-demo-');
  const made = runCli(['demo', '--out', demo]);
  expect(made.code, made.stderr).toBe(0);
  out = path.join(demo, 'export');
  const exported = runCli([
    'export',
    '--panel',
    path.join(demo, `${RUBRIC}.rdsync`),
    '--identity',
    path.join(demo, `${RUBRIC}.chair.identity`),
    '--passphrase',
    'demo',
    '--out',
    out,
  ]);
  expect(exported.code, exported.stderr).toBe(0);
  expect(exported.stdout).toContain('导出完成');
  opinions = readdirSync(path.join(out, 'opinions')).map((f) => path.join(out, 'opinions', f));
}, 900_000);

describe('review-desk demo → export → verify', { timeout: 600_000 }, () => {
  it('demo writes the identity, the CA and a README naming the passphrase', () => {
    for (const suffix of ['rdsync', 'chair.identity', 'ca.pem']) {
      expect(existsSync(path.join(demo, `${RUBRIC}.${suffix}`))).toBe(true);
    }
    const readme = readFileSync(path.join(demo, 'README.txt'), 'utf8');
    expect(readme).toContain('口令：demo');
    expect(readme).toContain('passphrase: demo');
    expect(readme).toContain(`review-desk export --panel ${RUBRIC}.rdsync`);
  });

  it('export writes every file; verify passes on each opinion and the bundle', () => {
    for (const name of ['汇总表.xlsx', '汇总表.csv', 'report.pdf', 'bundle.json']) {
      expect(existsSync(path.join(out, name)), name).toBe(true);
    }
    expect(opinions.length).toBeGreaterThan(3);
    const ca = path.join(demo, `${RUBRIC}.ca.pem`);
    for (const file of opinions) {
      const r = runCli(['verify', file, '--ca', ca]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toContain('示例专家（组长）');
    }
    const bundle = runCli(['verify', path.join(out, 'bundle.json'), '--ca', ca]);
    expect(bundle.code, bundle.stdout).toBe(0);
    const json = JSON.parse(readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    expect(json.result.reviews.length).toBeGreaterThan(0);
    expect(json.result.unsignedReviews).toBeUndefined();
  });

  it('pdfsig: valid, total document signed and trusted with the panel CA; qpdf --check passes', () => {
    const dir = tmpDir('rd-cli-nss-');
    const nss = nssDbTrusting(dir, readFileSync(path.join(demo, `${RUBRIC}.ca.pem`), 'utf8'));
    for (const file of [...opinions, path.join(out, 'report.pdf')]) {
      expect(run('qpdf', ['--check', file]).code, file).toBe(0);
    }
    for (const file of opinions) {
      const sig = pdfsig(file, nss);
      expect(sig).toContain('Signature is Valid.');
      expect(sig).toContain('Total document signed');
      expect(sig).toContain('Certificate is Trusted.');
    }
  });

  it('the Chinese text extracts exactly and every character is drawn with ink', () => {
    const bundle = JSON.parse(readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    const file = opinions[0]!;
    const text = pdftotext(file).replace(/\s+/g, '');
    const app = bundle.result.applications.find((a: { title: string }) =>
      text.includes(a.title.replace(/\s+/g, '')),
    );
    expect(app, text.slice(0, 300)).toBeDefined();
    expect(text).toContain('专家组评审意见');
    expect(charactersWithoutInk(file)).toEqual([]);
  });

  it('LibreOffice reads the 汇总表 with the call’s columns and the panel’s scores', () => {
    const csv = libreOfficeCsv(path.join(out, '汇总表.xlsx'));
    const bundle = JSON.parse(readFileSync(path.join(out, 'bundle.json'), 'utf8'));
    for (const column of bundle.result.summary.columns) expect(csv).toContain(column.label);
    for (const app of bundle.result.applications) {
      expect(csv).toContain(app.title);
      if (app.score !== null) expect(csv).toContain(String(app.score));
    }
  });

  it('a flipped byte fails pdfsig and verify; appended bytes fail verify', () => {
    const dir = tmpDir('rd-cli-tamper-');
    const pdf = readFileSync(opinions[0]!);
    const flipped = new Uint8Array(pdf);
    flipped[Math.floor(pdf.length / 3)]! ^= 0x04;
    const flippedFile = writeTmp(dir, 'flipped.pdf', flipped);
    expect(pdfsig(flippedFile)).not.toContain('Signature is Valid.');
    expect(runCli(['verify', flippedFile]).code).toBe(1);
    const appended = writeTmp(
      dir,
      'appended.pdf',
      new Uint8Array([...pdf, ...new TextEncoder().encode('\n% later\n')]),
    );
    const r = runCli(['verify', appended]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('签署后文件末尾被追加了');
  });
});
