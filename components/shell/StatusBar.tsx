/** The bottom line: is local storage kept, how full it is (sync state joins it per panel). */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorageStatus } from '../hooks/useStorageStatus';

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}

export function StatusBar({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { persisted, usage, quota } = useStorageStatus();
  const storage =
    persisted === true
      ? t('status.persisted')
      : persisted === false
        ? t('status.notPersisted')
        : t('status.persistUnknown');
  return (
    <footer className="status-bar" data-testid="status-bar">
      {children}
      <span
        className={persisted === false ? 'status-warn' : undefined}
        title={persisted === false ? t('status.notPersistedHelp') : undefined}
        data-testid="storage-status"
      >
        {storage}
      </span>
      {usage !== null && quota ? (
        <span>{t('status.usage', { used: megabytes(usage), total: megabytes(quota) })}</span>
      ) : null}
    </footer>
  );
}
