/**
 * The panel report (评审工作报告) as a PDF, A4 landscape: the panel and the call, the matrix of
 * applications × reviewers' totals with the panel's score, rank and verdict, statistics and a
 * chart of the score distribution, the flags raised while reconciling and how they were settled,
 * the decisions, the members, the dates and the SHA-256 of every application file.
 */
import { createI18n } from '../i18n';
import type { FontAssets } from './fonts';
import { formatScore } from './opinion-pdf';
import type { PanelResults } from './results-model';
import { type Block, typeset } from './typeset';

type T = (key: string, params?: Record<string, unknown>) => string;

/** Beyond this many reviewers the matrix shows statistics instead of one column each. */
const MAX_REVIEWER_COLUMNS = 12;

function day(at: number | null): string {
  return at === null ? '—' : new Date(at).toISOString().slice(0, 10);
}

function matrix(r: PanelResults, t: T): Block {
  const reviewers = r.members.filter((m) => r.reviews.some((v) => v.member === m.id));
  const perReviewer = reviewers.length <= MAX_REVIEWER_COLUMNS;
  const byRank = [...r.applications].sort(
    (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER),
  );
  const header = [
    t('export:report.matrix.rank'),
    t('export:report.matrix.application'),
    t('export:report.matrix.eligibility'),
    ...(perReviewer
      ? reviewers.map((m) => m.name)
      : [
          t('export:report.matrix.n'),
          t('export:report.matrix.min'),
          t('export:report.matrix.max'),
        ]),
    t('export:report.matrix.score'),
    t('export:report.matrix.spread'),
    t('export:report.matrix.verdict'),
  ];
  const rows = byRank.map((a) => {
    const totals = new Map(a.totals.map((x) => [x.member, x.total]));
    return [
      a.rank === null ? '—' : String(a.rank),
      `${a.number ? `${a.number}. ` : ''}${a.title}\n${a.applicant}`,
      t(`export:outcomes.${a.eligibility}`),
      ...(perReviewer
        ? reviewers.map((m) => (totals.has(m.id) ? formatScore(totals.get(m.id)) : '—'))
        : [String(a.stats.n), formatScore(a.stats.min), formatScore(a.stats.max)]),
      `${formatScore(a.score)}${a.level ? `\n${a.level}` : ''}`,
      `${formatScore(a.stats.spread)}${a.stats.divergent ? ` ${t('export:report.matrix.divergent')}` : ''}`,
      a.verdict ?? '—',
    ];
  });
  const middle = perReviewer ? reviewers.map(() => 0.55) : [0.5, 0.55, 0.55];
  return {
    kind: 'table',
    header,
    rows,
    widths: [0.45, 3.2, 0.7, ...middle, 0.75, 0.75, 1.1],
    align: [
      'center',
      'left',
      'center',
      ...middle.map(() => 'center' as const),
      'center',
      'center',
      'left',
    ],
    size: 8.5,
  };
}

function statistics(r: PanelResults, t: T): Block[] {
  const scores = r.applications.map((a) => a.score).filter((s): s is number => s !== null);
  const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  const bins = 10;
  const width = r.totalMax / bins;
  const counts = Array.from({ length: bins }, () => 0);
  for (const s of scores) counts[Math.min(bins - 1, Math.floor(s / width))]!++;
  const firstUsed = Math.max(
    0,
    counts.findIndex((c) => c > 0),
  );
  const items = counts.slice(firstUsed).map((c, i) => ({
    label: `${formatScore((firstUsed + i) * width)}–${formatScore((firstUsed + i + 1) * width)}`,
    value: c,
    text: String(c),
  }));
  return [
    { kind: 'heading', text: t('export:report.stats.heading') },
    {
      kind: 'paragraph',
      text: t('export:report.stats.line', {
        applications: r.applications.length,
        eligible: r.applications.filter((a) => a.eligibility === 'pass').length,
        reviews: r.reviews.length,
        mean: formatScore(mean),
        divergent: r.applications.filter((a) => a.stats.divergent).length,
      }),
    },
    { kind: 'paragraph', text: t('export:report.stats.chart'), muted: true },
    { kind: 'bars', items, max: Math.max(1, ...counts) },
  ];
}

