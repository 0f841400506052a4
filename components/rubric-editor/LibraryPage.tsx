/** The rubric library: built-in packs and the user's own, with copy, edit, export, delete, import, new. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useStores, useWatched } from '../workspace/WorkspaceContext';
import { ImportPack } from './ImportPack';
import { NewPackForm } from './NewPackForm';
import { PackCard } from './PackCard';

export function LibraryPage() {
  const { t } = useTranslation('rubricEditor');
  const [actionError, setError] = useState<unknown>(null);
  const { library } = useStores();
  const watched = useWatched(library.watch, [library]);
  const entries = watched.value;
  const error = actionError ?? watched.error;
  const builtin = entries?.filter((e) => e.kind === 'builtin') ?? [];
  const own = entries?.filter((e) => e.kind !== 'builtin') ?? [];
  return (
    <section className="page rubric-library">
      <h1>{t('library.title')}</h1>
      <p className="muted">{t('library.intro')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      <div className="library-actions">
        <NewPackForm onError={setError} />
        <ImportPack ownIds={own.map((e) => e.id)} />
      </div>
      {entries === undefined ? <p className="muted">{t('library.loading')}</p> : null}
      <h2>{t('library.builtinSection')}</h2>
      <ul className="card-list" data-testid="builtin-packs">
        {builtin.map((entry) => (
          <PackCard key={entry.id} entry={entry} onError={setError} />
        ))}
      </ul>
      <h2>{t('library.ownSection')}</h2>
      {entries && own.length === 0 ? <p className="muted">{t('library.empty')}</p> : null}
      <ul className="card-list" data-testid="own-packs">
        {own.map((entry) => (
          <PackCard key={entry.id} entry={entry} onError={setError} />
        ))}
      </ul>
    </section>
  );
}
