/**
 * Before a likely duplicate is added: which application it seems to repeat and why (same file,
 * same form facts, same title and applicant), and the chair's choice for each — skip it (the
 * default) or add it anyway.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedImport } from '@/lib/workspace/import';

export function DuplicateQuestion({
  prepared,
  onAnswer,
}: {
  prepared: PreparedImport;
  /** The indexes of the applications not to add. */
  onAnswer: (skip: ReadonlySet<number>) => void;
}) {
  const { t } = useTranslation('intake');
  const suspects = prepared.applications
    .map((app, index) => ({ app, index }))
    .filter(({ app }) => app.duplicates.length > 0);
  const [addAnyway, setAddAnyway] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number, on: boolean) =>
    setAddAnyway((set) => {
      const next = new Set(set);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });
  const titleOf = (id: string) => {
    if (!id.startsWith('drop:')) return null;
    return prepared.applications[Number(id.slice(5))]?.title ?? null;
  };
  return (
    <div
      className="notice notice-warn stack-sm"
      role="alertdialog"
      aria-label={t('duplicates.title')}
      data-testid="duplicate-question"
    >
      <p className="strong">{t('duplicates.title')}</p>
      <ul className="plain-list stack-sm">
        {suspects.map(({ app, index }) => (
          <li key={index} data-duplicate={app.title}>
            <p>{t('duplicates.intro', { title: app.title, file: app.files[0]?.name ?? '' })}</p>
            <ul>
              {app.duplicates.map((d) => (
                <li key={d.id}>
                  {t(`duplicates.reason.${d.reason}`, {
                    title: titleOf(d.id) ?? d.title,
                    count: d.facts ?? 0,
                  })}
                  {d.id.startsWith('drop:') ? ` ${t('duplicates.inThisDrop')}` : ''}
                </li>
              ))}
            </ul>
            <label className="check">
              <input
                type="checkbox"
                checked={addAnyway.has(index)}
                onChange={(e) => toggle(index, e.target.checked)}
              />
              {t('duplicates.addAnyway')}
            </label>
          </li>
        ))}
      </ul>
      <div className="row-actions">
        <button
          type="button"
          className="primary"
          data-testid="duplicates-continue"
          onClick={() =>
            onAnswer(new Set(suspects.map((s) => s.index).filter((i) => !addAnyway.has(i))))
          }
        >
          {t('duplicates.continue')}
        </button>
      </div>
    </div>
  );
}
