import { useTranslation } from 'react-i18next';
import { href } from '../router';

export function NotFound({ what }: { what: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>{t('errors.notFound', { what })}</p>
      <a href={href.workspace()}>{t('actions.back')}</a>
    </div>
  );
}
