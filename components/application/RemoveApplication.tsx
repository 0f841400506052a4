/** The chair deletes an application added by mistake (asked first), then returns to the panel. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationId } from '@/lib/ids';
import type { Panel } from '@/lib/panel/panel';
import { canRemoveApplications, removeApplication } from '@/lib/workspace/remove-application';
import { usePanelValue } from '../hooks/usePanelValue';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';

export function RemoveApplication({
  panel,
  app,
}: {
  panel: Panel;
  app: { id: ApplicationId; title: string };
}) {
  const { t } = useTranslation('intake');
  const allowed = usePanelValue(panel, (p) => canRemoveApplications(p));
  const [error, setError] = useState<unknown>(null);
  if (!allowed) return null;
  const remove = async () => {
    if (!window.confirm(t('remove.confirm', { title: app.title }))) return;
    try {
      await removeApplication(panel, app.id);
      window.location.hash = href.panel(panel.id);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <button type="button" className="danger" data-testid="remove-application" onClick={remove}>
        {t('remove.button')}
      </button>
      {error ? <ErrorNotice error={error} /> : null}
    </>
  );
}
