/**
 * Reliability: hostile text (issue 15), the part outside the browser. A panel whose every
 * user-visible field holds hostile text (./hostile/payloads: script tags, event handlers,
 * javascript: URLs, template and i18next injection, bidi and zero-width characters, very long
 * strings, CSV/XLSX formulas, Markdown and HTML, terminal escapes), built by members through the
 * Panel API (./hostile/panel), is exported as the chair exports it. What must hold: the 汇总表
 * XLSX has no formula cell and keeps each payload as a string cell, exactly; every CSV field that a
 * spreadsheet would take for a formula starts with an apostrophe; the report and the signed
 * opinions show the payloads as text and carry no action, JavaScript, link or launch; the result
 * bundle keeps them exactly; annotation exports (Web Annotation JSON, the annotated PDF) keep
 * them as data and add no action; i18n messages and the opinion template never expand a
 * placeholder or a `$t(…)` that came in a value. The browser half is test/reliability/hostile-text.e2e.ts.
 * Size: RELIABILITY_HOSTILE panels (short 1, long 20; each with its own payload draw), each of
 * RELIABILITY_HOSTILEAPPS applications (short 1, long 3); RELIABILITY_SEED.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAnnotatedPdf } from '../../lib/annotations/pdf-export';
import { toWebAnnotationCollection } from '../../lib/annotations/web-annotation';
import { buildExportFiles, type ExportFile } from '../../lib/export/export-set';
import { readPanelForExport } from '../../lib/export/panel-source';
import { createI18n } from '../../lib/i18n';
import { builtinPack, fillOpinion, opinionPlaceholders } from '../../lib/rubric';
import { testFonts } from '../sign/fixtures';
import { libreOfficeCsv, run, tmpDir, writeTmp } from '../sign/pdf-tools';
import { activeParts, holds, parseCsv, readXlsx } from './hostile/inspect';
import { buildHostilePanel, type HostilePanel } from './hostile/panel';
import { payloads } from './hostile/payloads';
import { report, rng, seedOf, size, Tally } from './support';

const PANELS = size('hostile', 1, 20);
const APPS = size('hostileApps', 1, 3);
const SEED = seedOf(15_015);
const FORMULA = /^[=+\-@\t\r]/;

interface Exported {
  hostile: HostilePanel;
  files: ExportFile[];
}

const built: Exported[] = [];
const tally = new Tally();
const dir = tmpDir('rd-hostile-');

beforeAll(async () => {
  for (let i = 0; i < PANELS; i++) {
    const hostile = await buildHostilePanel(rng(SEED + i), { apps: APPS, reviewers: 3 });
    const source = await readPanelForExport(hostile.panel, hostile.chair, { language: 'zh-CN' });
    const files = await buildExportFiles(source, {
      privateKey: hostile.chair.signing.privateKey,
      fonts: await testFonts(),
    });
    built.push({ hostile, files });
  }
}, 900_000);

afterAll(() => {
  for (const b of built) b.hostile.panel.destroy();
  report('hostile-text (exports)', {
    seed: SEED,
    panels: `${PANELS} × ${APPS} application(s), 3 reviewers each, ${payloads().length} payloads`,
    tried: tally.toString(),
  });
});

const file = (b: Exported, path: string) => b.files.find((f) => f.path === path)!.bytes;

/** The text of a PDF in drawing order (poppler's -raw): a table cell's lines stay together. */
const pdfText = (name: string, bytes: Uint8Array) =>
  run('pdftotext', ['-raw', '-enc', 'UTF-8', writeTmp(dir, name, bytes), '-']).stdout;

