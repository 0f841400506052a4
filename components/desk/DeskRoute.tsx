/**
 * The desk's route, loaded on demand: the desk (and ECharts inside it) is its own chunk, so the
 * application pages never download it.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

const DeskPage = lazy(() => import('./DeskPage').then((m) => ({ default: m.DeskPage })));

export function DeskRoute(props: { panelId: string; applicationId?: string | undefined }) {
  const { t } = useTranslation('desk');
  return (
    <Suspense fallback={<p className="muted page">{t('loading')}</p>}>
      <DeskPage {...props} />
    </Suspense>
  );
}
