/**
 * Generate the form zoo (scripts/zoo/catalogue.ts) into test/fixtures/zoo: each application's
 * PDF and beside it `<name>.truth.json`, the facts the form states (the format the measurement
 * script reads, as test/fixtures/extract). Also the scanned variants and the encrypted fixture.
 * The PDFs are committed (CI has neither LibreOffice nor WeasyPrint); rerun after changing a
 * builder or the catalogue:
 *
 *   npx tsx scripts/zoo/generate.ts [--only NAME] [--out DIR]
 *
 * Needs LibreOffice (`soffice`), Chromium at /usr/bin/chromium with Noto CJK fonts, Debian's
 * `weasyprint`, poppler's pdftoppm (scans) and qpdf (the encrypted fixture).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import type { GeneratedDocument } from '../../lib/docgen/document';
import type { FactValues } from '../../lib/facts/standard';
import { LIAONING_DEADLINE, liaoningForm } from '../../lib/forms/liaoning';
import { MINGSHI_DEADLINE, mingshiForm } from '../../lib/forms/mingshi';
import {
  liaoningSpec,
  mingshiSpec,
  mingshiVocabulary,
  yueyangSpec,
  yueyangVocabulary,
} from '../../lib/forms/specs';
import type { MarkStyle } from '../../lib/forms/variant';
import { YUEYANG_DEADLINE, yueyangForm } from '../../lib/forms/yueyang';
import { classesOf, type LayoutClass, ZOO, type ZooEntry } from './catalogue';
import { produce, scan } from './producers';

export interface ZooTruth {
  file: string;
  rubric: string;
  layout: string;
  producer: string;
  deadline: string;
  /** Facts the document states; empty for scans (nothing may be read from them). */
  facts: FactValues;
  /** Pages (from 1) without a text layer. */
  pagesWithoutText: number[];
  classes?: LayoutClass[];
}

const RUBRIC = {
  liaoning: 'liaoning-2022-community',
  yueyang: 'yueyang-2023-alliance',
  mingshi: 'mingshi-2024-studio',
} as const;

export function build(e: ZooEntry): {
  doc: GeneratedDocument;
  facts: FactValues;
  deadline: string;
} {
  if (e.call === 'liaoning') {
    const app = liaoningSpec(e.seed, e.members);
    if (e.statedYears !== undefined) app.statedYears = e.statedYears;
    return { ...liaoningForm(app, e.variant), deadline: LIAONING_DEADLINE };
  }
  if (e.call === 'yueyang') {
    const app = yueyangSpec(e.seed, e.members ? 15 : undefined);
    return { ...yueyangForm(app, e.variant, yueyangVocabulary()), deadline: YUEYANG_DEADLINE };
  }
  const app = mingshiSpec(e.seed, e.members ? 12 : undefined);
  if (e.emptyRole) app.assistants = [];
  return { ...mingshiForm(app, e.variant, mingshiVocabulary()), deadline: MINGSHI_DEADLINE };
}

function pdfLibMarks(m: MarkStyle): MarkStyle {
  const swap = (c: string) => (/[☑✓]/.test(c) ? '■' : c === '☐' ? '□' : c);
  return { ...m, checked: swap(m.checked), unchecked: swap(m.unchecked) };
}

function layoutName(e: ZooEntry): string {
  const v = e.variant;
  return [
    v.fields,
    v.borders ? 'ruled' : 'bare',
    v.wrap ? 'wrap' : '',
    `roles-${v.roles}`,
    `units-${v.units}`,
    `outcomes-${v.outcomes}`,
    `grid-${v.grid}`,
    v.numerals,
    v.dates,
    v.quote ? 'quote' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Scanned variants: a zoo form printed, stamped and scanned (image only). */
const SCANS = [
  { name: 'ln-scan', from: 'li-01-pdf-lib' },
  { name: 'ym-scan', from: 'yu-02-odt' },
];

async function main() {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, out: { type: 'string' }, resume: { type: 'boolean' } },
  });
  const out = path.resolve(values.out ?? 'test/fixtures/zoo');
  mkdirSync(out, { recursive: true });
  for (const e of ZOO) {
    if (values.only && values.only !== e.name) continue;
    // --resume keeps the PDFs already made (WeasyPrint takes a minute a form).
    if (values.resume && existsSync(path.join(out, `${e.name}.pdf`))) continue;
    // pdf-lib embeds Noto Sans SC, which has no ☑ ☐ ✓: such a form ticks with ■ and □, as the
    // demo does (a glyph the font lacks would print as nothing a reader could see).
    const entry =
      e.producer === 'pdf-lib'
        ? { ...e, variant: { ...e.variant, marks: pdfLibMarks(e.variant.marks) } }
        : e;
    const { doc, facts, deadline } = build(entry);
    const pdf = await produce(doc, e.producer, {
      font: e.seed % 2 ? 'serif' : 'sans',
      borders: true,
    });
    writeFileSync(path.join(out, `${e.name}.pdf`), pdf);
    const truth: ZooTruth = {
      file: `${e.name}.pdf`,
      rubric: RUBRIC[e.call],
      layout: layoutName(e),
      producer: e.producer,
      deadline,
      facts,
      pagesWithoutText: [],
      classes: classesOf(e),
    };
    writeFileSync(path.join(out, `${e.name}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
    console.log(`${e.name}.pdf  ${pdf.length} bytes`);
  }
  for (const s of SCANS) {
    if (values.only && values.only !== s.name) continue;
    const source = new Uint8Array(readFileSync(path.join(out, `${s.from}.pdf`)));
    const pdf = await scan(source);
    const from = JSON.parse(
      readFileSync(path.join(out, `${s.from}.truth.json`), 'utf8'),
    ) as ZooTruth;
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    const truth: ZooTruth = {
      ...from,
      file: `${s.name}.pdf`,
      producer: 'scan',
      facts: {},
      pagesWithoutText: Array.from({ length: pages }, (_, i) => i + 1),
      classes: [],
    };
    writeFileSync(path.join(out, `${s.name}.pdf`), pdf);
    writeFileSync(path.join(out, `${s.name}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
    console.log(`${s.name}.pdf  ${pdf.length} bytes (${pages} pages)`);
  }
  if (values.only === 'encrypted') await encryptedFixture(path.resolve('test/fixtures/pdf'));
}

/** An AES-256 PDF whose user password is Chinese (评审台), for the opener's password handling. */
export const ENCRYPTED_PASSWORD = '评审台';

async function encryptedFixture(out: string) {
  const plain = await produce(
    {
      title: '加密测试',
      blocks: [{ kind: 'paragraph', text: '这是一份加密的申报书，密码正确才能读到这句话。' }],
    },
    'pdf-lib',
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'rd-encrypt-'));
  writeFileSync(path.join(dir, 'plain.pdf'), plain);
  const target = path.join(out, 'encrypted-zh-password.pdf');
  execFileSync('qpdf', [
    '--encrypt',
    ENCRYPTED_PASSWORD,
    'owner-secret',
    '256',
    '--',
    path.join(dir, 'plain.pdf'),
    target,
  ]);
  console.log(`encrypted-zh-password.pdf  ${readFileSync(target).length} bytes`);
}

if (process.argv[1]?.endsWith('generate.ts')) await main();
