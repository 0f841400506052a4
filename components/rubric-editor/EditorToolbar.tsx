/** Save, discard and export, with the pack's state in words: valid or not, saved or not. */

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyPack, exportPackJson, packFileName } from '@/lib/rubric-library';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import { downloadText } from './download';
import type { DraftStore } from './draft-store';

export function EditorToolbar({
  store: editor,
  onSave,
}: {
  store: DraftStore;
  onSave: () => void;
}) {
  const saved = editor.saved;
  const { t, i18n } = useTranslation('rubricEditor');
  const [error, setError] = useState<unknown>(null);
  const count = editor.problems.length + (editor.jsonError ? 1 : 0);
  if (editor.readOnly) {
    return (
      <div className="editor-toolbar">
        <p className="muted">{t('editor.readOnly')}</p>
        <button
          type="button"
          onClick={() =>
            copyPack(saved.id)
              .then((copy) => {
                window.location.hash = href.rubrics(copy.id);
              })
              .catch(setError)
          }
        >
          {t('editor.copyToEdit')}
        </button>
        <button
          type="button"
          onClick={() => downloadText(packFileName(saved), exportPackJson(saved))}
        >
          {t('editor.export')}
        </button>
        {error ? <ErrorNotice error={error} /> : null}
      </div>
    );
  }
  return (
    <div className="editor-toolbar">
      <button
        type="button"
        className="primary"
        disabled={!editor.canSave}
        onClick={onSave}
        data-testid="rubric-save"
      >
        {editor.saving ? t('editor.saving') : t('editor.save')}
      </button>
      <button
        type="button"
        disabled={!editor.dirty}
        onClick={() => {
          if (window.confirm(t('editor.confirmDiscard'))) editor.discard();
        }}
      >
        {t('editor.discard')}
      </button>
      <button
        type="button"
        onClick={() => downloadText(packFileName(saved), exportPackJson(saved))}
      >
        {t('editor.export')}
      </button>
      <div className="editor-status" role="status" data-testid="rubric-status">
        <span className={count > 0 ? 'status-bad' : 'status-ok'}>
          {count > 0 ? t('editor.invalid', { count }) : t('editor.valid')}
        </span>{' '}
        <span>
          {editor.dirty ? t('editor.unsaved') : t('editor.saved', { revision: saved.revision })}
        </span>
        {editor.restoredAt ? (
          <span>
            {' '}
            {t('editor.restored', {
              time: new Date(editor.restoredAt).toLocaleString(i18n.language),
            })}
          </span>
        ) : null}
        <span className="muted"> {t('editor.shortcut')}</span>
      </div>
      {editor.saveError ? <ErrorNotice error={editor.saveError} /> : null}
    </div>
  );
}
