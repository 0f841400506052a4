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
import { syntheticReconcileInput } from '../../../../lib/demo/synthetic-panel';
import { createI18n } from '../../../../lib/i18n';
import { createPanel } from '../../../../lib/panel/create';
import { setPlatform } from '../../../../lib/platform';
import { createWebPlatform } from '../../../../lib/platform/web';
import { type DeskSort, deskRows, reconcile } from '../../../../lib/reconcile';

const APPS = 500;
const REVIEWERS = 30;
const CRITERIA = 20;

async function main() {
  setPlatform(createWebPlatform('pwa'));
  const i18n = createI18n('zh-CN');
  const { panel } = await createPanel({
    name: '规模测试',
    rubric: { id: 'liaoning-2022-community', json: '{}' },
    chair: { name: '组长' },
    members: [],
  });
  const input = syntheticReconcileInput({
    applications: APPS,
    reviewers: REVIEWERS,
    criteria: CRITERIA,
    seed: 7,
  });
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
