/**
 * A panel in which every field a member or a file can fill holds hostile text (./payloads), built
 * the way real members build one: the chair creates it with an imported rubric pack whose labels
 * are payloads, invites reviewers whose names are payloads, adds applications whose titles, units
 * and file names are payloads, with a PDF (pdf-lib, the demo's form builder) whose text is
 * payloads; each reviewer joins from the invitation on a replica of their own, confirms facts with
 * payload values, scores, comments, writes an opinion, annotates (payload comments, tags and
 * quotes), opens a thread, submits, signs, and hands the chair a signed `.rdsync`; the chair then
 * decides with payload notes, reasons and opinion and settles a fact with a payload reason.
 * `fields` records which payloads went where, so a check can look for each as literal text.
 */

import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { toBase64 } from '../../../lib/crypto/bytes';
import { sha256HexOf } from '../../../lib/crypto/hash';
import { demoPanels } from '../../../lib/demo';
import { yueyangDemoForm } from '../../../lib/demo/forms';
import { documentText } from '../../../lib/docgen/document';
import { NO_SHAPING } from '../../../lib/docgen/font-features';
import { writePdf } from '../../../lib/docgen/pdf-writer';
import { exportIdentityBackup, type IdentityBackup } from '../../../lib/identity/backup';
import type { MemberIdentity } from '../../../lib/identity/identity';
import type { Invitation } from '../../../lib/identity/invitation';
import type { ApplicationId, CriterionId, FactId, FileHash, MemberId } from '../../../lib/ids';
import { createPanel } from '../../../lib/panel/create';
import type { Panel } from '../../../lib/panel/panel';
import { loadCjkFont, loadFontSubsetter } from '../../../lib/platform/node-assets';
import { allCriteria, builtinPack, type RubricPack } from '../../../lib/rubric';
import { joinFromInvitation } from '../../../lib/sync/join';
import { exportRdsync, importRdsync } from '../../../lib/sync/rdsync';
import { issueCertificates, signOwnReviews } from '../../../lib/workspace/certificates';
import type { Rng } from '../support';
import { fitting, payloads } from './payloads';

export const PASSPHRASE = 'hostile-passphrase';

/** Payloads that a PDF can carry as text: printable, no bidi controls (they do not survive). */
export function pdfPayloads(): string[] {
  return payloads(300)
    .filter((p) => !['control', 'bidi', 'long'].includes(p.kind) && !/[\t\r]/.test(p.text))
    .map((p) => p.text);
}

/** The built-in Yueyang pack with every label a payload (as a pack imported from a file would be). */
export function hostilePack(r: Rng): RubricPack {
  const pack = structuredClone(builtinPack('yueyang-2023-alliance')) as RubricPack;
  const next = () => fitting(r, 300, 1)[0]!;
  const relabel = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) relabel(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(obj)) {
      const text = value as { zh?: unknown } | null;
      if ((key === 'title' || key === 'label') && text && typeof text.zh === 'string') {
        obj[key] = { zh: next(), en: next() };
      } else {
        relabel(value);
      }
    }
  };
  relabel(pack.facts);
  relabel(pack.rules);
  relabel(pack.scoring);
  relabel(pack.summary);
  pack.id = 'hostile-pack';
  pack.title = { zh: next(), en: next() };
  pack.call.title = next();
  pack.call.issuer = next();
  pack.call.clauses = pack.call.clauses.map((c) => ({ ...c, text: next() }));
  return pack;
}

/**
 * The demo's first Yueyang form with payloads for its project name, units and people (what the
 * form reader turns into facts), and a second page of payload lines (what search and quotes find).
 * The second page is drawn with shaping off, as the exports draw (lib/export/fonts.ts): the demo
 * forms' writer shapes Latin text and loses a digit after a letter ("A0" reads "A").
 */
export async function hostilePdf(r: Rng): Promise<{ bytes: Uint8Array; texts: string[] }> {
  const base = demoPanels()[1]!.applications[0]!;
  const pool = pdfPayloads();
  const pick = () => pool[r.int(pool.length)]!;
  const texts = [pick(), pick(), pick(), pick()];
  const [projectName, leadUnit, host, core] = texts as [string, string, string, string];
  const f = base.facts;
  const app = {
    ...base,
    title: projectName,
    facts: {
      ...f,
      projectName,
      leadUnit,
      host: [{ ...(f.host?.[0] ?? { name: '' }), name: host }],
      coreMembers: [
        { ...(f.coreMembers?.[0] ?? { name: '' }), name: core },
        ...(f.coreMembers ?? []).slice(1),
      ],
    },
  };
  const doc = yueyangDemoForm(app);
  const subset = await loadFontSubsetter();
  const cjk = await loadCjkFont();
  const form = await writePdf(doc, {
    font: subset(cjk, documentText(doc)),
    date: new Date(Date.UTC(2026, 0, 1)),
  });
  const pdf = await PDFDocument.load(form);
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(subset(cjk, pool.join('')), {
    subset: false,
    features: NO_SHAPING,
  });
  const page = pdf.addPage([595.28, 841.89]);
  let y = 790;
  for (const text of pool) {
    // Lines of at most 80 characters: a payload's pieces follow each other in the text.
    for (let at = 0; at < text.length; at += 80) {
      page.drawText(text.slice(at, at + 80), { x: 48, y, size: 9, font });
      y -= 14;
    }
    y -= 6;
  }
  return { bytes: await pdf.save({ useObjectStreams: false }), texts: [...texts, ...pool] };
}

export interface HostilePanel {
  panel: Panel;
  chair: MemberIdentity;
  pack: RubricPack;
  apps: ApplicationId[];
  pdf: { bytes: Uint8Array; name: string; hash: FileHash; texts: string[] };
  /** The reviewers' invitations (names, panel name: hostile), as the chair handed them out. */
  invitations: Invitation[];
  /** Which payloads went into which field (field → texts). */
  fields: Record<string, string[]>;
}