describe('hostile text in the exports', { timeout: 600_000 }, () => {
  it('汇总表.xlsx: no formula anywhere; every text cell a string cell, payloads exactly', async () => {
    for (const b of built) {
      const bytes = file(b, '汇总表.xlsx');
      const sheet = await readXlsx(bytes);
      expect(sheet.formulaCells).toBe(0);
      const texts: string[] = [];
      for (const cell of sheet.cells) {
        tally.add('xlsx cells');
        if (typeof cell === 'string') {
          texts.push(cell);
          if (FORMULA.test(cell)) tally.add('xlsx cells starting like a formula, kept as strings');
        }
      }
      for (const title of b.hostile.fields.settledFact ?? []) {
        // exceljs drops characters XML cannot hold (controls), and XML reads a carriage return
        // as a line feed; everything else is kept exactly.
        const kept = title
          // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 refuses these
          .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
          .replace(/\r\n?/g, '\n');
        expect(
          texts.some((t) => t.replace(/\r\n?/g, '\n').includes(kept)),
          `the 汇总表 keeps ${JSON.stringify(title)}`,
        ).toBe(true);
        tally.add('xlsx payloads found exactly');
      }
    }
  });

  it('LibreOffice Calc opens 汇总表.xlsx and runs none of it: every payload comes out as written', () => {
    // One panel: LibreOffice takes seconds per file.
    const b = built[0]!;
    const csv = parseCsv(libreOfficeCsv(writeTmp(dir, '汇总表.xlsx', file(b, '汇总表.xlsx')))).join(
      '\n',
    );
    for (const text of [...b.hostile.fields.settledFact!, ...b.hostile.fields.summaryLabel!]) {
      // Column labels are cut to 100 characters in the results (lib/export/clip.ts).
      expect(holds(csv, text, 60), `LibreOffice shows ${JSON.stringify(text.slice(0, 60))}`).toBe(
        true,
      );
      tally.add('cells LibreOffice shows as written');
      if (FORMULA.test(text)) tally.add('formula-like cells LibreOffice shows as written');
    }
  });

  it('汇总表.csv: every field a spreadsheet would run starts with an apostrophe', () => {
    for (const b of built) {
      const text = new TextDecoder().decode(file(b, '汇总表.csv'));
      const fields = parseCsv(text.replace(/^\ufeff/, ''));
      for (const f of fields) {
        tally.add('csv fields');
        expect(f).not.toMatch(FORMULA);
        if (f.startsWith("'") && FORMULA.test(f.slice(1))) tally.add('csv fields neutralised');
      }
      for (const title of b.hostile.fields.settledFact ?? []) {
        const shown = FORMULA.test(title) ? `'${title}` : title;
        expect(fields).toContain(shown);
      }
    }
  });

  it('report.pdf and each signed opinion: payloads as text, no action, script or link', async () => {
    for (const b of built) {
      const pdfs = b.files.filter((f) => f.path.endsWith('.pdf'));
      expect(pdfs.length).toBeGreaterThan(1);
      for (const pdf of pdfs) {
        tally.add('pdfs');
        expect(await activeParts(pdf.bytes), pdf.path).toEqual([]);
      }
      const report = pdfText('report.pdf', file(b, 'report.pdf'));
      for (const field of ['panelName', 'memberName', 'appTitle', 'fileName', 'decisionNote']) {
        for (const t of b.hostile.fields[field] ?? []) {
          expect(holds(report, t), `report shows ${field} ${JSON.stringify(t.slice(0, 60))}`).toBe(
            true,
          );
          tally.add('report payloads shown as text');
        }
      }
      const opinions = pdfs.filter((f) => f.path.startsWith('opinions/'));
      for (const [i, o] of opinions.entries()) {
        const text = pdfText(`opinion-${i}.pdf`, o.bytes);
        const opinion = b.hostile.fields.decisionOpinion?.[i] ?? '';
        expect(holds(text, opinion), `opinion shows ${JSON.stringify(opinion.slice(0, 60))}`).toBe(
          true,
        );
        tally.add('opinion payloads shown as text');
      }
      for (const o of opinions) {
        // A file name every file system takes, whatever the title held.
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the names may hold no controls
        expect(o.path).toMatch(/^opinions\/[^\\/:*?"<>|\s\u0000-\u001f]+\.pdf$/);
      }
    }
  });

  it('bundle.json keeps every payload exactly', () => {
    for (const b of built) {
      const bundle = JSON.parse(new TextDecoder().decode(file(b, 'bundle.json')));
      const text = JSON.stringify(bundle);
      for (const t of b.hostile.fields.appTitle ?? []) {
        expect(text.includes(JSON.stringify(t).slice(1, -1))).toBe(true);
        tally.add('bundle payloads exact');
      }
    }
  });

  it('annotation exports: Web Annotation JSON keeps payloads as data; the annotated PDF adds no action', async () => {
    for (const b of built) {
      const { panel, pdf } = b.hostile;
      for (const app of b.hostile.apps) {
        const annotations = panel.annotations(app);
        expect(annotations.length).toBeGreaterThan(0);
        const collection = toWebAnnotationCollection({
          file: { hash: pdf.hash, name: pdf.name },
          annotations,
          pageBox: () => [0, 0, 595.28, 841.89],
        });
        const back = JSON.parse(JSON.stringify(collection));
        const text = JSON.stringify(back);
        for (const a of annotations) {
          expect(text).toContain(JSON.stringify(a.comment).slice(1, -1));
          for (const tag of a.tags) expect(text).toContain(JSON.stringify(tag).slice(1, -1));
          tally.add('web annotations');
        }
        const out = await exportAnnotatedPdf({ bytes: pdf.bytes, fileName: pdf.name, annotations });
        expect(await activeParts(out)).toEqual([]);
        tally.add('annotated pdfs');
      }
    }
  });

  it('i18n: a payload given as a value comes out literally, never interpolated or nested', () => {
    const MARK = 'VALUE-MARK';
    for (const language of ['zh-CN', 'en'] as const) {
      const i18n = createI18n(language);
      for (const key of ['sign:ui.restore.done', 'export:flags.decided']) {
        const frame = i18n.t(key, { panel: MARK, verdict: MARK }) as string;
        expect(frame).toContain(MARK);
        for (const p of payloads()) {
          const out = i18n.t(key, { panel: p.text, verdict: p.text }) as string;
          // Exactly the message with the value dropped in: no {{…}} filled, no $t(…) nested.
          expect(out).toBe(frame.split(MARK).join(p.text));
          tally.add('i18n values kept literally');
        }
      }
    }
  });

  it('the opinion template fills each placeholder once with its value, and nothing from a value', () => {
    const pack = builtinPack('yueyang-2023-alliance');
    const render = { language: 'zh-CN', t: (key: string) => key };
    const names = opinionPlaceholders(pack.opinion.template.zh);
    for (const p of payloads(2000)) {
      // Every field holds a payload; one field also holds every other field's placeholder.
      const values = Object.fromEntries(
        names.map((name, i) => [
          name,
          `V${i}V ${i === 0 ? names.map((n) => `{{${n}}}`).join('') : p.text}`,
        ]),
      );
      const filled = fillOpinion(pack, values, render);
      expect(filled.complete).toBe(true);
      const text = filled.text ?? '';
      expect(text).not.toMatch(/\{\{/);
      names.forEach((name, i) => {
        const uses = pack.opinion.template.zh.split(`{{${name}}}`).length - 1;
        expect(text.split(`V${i}V`).length - 1, name).toBe(uses);
      });
      tally.add('opinion templates filled');
    }
  });
});
