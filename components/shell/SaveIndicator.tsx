/** Whether this panel's changes are on this device's disk, said plainly. */
import { useTranslation } from 'react-i18next';
import type { PanelPersistence } from '@/lib/panel/persistence';
import { useSaveStatus } from '../hooks/useSaveStatus';
import { useUnsavedCount } from '../hooks/useUnsavedInputs';
import { ErrorNotice } from './ErrorNotice';

export function SaveIndicator({ persistence }: { persistence: PanelPersistence }) {
  const { t } = useTranslation();
  const status = useSaveStatus(persistence);
  const typing = useUnsavedCount();
  // Text typed into a score box is not saved until it is committed: never call that "saved".
  const state = status.state === 'saved' && typing > 0 ? 'unsaved' : status.state;
  return (
    <span className={`save-indicator save-${state}`} data-testid="save-status" data-state={state}>
      {t(`save.${state}`, { count: state === 'unsaved' ? typing : status.pending })}
      {status.error && <ErrorNotice error={status.error} />}
    </span>
  );
}
