/**
 * The 专家评审意见 draft: filled from the pack's template with this review's summary, then edited
 * freely. A template field with no value is named by its label, with a box to type it in; the
 * template fills only once every field has a value, so no `{{…}}` ever reaches the text.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fillOpinion, formatMessage, type OpinionRender, unresolvedFields } from '@/lib/rubric';
import { useReviewContext } from './ReviewContext';

export function OpinionTab() {
  const { t, i18n } = useTranslation('opinion');
  const { pack, review, summary, panel, applicationId, editable } = useReviewContext();
  const saved = review.values.opinion ?? '';
  const [draft, setDraft] = useState(saved);
  /** What the reviewer typed for fields the review cannot fill (their own 评审结论…). */
  const [typed, setTyped] = useState<Record<string, string>>({});
  useEffect(() => setDraft(saved), [saved]);
  // What was typed for one application is not carried to the next.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the application changes
  useEffect(() => setTyped({}), [applicationId]);
  const render = useMemo<OpinionRender>(
    () => ({ language: i18n.language, t: (key, params) => i18n.t(key, params) as string }),
    [i18n, i18n.language],
  );
  const open = useMemo(
    () => fillOpinion(pack, summary.opinion, render).missing,
    [pack, summary, render],
  );
  const filled = useMemo(() => {
    const extra = Object.fromEntries(Object.entries(typed).filter(([, v]) => v.trim()));
    return fillOpinion(pack, { ...summary.opinion, ...extra }, render);
  }, [pack, summary, render, typed]);
  const separator = t('rubric:values.separator');
  const labels = (fields: { label: Parameters<typeof formatMessage>[1] }[]) =>
    fields.map((f) => formatMessage(i18n, f.label)).join(separator);
  const unresolved = unresolvedFields(pack, draft);

  const save = (text: string) => {
    if (text !== saved) panel.setOpinion(applicationId, text);
  };

  return (
    <section aria-label={t('review:tabs.opinion')}>
      {editable && (
        <div className="opinion-fields" data-testid="opinion-fields">
          {open.length > 0 ? (
            <p className="muted" data-testid="opinion-missing">
              {t('form.missing', { fields: labels(open) })}
            </p>
          ) : (
            <p className="muted">{t('form.complete')}</p>
          )}
          {open.map((field) => {
            const label = t('form.fieldInput', { field: formatMessage(i18n, field.label) });
            return (
              <label key={field.name} className="opinion-field">
                <span>{label}</span>
                <input
                  type="text"
                  data-field={field.name}
                  value={typed[field.name] ?? ''}
                  onChange={(e) => setTyped((prev) => ({ ...prev, [field.name]: e.target.value }))}
                />
              </label>
            );
          })}
          <div className="row-actions">
            <button
              type="button"
              disabled={!filled.complete}
              data-testid="opinion-from-template"
              onClick={() => {
                if (!filled.complete) return;
                setDraft(filled.text);
                save(filled.text);
              }}
            >
              {t('review:opinion.fromTemplate')}
            </button>
          </div>
        </div>
      )}
      {unresolved.length > 0 && (
        <p className="notice notice-error" role="alert" data-testid="opinion-unresolved">
          {t('submit.unresolved', { fields: labels(unresolved) })}
        </p>
      )}
      <textarea
        className="opinion-text"
        rows={12}
        value={draft}
        disabled={!editable}
        aria-label={t('review:tabs.opinion')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => save(draft)}
      />
    </section>
  );
}
