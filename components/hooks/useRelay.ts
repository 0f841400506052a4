/** This device's relay connection for a panel, and its live status, as React state. */
import { useSyncExternalStore } from 'react';
import type { PanelId } from '@/lib/ids';
import type { RelayConnection, RelayStatus } from '@/lib/sync/relay-client';
import { useWorkspace } from '../workspace/WorkspaceContext';

export function useRelayConnection(panelId: string): RelayConnection | null {
  const relays = useWorkspace().relays;
  return useSyncExternalStore(
    (onChange) => relays.subscribe(onChange),
    () => relays.get(panelId as PanelId),
  );
}

const cache = new WeakMap<RelayConnection, RelayStatus>();

export function useRelayStatus(connection: RelayConnection | null): RelayStatus | null {
  return useSyncExternalStore(
    (onChange) =>
      connection
        ? connection.subscribe((status) => {
            cache.set(connection, status);
            onChange();
          })
        : () => undefined,
    () => {
      if (!connection) return null;
      let status = cache.get(connection);
      if (!status) {
        status = connection.status();
        cache.set(connection, status);
      }
      return status;
    },
  );
}
