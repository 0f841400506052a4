/** One pack in the library: its name, id, revision and counts, and what can be done with it. */
import { useTranslation } from 'react-i18next';
import { pickText } from '@/lib/rubric';
import {
  copyPack,
  deletePack,
  exportPackJson,
  type LibraryEntry,
  packFileName,
} from '@/lib/rubric-library';
import { href } from '../router';
import { downloadText } from './download';

export function PackCard({
  entry,
  onError,
}: {
  entry: LibraryEntry;
  onError: (error: unknown) => void;
}) {
  const { t, i18n } = useTranslation('rubricEditor');
  if (entry.kind === 'damaged') {
    return (
      <li className="card pack-card" data-pack={entry.id}>
        <div className="pack-card-main">
          <span className="card-title">{entry.id}</span>{' '}
          <span className="badge">{t('library.damaged')}</span>
          <p className="muted">{t('library.damagedHelp')}</p>
        </div>
        <div className="pack-card-actions">
          <button
            type="button"
            onClick={() =>
              downloadText(`${entry.id}.damaged.json`, JSON.stringify(entry.raw, null, 2))
            }
          >
            {t('library.actions.exportRaw')}
          </button>
          <DeleteButton id={entry.id} title={entry.id} onError={onError} />
        </div>
      </li>
    );
  }
  const { pack, counts } = entry;
  const title = pickText(pack.title, i18n.language);
  const copy = () =>
    copyPack(entry.id)
      .then((created) => {
        window.location.hash = href.rubrics(created.id);
      })
      .catch(onError);
  return (
    <li className="card pack-card" data-pack={entry.id}>
      <div className="pack-card-main">
        <a className="card-title" href={href.rubrics(entry.id)}>
          {title}
        </a>{' '}
        {entry.kind === 'builtin' ? <span className="badge">{t('library.builtin')}</span> : null}
        {entry.kind === 'own' && entry.hasDraft ? (
          <span className="badge badge-warn">{t('library.draft')}</span>
        ) : null}
        <p className="muted">
          {t('library.meta', { id: entry.id, revision: pack.revision })}
          {entry.kind === 'own' && entry.copiedFrom
            ? ` · ${t('library.copiedFrom', { id: entry.copiedFrom })}`
            : ''}
          {entry.kind === 'own'
            ? ` · ${t('library.savedAt', { time: new Date(entry.savedAt).toLocaleString(i18n.language) })}`
            : ''}
          {entry.kind === 'own' && entry.migratedFrom
            ? ` ${t('library.migrated', { from: entry.migratedFrom })}`
            : ''}
        </p>
        <p className="pack-counts">{t('library.counts', { ...counts })}</p>
      </div>
      <div className="pack-card-actions">
        <a className="button" href={href.rubrics(entry.id)}>
          {entry.kind === 'builtin' ? t('library.actions.view') : t('library.actions.edit')}
        </a>
        <button type="button" onClick={copy} aria-label={t('library.copyOf', { title })}>
          {t('library.actions.copy')}
        </button>
        <button
          type="button"
          aria-label={t('library.exportOf', { title })}
          onClick={() => {
            try {
              downloadText(packFileName(pack), exportPackJson(pack));
            } catch (error) {
              onError(error);
            }
          }}
        >
          {t('library.actions.export')}
        </button>
        {entry.kind === 'own' ? (
          <DeleteButton id={entry.id} title={title} onError={onError} />
        ) : null}
      </div>
    </li>
  );
}

function DeleteButton({
  id,
  title,
  onError,
}: {
  id: string;
  title: string;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation('rubricEditor');
  return (
    <button
      type="button"
      className="danger"
      aria-label={t('library.deleteOf', { title })}
      onClick={() => {
        if (window.confirm(t('library.confirmDelete', { title, id })))
          deletePack(id).catch(onError);
      }}
    >
      {t('library.actions.delete')}
    </button>
  );
}