export async function buildHostilePanel(
  r: Rng,
  opts: { apps: number; reviewers: number },
): Promise<HostilePanel> {
  const fields: Record<string, string[]> = {};
  let serial = 0;
  // Each use gets its own tag, so a text found on a screen names the one field it came from.
  const put = (field: string, max: number, n = 1): string[] => {
    const texts = fitting(r, max - 5, n).map((t) => `${t} #${String(++serial).padStart(3, '0')}`);
    fields[field] = [...(fields[field] ?? []), ...texts];
    return texts;
  };
  const pack = hostilePack(r);
  fields.packLabel = [pack.title.zh, ...allCriteria(pack.scoring).map((c) => c.title.zh)];
  fields.summaryLabel = [pack.summary.title.zh, ...pack.summary.columns.map((c) => c.label.zh)];
  const [panelName] = put('panelName', 100);
  const [chairName] = put('chairName', 100);
  const reviewerNames = put('memberName', 100, opts.reviewers);
  const { panel, chair, invitations } = await createPanel({
    name: panelName!,
    rubric: { id: pack.id, json: JSON.stringify(pack) },
    chair: { name: chairName!, unit: put('chairUnit', 200)[0]! },
    members: reviewerNames.map((name) => ({
      name,
      unit: put('memberUnit', 200)[0]!,
      role: 'reviewer' as const,
    })),
    extractable: true,
  });
  const made = await hostilePdf(r);
  const hash = sha256HexOf(made.bytes) as FileHash;
  const [fileName] = put('fileName', 300);
  fields.pdfText = made.texts;
  const apps: ApplicationId[] = [];
  for (let i = 0; i < opts.apps; i++) {
    const id = panel.addApplication({
      title: put('appTitle', 300)[0]!,
      applicantUnit: put('appUnit', 300)[0]!,
      recommendingBody: put('appUnit', 300)[0]!,
    });
    panel.addFile(id, {
      hash,
      name: i === 0 ? fileName! : `${i}-${fileName}`,
      size: made.bytes.byteLength,
    });
    apps.push(id);
  }

  const criteria = allCriteria(pack.scoring);
  const exchange = async (from: Panel, to: Panel) =>
    importRdsync(to, await exportRdsync(from, { kind: 'full' }));
  for (const invitation of invitations) {
    const { panel: mine, identity } = await joinFromInvitation({
      ...invitation,
      initial: toBase64(await exportRdsync(panel, { kind: 'full' })),
    });
    try {
      await exchange(mine, panel);
      await issueCertificates(panel, chair);
      await exchange(panel, mine);
      for (const app of apps) {
        mine.batch(() => {
          mine.setFact(app, 'projectName' as FactId, {
            state: 'corrected',
            value: put('factValue', 300)[0]!,
          });
          criteria.forEach((c, i) => {
            mine.setScore(app, c.id as CriterionId, Math.max(0, c.max - ((i + 1) % 3)));
            mine.setComment(app, c.id as CriterionId, put('criterionComment', 5000)[0]!);
          });
          mine.setComment(app, null, put('overallComment', 5000)[0]!);
          mine.setOpinion(app, put('reviewerOpinion', 5000)[0]!);
        });
        const quote = made.texts[0]!;
        mine.addAnnotation(app, hash, {
          kind: 'highlight',
          page: 0,
          rects: [[60, 700, 300, 714]],
          quote: { exact: quote, prefix: put('annotationPrefix', 1000)[0]!, suffix: '' },
          position: { start: 0, end: quote.length },
          color: '#ffd54f',
          tags: put('annotationTag', 64, 3),
          comment: put('annotationComment', 20_000)[0]!,
        });
        const thread = mine.createThread(app, put('threadTitle', 300)[0]!);
        mine.postMessage(app, thread, put('threadMessage', 20_000)[0]!);
        await mine.submitReview(app);
      }
      await signOwnReviews(mine, identity, pack);
      await exchange(mine, panel);
    } finally {
      mine.destroy();
    }
  }
  for (const app of apps) {
    const scores = Object.fromEntries(criteria.map((c) => [c.id as CriterionId, 0]));
    const reasons = Object.fromEntries(
      criteria.map((c) => [c.id as CriterionId, put('decisionReason', 5000)[0]!]),
    );
    await panel.decide(app, {
      decision: 'recommend',
      rank: 1,
      note: put('decisionNote', 20_000)[0]!,
      scores,
      reasons,
      opinion: put('decisionOpinion', 50_000)[0]!,
    });
    await panel.settleFact(
      app,
      'projectName' as FactId,
      put('settledFact', 300)[0]!,
      put('settleReason', 5000)[0]!,
    );
  }
  return {
    panel,
    chair,
    pack,
    apps,
    pdf: { bytes: made.bytes, name: fileName!, hash, texts: made.texts },
    invitations,
    fields,
  };
}

/** What the app restores from: the chair's identity file and the panel's full state. */
export async function chairFiles(
  h: HostilePanel,
): Promise<{ identity: IdentityBackup; rdsync: Uint8Array }> {
  const ca = (await h.panel.panelCa())!;
  const own = (await h.panel.certificates()).filter((c) => c.member === h.chair.memberId);
  const me = h.panel.member(h.chair.memberId as MemberId)!;
  return {
    rdsync: await exportRdsync(h.panel, { kind: 'full' }),
    identity: await exportIdentityBackup(h.chair, {
      passphrase: PASSPHRASE,
      panelName: h.panel.meta()!.name,
      unit: me.unit,
      certificates: { ca, member: own.map((c) => c.der) },
    }),
  };
}
