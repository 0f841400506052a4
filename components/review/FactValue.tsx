/** A fact's value in words: labels for options, counts for lists, length for text with a unit. */
import { useTranslation } from 'react-i18next';
import { describeFact } from '@/lib/facts/display';
import type { FactDef } from '@/lib/rubric';

export function FactValue({ def, value, max }: { def: FactDef; value: unknown; max?: number }) {
  const { t, i18n } = useTranslation('reviewForm');
  const shown = describeFact(def, value, i18n.language, max);
  const unit = shown.unit || t('facts.items');
  return (
    <>
      <span className="fact-text">{shown.text || t('facts.none')}</span>
      {shown.count !== undefined && def.type !== 'flags' && (
        <span className="muted">{t('facts.count', { count: shown.count, unit })}</span>
      )}
      {shown.length !== undefined && (
        <span className="muted">
          {t('facts.length', { count: shown.length, unit: shown.unit })}
        </span>
      )}
      {shown.count === undefined && shown.length === undefined && shown.unit && (
        <span className="muted">{t('facts.unit', { unit: shown.unit })}</span>
      )}
    </>
  );
}
