/** One way to show an error: the localised sentence from lib/errors, and an optional retry. */
import { useTranslation } from 'react-i18next';
import { localizeError } from '@/lib/i18n/core';

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>{localizeError(i18n, error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}
