/** The panel's local save state: "saved" only once every change is on disk. */
import { useSyncExternalStore } from 'react';
import type { PanelPersistence, SaveStatus } from '@/lib/panel/persistence';

const cache = new WeakMap<PanelPersistence, SaveStatus>();

export function useSaveStatus(persistence: PanelPersistence): SaveStatus {
  return useSyncExternalStore(
    (onChange) =>
      persistence.subscribe((status) => {
        cache.set(persistence, status);
        onChange();
      }),
    () => {
      let status = cache.get(persistence);
      if (!status) {
        status = persistence.status();
        cache.set(persistence, status);
      }
      return status;
    },
  );
}
