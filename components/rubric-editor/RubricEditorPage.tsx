/**
 * One pack in the editor (#/rubrics/<id>): the form and the raw JSON as two tabs over one draft,
 * every problem shown at its field and listed aside, Save enabled only while the pack is valid.
 * A built-in pack opens read-only, with a button to copy it.
 */
import { memo, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { type Problem, pickText } from '@/lib/rubric';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import { assignProblems, focusAnchor } from './anchors';
import type { DraftStore } from './draft-store';
import { EditorContext } from './EditorContext';
import { EditorToolbar } from './EditorToolbar';
import { JsonTab } from './JsonTab';
import { PackForm, SectionNav } from './PackForm';
import { ProblemList } from './ProblemList';
import { useDraftStore } from './useDraftStore';

export function RubricEditorPage({ packId }: { packId: string }) {
  const { t } = useTranslation('rubricEditor');
  const load = useDraftStore(packId);
  if (load.state === 'loading') return <p className="page muted">{t('editor.loading')}</p>;
  if (load.state === 'failed') {
    return (
      <section className="page">
        <ErrorNotice error={load.error} />
      </section>
    );
  }
  if (load.state === 'missing') {
    return (
      <section className="page">
        <p className="notice notice-error" role="alert">
          {t('editor.notFound', { id: packId })}
        </p>
        <a href={href.rubrics()}>{t('editor.back')}</a>
      </section>
    );
  }
  return (
    <EditorContext.Provider value={load.store}>
      <Editor store={load.store} />
    </EditorContext.Provider>
  );
}

type Tab = 'form' | 'json';

/** The form does not depend on the page's state: its fields follow the store themselves. */
const Form = memo(PackForm);

function Editor({ store }: { store: DraftStore }) {
  const { t, i18n } = useTranslation('rubricEditor');
  useSyncExternalStore(store.subscribe, store.getVersion);
  const [tab, setTab] = useState<Tab>('form');
  const [pending, setPending] = useState<Problem | null>(null);

  // Going to a problem from the list: show the form, then focus where the problem is shown.
  useEffect(() => {
    if (!pending || tab !== 'form') return;
    const anchor = assignProblems([pending], (k) => store.registry.has(k)).anchorOf.get(pending);
    focusAnchor(anchor ?? '$');
    setPending(null);
  }, [pending, tab, store]);

  const save = useCallback(async () => {
    const before = store.saved.id;
    const id = await store.save();
    if (id && id !== before) window.location.hash = href.rubrics(id);
  }, [store]);

  // Ctrl+S (⌘S) saves from anywhere on the page, instead of the browser saving the HTML.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  const title = pickText(store.saved.title, i18n.language);
  return (
    <section className="page rubric-editor">
      <a href={href.rubrics()}>{t('editor.back')}</a>
      <h1>{t(store.readOnly ? 'editor.viewHeading' : 'editor.heading', { title })}</h1>
      <EditorToolbar store={store} onSave={save} />
      {store.jsonError && tab === 'form' ? (
        <p className="notice notice-warn">{t('editor.jsonPending')}</p>
      ) : null}
      <div className="editor-layout">
        <div className="editor-main">
          <Tabs tab={tab} onTab={setTab} />
          <div
            role="tabpanel"
            id="rubric-tab-form"
            aria-labelledby="rubric-tab-form-tab"
            hidden={tab !== 'form'}
          >
            <Form readOnly={store.readOnly} />
          </div>
          {tab === 'json' ? (
            <div role="tabpanel" id="rubric-tab-json" aria-labelledby="rubric-tab-json-tab">
              <JsonTab
                text={store.jsonText ?? JSON.stringify(store.draft, null, 2)}
                error={store.jsonError}
                readOnly={store.readOnly}
                onText={store.editJson}
                onReset={store.resetJson}
              />
            </div>
          ) : null}
        </div>
        <aside className="editor-aside">
          <SectionNav />
          <ProblemList
            title={t('editor.problemsTitle')}
            problems={store.problems}
            onPick={(p) => {
              setTab('form');
              setPending(p);
            }}
          />
        </aside>
      </div>
    </section>
  );
}

function Tabs({ tab, onTab }: { tab: Tab; onTab: (tab: Tab) => void }) {
  const { t } = useTranslation('rubricEditor');
  const tabs: Tab[] = ['form', 'json'];
  return (
    <div role="tablist" aria-label={t('editor.tabsLabel')} className="tabs">
      {tabs.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={`rubric-tab-${name}-tab`}
          aria-selected={tab === name}
          aria-controls={`rubric-tab-${name}`}
          tabIndex={tab === name ? 0 : -1}
          onClick={() => onTab(name)}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
            const next = tabs[(tabs.indexOf(name) + 1) % tabs.length]!;
            onTab(next);
            document.getElementById(`rubric-tab-${next}-tab`)?.focus();
          }}
        >
          {t(`editor.tabs.${name}`)}
        </button>
      ))}
    </div>
  );
}
