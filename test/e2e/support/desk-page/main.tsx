/**
 * The desk's matrix at the size the issue names, 500 applications × 30 reviewers × 20 criteria,
 * in Chromium: a real (empty) panel made in the page for the threads, and a reconcile result from
 * plain data of that size, rendered by the desk's own Matrix with its stylesheet. The test scrolls
 * it and counts what is in the DOM.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { DeskProvider, deskContext } from '../../../../components/desk/DeskContext';
import { Matrix } from '../../../../components/desk/Matrix';
import '../../../../components/styles.css';
import '../../../../components/desk/desk.css';
import { createI18n } from '../../../../lib/i18n';
import { createPanel } from '../../../../lib/panel/create';
import { setPlatform } from '../../../../lib/platform';
import { createWebPlatform } from '../../../../lib/platform/web';
import {
  type DeskSort,
  deskRows,
  type ReconcileInput,
  type ReconcileReview,
  reconcile,
} from '../../../../lib/reconcile';
import { builtinPack, type Criterion, type RubricPack } from '../../../../lib/rubric';

const APPS = 500;
const REVIEWERS = 30;
const CRITERIA = 20;

/** mulberry32: the same panel on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bigInput(): ReconcileInput {
  const base = builtinPack('liaoning-2022-community');
  const criteria: Criterion[] = Array.from({ length: CRITERIA }, (_, i) => ({
    id: `c${i + 1}`,
    title: { zh: `评分项${i + 1}` },
    max: 5,
    step: 1,
    bands: [],
  }));
  const pack: RubricPack = {
    ...base,
    scoring: { ...base.scoring, sections: [{ id: 's', title: { zh: '评分' }, criteria }] },
  };
  const next = random(7);
  const members = Array.from({ length: REVIEWERS }, (_, r) => ({
    id: `r${r}`,
    name: `专家${r + 1}`,
    role: 'reviewer' as const,
  }));
  const applications = Array.from({ length: APPS }, (_, a) => ({
    id: `a${a}`,
    title: `第${a + 1}项申报：网络教研共同体`,
    recommendingBody: `城市${a % 40}教育局`,
  }));
  const reviews: ReconcileReview[] = [];
  for (const app of applications) {
    const merit = 1.5 + next() * 3;
    for (const m of members) {
      const scores: Record<string, number> = {};
      let total = 0;
      for (const c of criteria) {
        const s = Math.max(0, Math.min(5, Math.round(merit + (next() - 0.5) * 2.5)));
        scores[c.id] = s;
        total += s;
      }
      reviews.push({
        application: app.id,
        reviewer: m.id,
        status: 'submitted',
        figures: { total, scores, eligible: next() < 0.97, facts: {} },
      });
    }
  }
  return { pack, members, applications, reviews };
}

async function main() {
  setPlatform(createWebPlatform('pwa'));
  const i18n = createI18n('zh-CN');
  const { panel } = await createPanel({
    name: '规模测试',
    rubric: { id: 'liaoning-2022-community', json: '{}' },
    chair: { name: '组长' },
    members: [],
  });
  const input = bigInput();
  const result = reconcile(input);
  const model = {
    input,
    result,
    names: new Map(input.members.map((m) => [m.id, m.name])),
    reviewers: result.reviewers.map((r) => ({ id: r.id, name: r.name })),
    version: 0,
  };
  const desk = deskContext({
    panel,
    pack: input.pack,
    model,
    rankBy: 'mean',
    me: panel.me(),
    reads: {},
    markRead: () => {},
    i18n,
  });
  function Harness() {
    const [sort, setSort] = useState<DeskSort>({ key: 'rank', descending: false });
    const [selected, setSelected] = useState<string | undefined>();
    return (
      <Matrix
        rows={deskRows(result, sort)}
        sort={sort}
        onSort={(key) =>
          setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== 'rank' }))
        }
        selected={selected}
        onSelect={setSelected}
      />
    );
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <DeskProvider value={desk}>
          <main className="page desk-page">
            <Harness />
          </main>
        </DeskProvider>
      </I18nextProvider>
    </StrictMode>,
  );
  document.title = 'ready';
}

main().catch((error) => {
  document.title = `failed: ${error instanceof Error ? error.message : String(error)}`;
});
