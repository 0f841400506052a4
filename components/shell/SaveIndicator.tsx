/** Whether this panel's changes are on this device's disk, said plainly. */
import { useTranslation } from 'react-i18next';
import type { PanelPersistence } from '@/lib/panel/persistence';
import { useSaveStatus } from '../hooks/useSaveStatus';
import { ErrorNotice } from './ErrorNotice';

export function SaveIndicator({ persistence }: { persistence: PanelPersistence }) {
  const { t } = useTranslation();
  const status = useSaveStatus(persistence);
  return (
    <span
      className={`save-indicator save-${status.state}`}
      data-testid="save-status"
      data-state={status.state}
    >
      {t(`save.${status.state}`, { count: status.pending })}
      {status.error && <ErrorNotice error={status.error} />}
    </span>
  );
}
