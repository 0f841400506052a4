/**
 * Debian's tools as independent readers of what we write: poppler (pdfsig, pdftotext, pdftoppm),
 * qpdf, NSS's certutil (a trust store for pdfsig) and LibreOffice (opens the XLSX). Plus an ink
 * check: every character pdftotext finds must have dark pixels where it stands on the page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { cjkFontPath } from '../../lib/platform/node-assets';

export function run(cmd: string, args: string[], opts: { cwd?: string; timeout?: number } = {}) {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    timeout: opts.timeout ?? 120_000,
    cwd: opts.cwd,
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export function tmpDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeTmp(dir: string, name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** An NSS database trusting this CA for signing (what a reader's PDF tool would hold). */
export function nssDbTrusting(dir: string, caPem: string): string {
  const db = path.join(dir, 'nssdb');
  run('mkdir', ['-p', db]);
  const init = run('certutil', ['-N', '-d', `sql:${db}`, '--empty-password']);
  if (init.code !== 0) throw new Error(init.stderr);
  const ca = writeTmp(dir, 'panel-ca.pem', caPem);
  const add = run('certutil', [
    '-A',
    '-d',
    `sql:${db}`,
    '-n',
    'panel-ca',
    '-t',
    'CT,C,C',
    '-a',
    '-i',
    ca,
  ]);
  if (add.code !== 0) throw new Error(add.stderr);
  return db;
}

export function pdfsig(file: string, nssDb?: string): string {
  const args = nssDb ? ['-nssdir', `sql:${nssDb}`, file] : [file];
  const r = run('pdfsig', args);
  return r.stdout + r.stderr;
}

export function pdftotext(file: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout;
}

interface Word {
  page: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function words(file: string): Word[] {
  const xml = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']).stdout;
  const out: Word[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page++;
    const m =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
        line,
      );
    if (m) {
      const text = m[5]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      out.push({ page, text, x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]! });
    }
  }
  return out;
}

interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

function readPgm(file: string): Gray {
  const bytes = readFileSync(file);
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at]!))) at++;
    if (bytes[at] === 0x23) {
      while (bytes[at] !== 0x0a) at++;
      continue;
    }
    let f = '';
    while (!/\s/.test(String.fromCharCode(bytes[at]!))) f += String.fromCharCode(bytes[at++]!);
    fields.push(f);
  }
  at++;
  return { width: +fields[1]!, height: +fields[2]!, pixels: new Uint8Array(bytes.subarray(at)) };
}

function ink(img: Gray, x0: number, y0: number, x1: number, y1: number): number {
  let dark = 0;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(img.height, Math.ceil(y1)); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(img.width, Math.ceil(x1)); x++) {
      if (img.pixels[y * img.width + x]! < 128) dark++;
    }
  }
  return dark;
}

let advances: ((ch: string) => number) | null = null;

/** Advance widths of the font our PDFs use, to find where each character of a word stands. */
function advanceOf(ch: string): number {
  if (!advances) {
    const font = fontkit.create(readFileSync(cjkFontPath())) as unknown as {
      unitsPerEm: number;
      glyphForCodePoint(cp: number): { advanceWidth: number };
    };
    advances = (c) => font.glyphForCodePoint(c.codePointAt(0)!).advanceWidth / font.unitsPerEm;
  }
  return advances(ch);
}

/**
 * Characters drawn without ink: each word pdftotext finds is cut into one slot per character,
 * as wide as the character's advance in Noto Sans SC, and each slot must hold dark pixels.
 */
export function charactersWithoutInk(file: string, dpi = 110): string[] {
  const dir = tmpDir('rd-ink-');
  const r = run('pdftoppm', ['-gray', '-r', String(dpi), file, path.join(dir, 'p')]);
  if (r.code !== 0) throw new Error(r.stderr);
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort();
  const images = pages.map((p) => readPgm(path.join(dir, p)));
  const scale = dpi / 72;
  const failed: string[] = [];
  for (const w of words(file)) {
    const img = images[w.page - 1]!;
    const chars = [...w.text];
    const widths = chars.map(advanceOf);
    const total = widths.reduce((a, b) => a + b, 0);
    let at = w.x0;
    chars.forEach((ch, i) => {
      const width = (widths[i]! / total) * (w.x1 - w.x0);
      if (ink(img, at * scale, w.y0 * scale, (at + width) * scale, w.y1 * scale) === 0) {
        failed.push(ch);
      }
      at += width;
    });
  }
  return failed;
}

/** LibreOffice headless: convert a spreadsheet to CSV (UTF-8) and return its text. */
export function libreOfficeCsv(xlsx: string): string {
  const dir = tmpDir('rd-lo-');
  const r = run(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1',
      '--outdir',
      dir,
      xlsx,
    ],
    { timeout: 180_000 },
  );
  const out = readdirSync(dir).find((f) => f.endsWith('.csv'));
  if (!out) throw new Error(`LibreOffice wrote no CSV: ${r.stdout}${r.stderr}`);
  return readFileSync(path.join(dir, out), 'utf8');
}
