/**
 * Whether the browser promised to keep our data (navigator.storage.persist) and how full the
 * storage is. Asked once at start: a reviewer must know if their scores could be evicted.
 */
import { useEffect, useState } from 'react';
import { getPlatform } from '@/lib/platform';

export interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export function useStorageStatus(): StorageStatus {
  const [status, setStatus] = useState<StorageStatus>({
    persisted: null,
    usage: null,
    quota: null,
  });
  useEffect(() => {
    let cancelled = false;
    const platform = getPlatform();
    Promise.all([platform.requestPersistentStorage(), platform.storageEstimate()])
      .then(([persisted, estimate]) => {
        if (!cancelled) {
          setStatus({ persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null });
        }
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  return status;
}
