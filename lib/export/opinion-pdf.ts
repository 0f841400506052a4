/**
 * Lay out one 专家评审意见 from its data model: the call and the application, the eligibility
 * findings with their clauses, the scores per criterion, comments, the opinion text and the
 * signature box (name, role, unit, date). Returns the pdf-lib document unsaved, so the signer adds
 * its field as the last change; labels come from the `sign` namespace in the opinion's language.
 */
import { createI18n } from '../i18n';
import type { FontAssets } from './fonts';
import type { Opinion } from './opinion-model';
import { type Block, type TypesetResult, typeset } from './typeset';

export const SIGNATURE_BOX = 'signature';

type T = (key: string, params?: Record<string, unknown>) => string;

const translators = new Map<string, T>();
export function translatorFor(language: Opinion['language']): T {
  let t = translators.get(language);
  if (!t) {
    const i18n = createI18n(language);
    t = (key, params) => i18n.t(key, params) as string;
    translators.set(language, t);
  }
  return t;
}

/** Numbers as people write scores: no trailing zeros, at most two decimals. */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return String(Math.round(value * 100) / 100);
}

function eligibilityBlocks(o: Opinion, t: T): Block[] {
  const out: Block[] = [
    { kind: 'heading', text: t('sign:opinion.eligibility.heading') },
    {
      kind: 'paragraph',
      text: t('sign:opinion.eligibility.overall', {
        outcome: t(`sign:opinion.outcomes.${o.eligibility.outcome}`),
      }),
    },
  ];
  if (!o.eligibility.findings.length) {
    out.push({ kind: 'paragraph', text: t('sign:opinion.eligibility.none'), muted: true });
    return out;
  }
  out.push({
    kind: 'table',
    header: ['rule', 'outcome', 'detail', 'clause'].map((c) => t(`sign:opinion.eligibility.${c}`)),
    widths: [0.24, 0.1, 0.33, 0.33],
    align: ['left', 'center', 'left', 'left'],
    size: 9.5,
    rows: o.eligibility.findings.map((f) => [
      f.rule,
      t(`sign:opinion.outcomes.${f.outcome}`),
      f.detail,
      f.clause ? `${f.clause.number}　${f.clause.text}` : '—',
    ]),
  });
  return out;
}

function scoreBlocks(o: Opinion, t: T): Block[] {
  const rows: string[][] = [];
  for (const section of o.scores.sections) {
    for (const c of section.criteria) {
      rows.push([
        o.scores.sections.length > 1 ? `${section.title}：${c.title}` : c.title,
        formatScore(c.max),
        formatScore(c.score),
        c.level ?? '—',
        c.comment ?? '',
      ]);
    }
  }
  rows.push([
    t('sign:opinion.scores.total'),
    formatScore(o.scores.max),
    formatScore(o.scores.total),
    o.scores.level ?? '—',
    '',
  ]);
  const out: Block[] = [
    { kind: 'heading', text: t('sign:opinion.scores.heading') },
    {
      kind: 'table',
      header: ['criterion', 'max', 'score', 'level', 'comment'].map((c) =>
        t(`sign:opinion.scores.${c}`),
      ),
      widths: [0.34, 0.09, 0.09, 0.1, 0.38],
      align: ['left', 'center', 'center', 'center', 'left'],
      size: 9.5,
      rows,
    },
  ];
  if (o.scores.reviewers?.length) {
    out.push({
      kind: 'table',
      header: [t('sign:opinion.scores.reviewer'), t('sign:opinion.scores.reviewerTotal')],
      widths: [0.6, 0.4],
      align: ['left', 'center'],
      rows: o.scores.reviewers.map((r) => [r.name, formatScore(r.total)]),
    });
  }
  return out;
}

export function opinionBlocks(o: Opinion): Block[] {
  const t = translatorFor(o.language);
  const app = o.application;
  const fields: [string, string][] = [
    [t('sign:opinion.fields.panel'), o.panel.name],
    [t('sign:opinion.fields.application'), app.title],
    ...(app.number ? [[t('sign:opinion.fields.number'), app.number] as [string, string]] : []),
    [t('sign:opinion.fields.applicant'), app.applicant],
    ...(app.recommendingBody
      ? [[t('sign:opinion.fields.recommendingBody'), app.recommendingBody] as [string, string]]
      : []),
    ...(app.lead ? [[t('sign:opinion.fields.lead'), app.lead] as [string, string]] : []),
    [
      t('sign:opinion.fields.call'),
      [o.call.title, o.call.issuer, o.call.reference].filter(Boolean).join('　'),
    ],
  ];
  const comments = o.comments.length
    ? o.comments.map((c, i) => `${i + 1}. ${c.author ? `${c.author}：` : ''}${c.text}`).join('\n')
    : t('sign:opinion.comments.none');
  return [
    { kind: 'title', text: t(`sign:opinion.title.${o.kind}`) },
    { kind: 'subtitle', text: o.call.title },
    { kind: 'fields', rows: fields },
    ...eligibilityBlocks(o, t),
    ...scoreBlocks(o, t),
    { kind: 'heading', text: t('sign:opinion.comments.heading') },
    { kind: 'paragraph', text: comments },
    { kind: 'heading', text: t('sign:opinion.opinion.heading') },
    { kind: 'paragraph', text: o.opinion },
    { kind: 'paragraph', text: t('sign:opinion.opinion.verdict', { verdict: o.verdict }) },
    { kind: 'spacer', height: 6 },
    {
      kind: 'box',
      id: SIGNATURE_BOX,
      title: t('sign:opinion.signature.title'),
      rows: [
        [t('sign:opinion.signature.name'), o.signer.name],
        [t('sign:opinion.signature.role'), t(`sign:opinion.roles.${o.signer.role}`)],
        [t('sign:opinion.signature.unit'), o.signer.unit || '—'],
        [t('sign:opinion.signature.date'), o.signer.date],
        [t('sign:opinion.signature.digital'), t('sign:opinion.signature.digitalText')],
      ],
    },
    ...(app.files.length
      ? ([
          { kind: 'heading', text: t('sign:opinion.files.heading') },
          {
            kind: 'table',
            header: [t('sign:opinion.files.name'), 'SHA-256'],
            widths: [0.36, 0.64],
            size: 8,
            rows: app.files.map((f) => [f.name, f.sha256]),
          },
        ] satisfies Block[])
      : []),
  ];
}

export function renderOpinion(o: Opinion, fonts: FontAssets, date: Date): Promise<TypesetResult> {
  const t = translatorFor(o.language);
  return typeset(opinionBlocks(o), {
    fonts,
    info: {
      title: `${t(`sign:opinion.title.${o.kind}`)}：${o.application.title}`,
      author: o.signer.name,
      subject: o.call.title,
      keywords: [o.panel.id, o.application.id],
      date,
    },
    header: o.call.title,
    footer: (page, pages) => t('sign:opinion.footer', { page, pages, panel: o.panel.name }),
  });
}
