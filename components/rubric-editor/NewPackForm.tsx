/**
 * "Start blank": a small form (id, name, deadline). Enter creates, Escape cancels; problems come
 * back at their fields and nothing is stored until the pack is valid.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '@/lib/rubric';
import { createPack } from '@/lib/rubric-library';
import { href } from '../router';
import { FieldProblems } from './FieldShell';

const today = () => new Date().toISOString().slice(0, 10);

export function NewPackForm({ onError }: { onError: (error: unknown) => void }) {
  const { t } = useTranslation('rubricEditor');
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (!open) {
    return (
      <button type="button" ref={opener} onClick={() => setOpen(true)}>
        {t('library.actions.new')}
      </button>
    );
  }
  return (
    <Form
      onClose={() => {
        setOpen(false);
        requestAnimationFrame(() => opener.current?.focus());
      }}
      onError={onError}
      label={t('library.newForm.title')}
    />
  );
}

function Form({
  onClose,
  onError,
  label,
}: {
  onClose: () => void;
  onError: (e: unknown) => void;
  label: string;
}) {
  const { t } = useTranslation('rubricEditor');
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [deadline, setDeadline] = useState(today);
  const [problems, setProblems] = useState<Problem[]>([]);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const at = (...prefixes: string[]) =>
    problems.filter((p) => prefixes.some((x) => p.path.startsWith(x)));

  return (
    <form
      className="new-pack"
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        createPack({
          ...(id.trim() ? { id: id.trim() } : {}),
          title: { zh: name.trim() },
          deadline: deadline.trim(),
        })
          .then((result) => {
            if (result.ok) window.location.hash = href.rubrics(result.pack.id);
            else setProblems(result.problems);
          })
          .catch(onError);
      }}
    >
      <h2>{label}</h2>
      <div className="row">
        <div className="field">
          <label htmlFor="new-pack-name">{t('library.newForm.name')}</label>
          <input
            id="new-pack-name"
            ref={first}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <FieldProblems
            id="new-pack-name-errors"
            problems={at('$.title', '$.call.title', '$.summary.title')}
          />
        </div>
        <div className="field">
          <label htmlFor="new-pack-id">{t('library.newForm.id')}</label>
          <input
            id="new-pack-id"
            value={id}
            onChange={(e) => setId(e.target.value)}
            aria-describedby="new-pack-id-help"
          />
          <p className="field-help" id="new-pack-id-help">
            {t('library.newForm.idHelp')}
          </p>
          <FieldProblems id="new-pack-id-errors" problems={at('$.id')} />
        </div>
        <div className="field">
          <label htmlFor="new-pack-deadline">{t('library.newForm.deadline')}</label>
          <input
            id="new-pack-deadline"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
          <FieldProblems
            id="new-pack-deadline-errors"
            problems={at('$.call.deadline', '$.call.noticeDate')}
          />
        </div>
      </div>
      <p className="field-help">{t('library.newForm.help')}</p>
      <button type="submit" className="primary">
        {t('library.newForm.create')}
      </button>
      <button type="button" onClick={onClose}>
        {t('library.newForm.cancel')}
      </button>
    </form>
  );
}