export function reportBlocks(r: PanelResults): Block[] {
  const i18n = createI18n(r.language);
  const t: T = (key, params) => i18n.t(key, params) as string;
  const flags = r.applications.flatMap((a) =>
    a.flags.map((f) => [a.title, f.kind, f.detail, f.resolution ?? t('export:report.flags.open')]),
  );
  const decisions = r.applications
    .filter((a) => a.decision)
    .map((a) => {
      const d = a.decision!;
      const by = r.members.find((m) => m.id === d.by)?.name ?? d.by;
      return [a.title, d.verdict, d.note || '—', by, day(d.decidedAt)];
    });
  const files = r.applications.flatMap((a) =>
    a.files.map((f) => [a.title, f.name, String(f.size), f.sha256]),
  );
  return [
    { kind: 'title', text: t('export:report.title') },
    { kind: 'subtitle', text: `${r.panel.name} · ${r.call.title}` },
    {
      kind: 'fields',
      widths: [0.18, 0.82],
      rows: [
        [t('export:report.fields.panel'), `${r.panel.name}（${r.panel.id}）`],
        [
          t('export:report.fields.call'),
          [r.call.title, r.call.issuer, r.call.reference].filter(Boolean).join('　'),
        ],
        [
          t('export:report.fields.rubric'),
          `${r.call.rubricId} r${r.call.rubricRevision} · SHA-256 ${r.call.rubricSha256}`,
        ],
        [
          t('export:report.fields.dates'),
          t('export:report.fields.datesValue', {
            created: day(r.panel.createdAt),
            exported: day(r.panel.exportedAt),
          }),
        ],
      ],
    },
    { kind: 'heading', text: t('export:report.matrix.heading') },
    matrix(r, t),
    ...statistics(r, t),
    { kind: 'heading', text: t('export:report.flags.heading') },
    flags.length
      ? {
          kind: 'table',
          header: ['application', 'kind', 'detail', 'resolution'].map((c) =>
            t(`export:report.flags.${c}`),
          ),
          rows: flags,
          widths: [2, 1, 3, 3],
          size: 9,
        }
      : { kind: 'paragraph', text: t('export:report.none'), muted: true },
    { kind: 'heading', text: t('export:report.decisions.heading') },
    decisions.length
      ? {
          kind: 'table',
          header: ['application', 'verdict', 'note', 'by', 'date'].map((c) =>
            t(`export:report.decisions.${c}`),
          ),
          rows: decisions,
          widths: [2.4, 1, 3, 1, 1],
          size: 9,
        }
      : { kind: 'paragraph', text: t('export:report.none'), muted: true },
    { kind: 'heading', text: t('export:report.members.heading') },
    {
      kind: 'table',
      header: ['name', 'role', 'unit', 'added', 'removed'].map((c) =>
        t(`export:report.members.${c}`),
      ),
      rows: r.members.map((m) => [
        m.name,
        t(`export:roles.${m.role}`),
        m.unit || '—',
        day(m.addedAt),
        day(m.removedAt),
      ]),
      widths: [1.2, 1, 3, 1, 1],
      size: 9,
    },
    { kind: 'heading', text: t('export:report.files.heading') },
    files.length
      ? {
          kind: 'table',
          header: ['application', 'file', 'size', 'sha256'].map((c) =>
            t(`export:report.files.${c}`),
          ),
          rows: files,
          widths: [2.2, 2, 0.8, 4],
          size: 8,
        }
      : { kind: 'paragraph', text: t('export:report.none'), muted: true },
  ];
}

export async function writeReportPdf(r: PanelResults, fonts: FontAssets): Promise<Uint8Array> {
  const i18n = createI18n(r.language);
  const t: T = (key, params) => i18n.t(key, params) as string;
  const { pdf } = await typeset(reportBlocks(r), {
    fonts,
    landscape: true,
    info: {
      title: `${t('export:report.title')}：${r.panel.name}`,
      subject: r.call.title,
      keywords: [r.panel.id],
      date: new Date(r.panel.exportedAt),
    },
    header: `${r.panel.name} · ${t('export:report.title')}`,
    footer: (page, pages) => t('export:report.footer', { page, pages }),
  });
  return pdf.save({ useObjectStreams: false });
}
